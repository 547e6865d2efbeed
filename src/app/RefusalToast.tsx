import { useSandbox } from '@/store/SandboxContext';
import { useEffect } from 'react';

/** Guided mode refused an edit: say which rule it breaks and how to do it right. */
export function RefusalToast() {
  const refusal = useSandbox((s) => s.refusal);
  const dismiss = useSandbox((s) => s.dismissRefusal);
  const first = refusal?.problems[0];
  // Escape closes it, as it closes every box that floats over the page.
  useEffect(() => {
    if (!first) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') dismiss();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [dismiss, first]);
  if (!first) return null;
  return (
    <div className="refusal" role="group" aria-labelledby="refusal-title">
      <p id="refusal-title" className="refusal-title">
        <span aria-hidden="true">✖ </span>Not allowed in Guided mode
      </p>
      <p>{first.message}</p>
      <p>
        <strong>Instead:</strong> {first.fix}
      </p>
      <button type="button" onClick={dismiss}>
        OK (Esc)
      </button>
    </div>
  );
}
