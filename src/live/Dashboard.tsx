import { RULE_TITLES } from '@/engine/rules/ruleTitles';
import { downloadBlob, downloadText } from '@/persist/files';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useStore } from 'zustand';
import '@/panels/dialogs/dialogs-extra.css';
import { classDesignsZip, classGradesCsv } from './classFiles';
import { ConfirmButton } from './ConfirmButton';
import { JoinCodePanel, ProjectorView } from './ClassPanels';
import type { Live } from './live';
import type { LivePanel } from './liveStore';
import { formatCode } from './protocol';
import { StudentDetail } from './StudentDetail';
import { StudentTile } from './StudentTile';
import { sortStudents, summarize, summarizeClass, type SortBy } from './summarize';

/** Re-renders every few seconds, so "2 min ago" stays true. */
function useNow(ms: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(t);
  }, [ms]);
  return now;
}

/** The teacher's view of the class, live: a summary on top, a tile per student. */
export function Dashboard({ live, panel }: { live: Live; panel: LivePanel }) {
  const view = useStore(live.store, (s) => s.teacher);
  const [sort, setSort] = useState<SortBy>('help');
  const [hint, setHint] = useState('');
  const now = useNow(5000);
  const exercise = view?.exercise;
  const students = useMemo(
    () => (view ? [...view.entries].map(([id, e]) => summarize(id, e, exercise)) : []),
    [view, exercise],
  );
  const summary = useMemo(() => summarizeClass(students, exercise), [students, exercise]);
  const sorted = useMemo(() => sortStudents(students, sort), [students, sort]);
  const open = useCallback((id: string) => live.show({ type: 'student', id }), [live]);
  if (!view) return null;
  const session = live.teacher();
  const code = formatCode(view.code);
  const files = (suffix: string) => `class-${view.code}${suffix}`;

  if (panel.type === 'join-code')
    return (
      <div className="live-dashboard">
        <JoinCodePanel
          code={view.code}
          keyText={view.key}
          onDone={() => live.show({ type: 'dashboard' })}
        />
      </div>
    );
  const selected =
    panel.type === 'student' || panel.type === 'projector'
      ? students.find((s) => s.id === panel.id)
      : undefined;
  if (panel.type === 'projector' && selected)
    return (
      <div className="live-dashboard">
        <ProjectorView
          s={selected}
          names={panel.names}
          onNames={(names) => {
            session?.show(selected.id, names);
            live.show({ type: 'projector', id: selected.id, names });
          }}
          onStop={() => {
            session?.show(null, false);
            live.show({ type: 'student', id: selected.id });
          }}
        />
      </div>
    );

  return (
    <div className="live-dashboard" role="region" aria-label="Class dashboard">
      <header className="live-dash-head">
        <h2>
          {view.title || exercise?.title || 'Live class'}{' '}
          <span className="live-dash-code">{code}</span>
        </h2>
        <span
          className={`live-status is-${view.status === 'connected' ? 'ok' : 'bad'}`}
          role="status"
        >
          {view.status === 'connected'
            ? `${students.length} students`
            : 'Reconnecting to the class server…'}
          {view.ended ? ' · ended' : view.paused ? ' · paused' : ''}
        </span>
        <div className="live-dash-actions">
          <button type="button" onClick={() => live.show({ type: 'join-code' })}>
            Join code
          </button>
          {!view.ended && (
            <button
              type="button"
              aria-pressed={view.paused}
              onClick={() => session?.send({ type: view.paused ? 'resume' : 'pause' })}
            >
              {view.paused ? 'Resume the class' : 'Pause: eyes on me'}
            </button>
          )}
          {!view.ended && (
            <ConfirmButton
              question="End the class? Students keep their designs."
              yes="End it"
              onConfirm={() => session?.send({ type: 'end' })}
            >
              End the class
            </ConfirmButton>
          )}
          <button
            type="button"
            disabled={!exercise}
            onClick={() =>
              exercise &&
              downloadText(files('-grades.csv'), classGradesCsv(exercise, view.entries), 'text/csv')
            }
          >
            Grades (CSV)
          </button>
          <button
            type="button"
            disabled={!exercise}
            onClick={() =>
              exercise &&
              downloadBlob(
                files('-designs.zip'),
                new Blob([classDesignsZip(exercise, view.entries) as Uint8Array<ArrayBuffer>], {
                  type: 'application/zip',
                }),
              )
            }
          >
            All designs (zip)
          </button>
          <ConfirmButton
            question={`Delete all of class ${code} from the server now?`}
            yes="Delete"
            onConfirm={() => {
              session?.send({ type: 'delete' });
              live.stopTeaching();
            }}
          >
            Delete class data
          </ConfirmButton>
          <button type="button" onClick={() => live.close()}>
            Back to my design
          </button>
        </div>
      </header>
      {view.problem && (
        <p role="alert" className="live-error">
          {view.problem}
        </p>
      )}
      {selected && panel.type === 'student' ? (
        <StudentDetail
          s={selected}
          onBack={() => live.show({ type: 'dashboard' })}
          onShow={() => {
            session?.show(selected.id, false);
            live.show({ type: 'projector', id: selected.id, names: false });
          }}
          onHint={(text) => session?.send({ type: 'hint', text, to: selected.id })}
        />
      ) : (
        <>
          <section className="live-summary" aria-label="The class at a glance">
            <div>
              <h3>Goals met</h3>
              <ul>
                {summary.goals.map((g, i) => (
                  <li key={i}>
                    <meter
                      min={0}
                      max={Math.max(1, summary.students)}
                      value={g.met}
                      aria-hidden="true"
                    />{' '}
                    <strong>{g.met}</strong> of {summary.students}: {g.text}
                  </li>
                ))}
              </ul>
            </div>
            <div>
              <h3>Most broken rules now</h3>
              {summary.rules.length === 0 ? (
                <p className="muted">None.</p>
              ) : (
                <ul aria-label="Most broken rules">
                  {summary.rules.slice(0, 5).map((r) => (
                    <li key={r.rule}>
                      <strong>
                        {r.students} student{r.students === 1 ? '' : 's'}
                      </strong>
                      : {RULE_TITLES[r.rule]}
                    </li>
                  ))}
                </ul>
              )}
            </div>
            <div>
              <h3>Help</h3>
              <p>
                {summary.hands} hand{summary.hands === 1 ? '' : 's'} raised · ✔ {summary.complete}{' '}
                done
              </p>
              <form
                className="live-hint-form"
                onSubmit={(e) => {
                  e.preventDefault();
                  if (hint.trim()) session?.send({ type: 'hint', text: hint.trim() });
                  setHint('');
                }}
              >
                <label>
                  Hint for everyone
                  <input value={hint} onChange={(e) => setHint(e.target.value)} maxLength={500} />
                </label>
                <button type="submit">Send to all</button>
              </form>
            </div>
          </section>
          <div className="live-sort">
            <label>
              Sort by{' '}
              <select value={sort} onChange={(e) => setSort(e.target.value as SortBy)}>
                <option value="help">Needs help first</option>
                <option value="progress">Progress</option>
                <option value="name">Name</option>
              </select>
            </label>
          </div>
          {sorted.length === 0 ? (
            <p className="live-empty">
              No students yet. Show the join code: <strong>{code}</strong>
            </p>
          ) : (
            <ul className="live-tiles" aria-label="Students">
              {sorted.map((s) => (
                <StudentTile key={s.id} s={s} now={now} onOpen={open} />
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
