import './dialogs-extra.css';
import {
  cleanText,
  cutText,
  EMPTY_TEMPLATE,
  plainText,
  type EncodedLink,
  type Exercise,
  type Goal,
  type GoalType,
  type Report,
} from '@/engine';
import { checkGoal } from '@/engine/exercise/checkGoal';
import { describeGoal } from '@/engine/exercise/describeGoal';
import { EXERCISE_FORMAT, EXERCISE_LIMITS, EXERCISE_VERSION } from '@/engine/exercise/exercise';
import { GOAL_TYPES } from '@/engine/exercise/goals';
import { suggestGoal } from '@/engine/exercise/suggestGoal';
import { safeFileName } from '@/persist/documents';
import { useDocuments } from '@/persist/DocumentsContext';
import { downloadText } from '@/persist/files';
import { useReport, useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useState } from 'react';
import { GoalEditor } from './GoalEditor';
import { openExercise } from '@/persist/opening';

const whole = (r: Report) => r;

/**
 * For teachers: the design on the canvas becomes an exercise — a brief, goals picked from the
 * engine's goal types (each pre-filled from this design, and checked on it as you go), limits —
 * then shared as a link or a file, or tried out as a student would.
 */
export function AuthorExerciseDialog() {
  const { store } = useSandboxApi();
  const documents = useDocuments();
  const design = useSandbox((s) => s.design);
  const report = useReport(whole);
  const close = store.getState().closeDialog;
  const [title, setTitle] = useState(design.name);
  const [brief, setBrief] = useState('');
  const [startEmpty, setStartEmpty] = useState(true);
  const [mode, setMode] = useState<'free' | 'guided'>('free');
  const [limitPalette, setLimitPalette] = useState(false);
  const [goals, setGoals] = useState<Partial<Record<GoalType, Goal>>>(() => ({
    'no-errors': suggestGoal('no-errors', design, report),
    apps: suggestGoal('apps', design, report),
  }));
  const [link, setLink] = useState<EncodedLink | undefined>(undefined);
  const chosen = GOAL_TYPES.flatMap((t) => (goals[t] ? [goals[t]] : []));

  const cleanTitle = cleanText(title, EXERCISE_LIMITS.maxTitle).text.trim();
  const exercise = (): Exercise => ({
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id: `custom-${Date.now().toString(36)}`,
    // The engine's text rules, as parseExercise applies them to any exercise it reads.
    title: cleanTitle || 'Untitled exercise',
    brief: cutText(plainText(brief, true), EXERCISE_LIMITS.maxBrief),
    start: startEmpty ? { ...EMPTY_TEMPLATE.design, name: cleanTitle } : design,
    mode,
    ...(limitPalette ? { palette: [...new Set(design.blocks.map((b) => b.variant))] } : {}),
    goals: chosen,
  });
  const makeLink = () =>
    void import('@/engine/link/shareLink').then((m) => setLink(m.encodeExerciseLink(exercise())));
  const url = link?.ok ? `${location.origin}${location.pathname}${link.fragment}` : '';

  return (
    <Dialog title="Make an exercise from this design" onClose={close} className="dialog-wide">
      <p className="small muted">
        The design on the canvas is your model answer: each goal shows whether it meets it. Goals
        are checked by the engine, so every design that meets them passes, not only yours.
      </p>
      <label className="field">
        Title
        <input
          value={title}
          dir="auto"
          onChange={(e) => setTitle(cutText(e.target.value, EXERCISE_LIMITS.maxTitle))}
        />
      </label>
      <label className="field">
        Brief for the students
        <textarea
          rows={3}
          value={brief}
          dir="auto"
          onChange={(e) => setBrief(cutText(e.target.value, EXERCISE_LIMITS.maxBrief))}
        />
      </label>
      <fieldset className="author-options">
        <legend>Students start from</legend>
        <label>
          <input type="radio" checked={startEmpty} onChange={() => setStartEmpty(true)} /> an empty
          canvas
        </label>
        <label>
          <input type="radio" checked={!startEmpty} onChange={() => setStartEmpty(false)} /> this
          design (to repair or change)
        </label>
        <label>
          <input
            type="checkbox"
            checked={mode === 'guided'}
            onChange={(e) => setMode(e.target.checked ? 'guided' : 'free')}
          />{' '}
          Guided mode (illegal drops are refused)
        </label>
        <label>
          <input
            type="checkbox"
            checked={limitPalette}
            onChange={(e) => setLimitPalette(e.target.checked)}
          />{' '}
          Offer only the blocks this design uses
        </label>
      </fieldset>
      <fieldset className="author-goals">
        <legend>Goals</legend>
        <ul>
          {GOAL_TYPES.map((type) => {
            const goal = goals[type];
            const shown = goal ?? suggestGoal(type, design, report);
            const met = checkGoal(shown, design, report).met;
            return (
              <li key={type} className={goal ? 'is-chosen' : ''}>
                <label>
                  <input
                    type="checkbox"
                    checked={goal !== undefined}
                    onChange={(e) =>
                      setGoals({ ...goals, [type]: e.target.checked ? shown : undefined })
                    }
                  />{' '}
                  {describeGoal(shown)}
                </label>
                {goal && (
                  <GoalEditor
                    goal={goal}
                    design={design}
                    onChange={(g) => setGoals({ ...goals, [type]: g })}
                  />
                )}
                <span className={`small ${met ? 'goal-ok' : 'goal-no'}`}>
                  {met ? '✔ this design meets it' : '✖ this design does not meet it'}
                </span>
              </li>
            );
          })}
        </ul>
      </fieldset>
      {link && !link.ok && <p className="banner is-warning">{link.message}</p>}
      {link?.ok && (
        <label className="field">
          Exercise link ({link.chars.toLocaleString('en')} characters — {link.says})
          <input readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
      <div className="dialog-actions">
        <button type="button" disabled={chosen.length === 0} onClick={makeLink}>
          Make a link
        </button>
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() =>
            downloadText(
              safeFileName(title, '.exercise.json', 'exercise'),
              `${JSON.stringify(exercise(), null, 2)}\n`,
            )
          }
        >
          Save exercise file
        </button>
        <button
          type="button"
          disabled={chosen.length === 0}
          onClick={() => {
            close();
            openExercise(documents, exercise());
          }}
        >
          Try it as a student
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
