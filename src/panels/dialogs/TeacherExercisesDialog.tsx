import './dialogs-extra.css';
import type { Exercise } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { describeGoal } from '@/engine/exercise/describeGoal';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { Dialog } from '@/ui/Dialog';
import { useId, useState } from 'react';
import { ExerciseExports } from './ExerciseExports';

/** The exercises a teacher can take from here: the one open (if it is their own), then the built-ins. */
function choices(open: Exercise | undefined): readonly Exercise[] {
  const builtIn = open && BUILT_IN_EXERCISES.some((b) => b.id === open.id);
  return open && !builtIn ? [open, ...BUILT_IN_EXERCISES] : BUILT_IN_EXERCISES;
}

/**
 * The teacher's desk: any exercise — every built-in, and the one open now — exported for students
 * or with its answer key, shared as a student link, printed as a worksheet or an answer key, or
 * opened for editing. What students get never holds the answer key; the dialog says which is which.
 */
export function TeacherExercisesDialog({ id }: { id?: string }) {
  const { store } = useSandboxApi();
  const open = useSandbox((s) => s.exercise);
  const [list] = useState(() => choices(open));
  const [chosen, setChosen] = useState(
    () => list.find((e) => e.id === (id ?? open?.id))?.id ?? list[0]!.id,
  );
  const exercise = list.find((e) => e.id === chosen) ?? list[0]!;
  const selectId = useId();
  const close = store.getState().closeDialog;
  const t = exercise.teacher;
  const builtIn = BUILT_IN_EXERCISES.includes(exercise);
  return (
    <Dialog title="Exercises for teachers" onClose={close} className="dialog-wide teacher-dialog">
      <label htmlFor={selectId} className="field">
        Exercise
      </label>
      <select id={selectId} value={chosen} onChange={(e) => setChosen(e.target.value)}>
        {list.map((e) => (
          <option key={e.id} value={e.id}>
            {e === open && !builtIn ? `${e.title} (open now)` : e.title}
          </option>
        ))}
      </select>
      <div className="teacher-summary">
        <p dir="auto">{exercise.brief}</p>
        <p className="small">
          {exercise.goals.length} goals: {exercise.goals.map((g) => describeGoal(g)).join(' · ')}
        </p>
        <p className="small">
          {t?.minutes !== undefined && <>About {t.minutes} minutes. </>}
          {t?.answer ? 'Keeps a model answer (the answer key).' : 'No answer key kept.'}
          {exercise.lockMode ? ' Guided mode locked.' : ''}
          {exercise.hints === false ? ' Hints off.' : ''}
        </p>
        {t?.learningGoals && (
          <ul className="small">
            {t.learningGoals.map((g, i) => (
              <li key={i} dir="auto">
                {g}
              </li>
            ))}
          </ul>
        )}
      </div>
      <ExerciseExports key={exercise.id} exercise={() => exercise} />
      <div className="dialog-actions">
        <button
          type="button"
          onClick={() => store.getState().openDialog({ type: 'author-exercise', exercise })}
        >
          {builtIn ? 'Edit a copy…' : 'Edit…'}
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}
