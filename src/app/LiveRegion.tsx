import { useSandbox } from '@/store/SandboxContext';

/**
 * What changed, for screen readers: every edit announces its result and the design's validity
 * (polite); refusals in Guided mode are announced at once (assertive).
 */
export function LiveRegion() {
  const announcement = useSandbox((s) => s.announcement);
  return (
    <>
      <div
        className="visually-hidden"
        aria-live="polite"
        aria-atomic="true"
        data-testid="announcer"
      >
        {announcement.urgent ? '' : <span key={announcement.seq}>{announcement.text}</span>}
      </div>
      <div className="visually-hidden" aria-live="assertive" aria-atomic="true">
        {announcement.urgent ? <span key={announcement.seq}>{announcement.text}</span> : ''}
      </div>
    </>
  );
}
