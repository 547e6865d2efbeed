import { useState, type ReactNode } from 'react';

/** A button that asks once more, in place, before something that cannot be undone. */
export function ConfirmButton({
  children,
  question,
  yes,
  onConfirm,
}: {
  children: ReactNode;
  question: string;
  yes: string;
  onConfirm: () => void;
}) {
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <button type="button" onClick={() => setAsking(true)}>
        {children}
      </button>
    );
  return (
    <span className="live-confirm" role="group" aria-label={question}>
      <span>{question}</span>
      <button
        type="button"
        className="danger"
        autoFocus
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {yes}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </span>
  );
}
