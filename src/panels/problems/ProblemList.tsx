import type { Diagnostic, Severity } from '@/engine';
import { blockNameById } from '@/store/blockNames';
import { useSandboxApi } from '@/store/SandboxContext';
import { memo } from 'react';
import { FirstFew } from '../FirstFew';

const SEVERITY: Record<Severity, { icon: string; word: string }> = {
  error: { icon: '✖', word: 'Error' },
  warning: { icon: '⚠', word: 'Warning' },
  info: { icon: 'ℹ', word: 'Note' },
};
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** A long list is cut here, with a button for the rest (a big design can have hundreds of notes). */
const FIRST = 50;

const ProblemItem = memo(function ProblemItem({ d }: { d: Diagnostic }) {
  const { store } = useSandboxApi();
  const s = SEVERITY[d.severity];
  const names = d.blockIds.map((id) => blockNameById(store.getState().design, id));
  return (
    <li className={`problem is-${d.severity}`}>
      <button
        type="button"
        className="problem-main"
        onClick={() => store.getState().select(d.blockIds, { reveal: true })}
        title={`Show ${names.join(', ')} on the canvas`}
      >
        <span className="problem-severity">
          <span aria-hidden="true">{s.icon}</span> {s.word}
          <span className="visually-hidden">:</span>
        </span>{' '}
        <span className="problem-message">{d.message}</span>
      </button>
      <p className="problem-fix">
        <strong>Fix:</strong> {d.fix}
        {d.source && (
          <>
            {' '}
            <a href={d.source} target="_blank" rel="noreferrer noopener" className="problem-source">
              Why? (source)
            </a>
          </>
        )}{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => store.getState().openDialog({ type: 'glossary', rule: d.rule })}
        >
          Glossary
        </button>
      </p>
    </li>
  );
});

/** The diagnostics, errors first, each with its fix (loaded once there is something to list). */
export function ProblemList({ diagnostics }: { diagnostics: readonly Diagnostic[] }) {
  const sorted = [...diagnostics].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  return (
    <FirstFew
      items={sorted}
      first={FIRST}
      showAll={(n) => `Show all ${n} (problems first, then notes)`}
      showFewer="Show fewer"
    >
      {(shown) => (
        <ul className="problem-list">
          {shown.map((d) => (
            <ProblemItem key={`${d.rule}:${d.blockIds.join(',')}`} d={d} />
          ))}
        </ul>
      )}
    </FirstFew>
  );
}
