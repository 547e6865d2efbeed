import './dialogs-extra.css';
import { cutText, EMPTY_TEMPLATE, evaluate, type Exercise } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import { suggestGoal } from '@/engine/exercise/suggestGoal';
import { useDocuments } from '@/persist/DocumentsContext';
import { openExercise } from '@/persist/opening';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useMemo, useState } from 'react';
import {
  answerDesign,
  buildExercise,
  draftOf,
  goalRow,
  newDraft,
  newExerciseId,
  type Draft,
  type PaletteChoice,
  type StartChoice,
} from './authorDraft';
import { ChoiceGroup } from './ChoiceGroup';
import { ExerciseExports } from './ExerciseExports';
import { GoalList } from './GoalList';
import { TeacherFields } from './TeacherFields';

/** A built-in edited becomes the teacher's own: a new id, so hand-ins never mix the two. */
function keptId(original: Exercise): string {
  return BUILT_IN_EXERCISES.some((b) => b.id === original.id)
    ? `${original.id}-edited`
    : original.id;
}

/**
 * For teachers: the design on the canvas becomes an exercise — or an exercise (a built-in, the
 * one open, one from a file) is edited. A brief, goals picked from the engine's goal types (checked
 * on the model answer as you go, so you see that it passes), hints, Guided mode locked or not, and
 * the teacher's part; then a student link or file, the teacher's file, or a try as a student.
 */
export function AuthorExerciseDialog({ exercise: original }: { exercise?: Exercise }) {
  const { store } = useSandboxApi();
  const documents = useDocuments();
  const canvas = useSandbox((s) => s.design);
  const close = store.getState().closeDialog;
  const [id] = useState(() =>
    original ? keptId(original) : newExerciseId(canvas.name, Date.now().toString(36).slice(-5)),
  );
  const [draft, setDraft] = useState<Draft>(() => {
    if (original) return draftOf(original);
    const report = evaluate(canvas);
    return newDraft(canvas, [
      suggestGoal('no-errors', canvas, report),
      suggestGoal('apps', canvas, report),
    ]);
  });
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  // Goals are checked on the model answer; with none, on the design on the canvas.
  const checkedOn = useMemo(
    () => answerDesign(draft.answer, canvas, original) ?? canvas,
    [draft.answer, canvas, original],
  );
  const report = useMemo(() => evaluate(checkedOn), [checkedOn]);
  const exercise = () => buildExercise(draft, { id, canvas, ...(original ? { original } : {}) });
  const goals = draft.goals.map((r) => r.goal);
  // An exercise whose goals an empty canvas meets would pass a student who built nothing.
  const passesEmpty =
    goals.length > 0 &&
    checkExercise({ ...exercise(), goals }, EMPTY_TEMPLATE.design, evaluate(EMPTY_TEMPLATE.design))
      .complete;
  const starts: [StartChoice, string][] = [
    ...(original ? [['kept', 'the exercise’s own starting design'] as [StartChoice, string]] : []),
    ['empty', 'an empty canvas'],
    ['canvas', 'the design on the canvas (to repair or change)'],
  ];
  const palettes: [PaletteChoice, string][] = [
    ['all', 'every block'],
    ['answer', 'only the blocks the model answer uses'],
    ...(original?.palette
      ? [
          ['kept', `the exercise’s own choice (${original.palette.length} blocks)`] as [
            PaletteChoice,
            string,
          ],
        ]
      : []),
  ];
  return (
    <Dialog
      title={original ? 'Edit the exercise' : 'Make an exercise from this design'}
      onClose={close}
      className="dialog-wide author-dialog"
    >
      <p className="small muted">
        {original
          ? `Editing “${original.title}”. Hand-ins name it “${id}”.`
          : 'The design on the canvas is your model answer: each goal shows whether it meets it.'}{' '}
        Goals are checked by the engine, so every design that meets them passes, not only yours.
      </p>
      <label className="field">
        Title
        <input
          value={draft.title}
          dir="auto"
          onChange={(e) => set({ title: cutText(e.target.value, EXERCISE_LIMITS.maxTitle) })}
        />
      </label>
      <label className="field">
        Brief for the students
        <textarea
          rows={3}
          value={draft.brief}
          dir="auto"
          onChange={(e) => set({ brief: cutText(e.target.value, EXERCISE_LIMITS.maxBrief) })}
        />
      </label>
      <ChoiceGroup
        legend="Students start from"
        name="author-start"
        className="author-options"
        choices={starts}
        value={draft.start}
        onChoose={(start) => set({ start })}
      />
      <fieldset className="author-options">
        <legend>What students may do</legend>
        <label>
          <input
            type="checkbox"
            checked={draft.mode === 'guided'}
            onChange={(e) => set({ mode: e.target.checked ? 'guided' : 'free' })}
          />{' '}
          Guided mode (illegal drops are refused, with the reason)
        </label>
        <label className="author-sub">
          <input
            type="checkbox"
            checked={draft.mode === 'guided' && draft.lockMode}
            disabled={draft.mode !== 'guided'}
            onChange={(e) => set({ lockMode: e.target.checked })}
          />{' '}
          Lock Guided mode (students cannot switch to Free)
        </label>
        <label>
          <input
            type="checkbox"
            checked={draft.hints}
            onChange={(e) => set({ hints: e.target.checked })}
          />{' '}
          Offer hints (switch off for a test)
        </label>
        <label className="goal-field">
          Palette offers
          <select
            value={draft.palette}
            onChange={(e) => set({ palette: e.target.value as PaletteChoice })}
          >
            {palettes.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <GoalList
        rows={draft.goals}
        onChange={(goalRows) => set({ goals: goalRows })}
        design={checkedOn}
        report={report}
        hints={draft.hints}
      />
      {passesEmpty && (
        <p className="banner is-warning author-empty-warning">
          An empty canvas meets every goal: a student who builds nothing would pass.{' '}
          <button
            type="button"
            onClick={() => set({ goals: [goalRow({ type: 'not-empty' }), ...draft.goals] })}
          >
            Add “Something is built”
          </button>
        </p>
      )}
      <TeacherFields draft={draft} set={set} kept={original?.teacher?.answer} />
      <ExerciseExports exercise={exercise} disabled={draft.goals.length === 0} />
      <div className="dialog-actions">
        <button
          type="button"
          disabled={draft.goals.length === 0}
          onClick={() => {
            close();
            // The teacher's copy, answer key and all: it can be edited again from the menu.
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
