import { countOf } from '@/engine';
import { StackPicture } from '@/panels/dialogs/StackPicture';
import { memo } from 'react';
import type { StudentSummary } from './summarize';

/** "just now", "40 s ago", "3 min ago": how long since the student last changed something. */
export function since(at: number, now: number): string {
  const s = Math.max(0, Math.round((now - at) / 1000));
  if (s < 10) return 'just now';
  if (s < 60) return `${s} s ago`;
  const m = Math.floor(s / 60);
  return m < 60 ? `${m} min ago` : `${Math.floor(m / 60)} h ago`;
}

/** One student on the dashboard: a button that opens their design. */
export const StudentTile = memo(function StudentTile({
  s,
  now,
  onOpen,
}: {
  s: StudentSummary;
  now: number;
  onOpen: (id: string) => void;
}) {
  const { entry, progress } = s;
  const goals = progress ? `${progress.met} of ${progress.total} goals` : 'No goals';
  return (
    <li className={`live-tile${entry.hand ? ' has-hand' : ''}${s.errors ? ' has-errors' : ''}`}>
      <button
        type="button"
        onClick={() => onOpen(s.id)}
        aria-label={`${entry.name}: ${goals}, ${countOf(s.errors, 'error')}, ${countOf(s.warnings, 'warning')}${entry.hand ? ', hand raised' : ''}`}
        data-student={entry.name}
      >
        <span className="live-tile-head">
          <span className="live-tile-name">{entry.name}</span>
          {entry.hand && <span className="live-hand">Hand up</span>}
        </span>
        <span className="live-tile-picture">
          {s.design ? (
            <StackPicture design={s.design} label={`${entry.name}'s design`} />
          ) : (
            <span className="muted">Not started</span>
          )}
        </span>
        <span className="live-tile-facts">
          <span
            className={progress?.complete ? 'is-done' : ''}
            data-goals={progress ? `${progress.met}/${progress.total}` : ''}
          >
            {progress?.complete ? '✔ ' : ''}
            {goals}
          </span>
          <span>
            <span className={s.errors ? 'live-errors' : ''}>✖ {s.errors}</span> ⚠ {s.warnings}
          </span>
          <span className="muted">{since(entry.at, now)}</span>
        </span>
      </button>
    </li>
  );
});
