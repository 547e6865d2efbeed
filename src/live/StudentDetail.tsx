import { blockName, formatMiB } from '@/engine';
import { StackPicture } from '@/panels/dialogs/StackPicture';
import { useState } from 'react';
import type { StudentSummary } from './summarize';

/** The goals, problems and memory of one design, as the engine sees them. */
export function DesignFacts({ s }: { s: StudentSummary }) {
  const { design, report, progress } = s;
  if (!design || !report) return <p className="muted">Nothing built yet.</p>;
  const name = (id: string) => {
    const b = design.blocks.find((x) => x.id === id);
    return b ? blockName(b) : id;
  };
  return (
    <div className="live-facts">
      {progress && (
        <section aria-label="Goals">
          <h3>
            Goals: {progress.met} of {progress.total}
          </h3>
          <ul className="live-goals">
            {progress.lines.map((l, i) => (
              <li key={i} className={l.met ? 'is-met' : ''}>
                <span aria-hidden="true">{l.met ? '✔ ' : '○ '}</span>
                <span className="visually-hidden">{l.met ? 'Met: ' : 'Not met: '}</span>
                {l.text} <span className="muted">({l.now})</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label="Problems">
        <h3>
          Problems: {s.errors} errors, {s.warnings} warnings
        </h3>
        <ul className="live-problems">
          {report.diagnostics
            .filter((d) => d.severity !== 'info')
            .map((d, i) => (
              <li key={i} className={`is-${d.severity}`}>
                <span aria-hidden="true">{d.severity === 'error' ? '✖ ' : '⚠ '}</span>
                {d.message}
              </li>
            ))}
        </ul>
      </section>
      <section aria-label="Costs">
        <h3>Memory</h3>
        <ul className="live-costs">
          {report.hardware.map((h) => (
            <li key={h.blockId}>
              {name(h.blockId)}: {formatMiB(h.memory.usedMiB)} of {formatMiB(h.memory.capacityMiB)}
              {h.memory.overMiB > 0 ? ` (over by ${formatMiB(h.memory.overMiB)})` : ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

/** One student's design, live and read-only, with what the teacher can do about it. */
export function StudentDetail({
  s,
  onBack,
  onShow,
  onHint,
}: {
  s: StudentSummary;
  onBack: () => void;
  onShow: () => void;
  onHint: (text: string) => void;
}) {
  const [hint, setHint] = useState('');
  return (
    <section className="live-detail" aria-label={`${s.entry.name}'s design`}>
      <div className="live-detail-head">
        <button type="button" onClick={onBack}>
          ← All students
        </button>
        <h2>
          {s.entry.name}
          {s.entry.hand && <span className="live-hand">Hand up</span>}
        </h2>
        <button type="button" onClick={onShow} disabled={!s.design}>
          Show on the projector
        </button>
      </div>
      <div className="live-detail-body">
        <div className="live-detail-picture">
          {s.design ? (
            <StackPicture design={s.design} label={`${s.entry.name}'s design`} />
          ) : (
            <p className="muted">Not started yet.</p>
          )}
        </div>
        <DesignFacts s={s} />
      </div>
      <form
        className="live-hint-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (hint.trim()) onHint(hint.trim());
          setHint('');
        }}
      >
        <label>
          Hint for {s.entry.name}
          <input value={hint} onChange={(e) => setHint(e.target.value)} maxLength={500} />
        </label>
        <button type="submit">Send hint</button>
      </form>
    </section>
  );
}
