import './exercise.css';
import { sameStructure, type Exercise, type GoalLine } from '@/engine';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { useSandbox, useSandboxApi } from '@/store/SandboxContext';
import { useEffect, useMemo, useRef } from 'react';
import { standWorksheet } from './printSheets';

function Goal({ line, tried, hints }: { line: GoalLine; tried: boolean; hints: boolean }) {
  return (
    <li className={`goal${line.met ? ' is-met' : ''}`}>
      <span className="goal-mark" aria-hidden="true">
        {line.met ? '✔' : '○'}
      </span>
      <span className="goal-body">
        <span className="goal-text">
          {line.text}
          <span className="visually-hidden">{line.met ? ': met' : ': not yet'}</span>
        </span>{' '}
        <span className="goal-now">({line.now})</span>
        {/* Why and a hint only once the student has tried: the brief comes first. */}
        {!line.met && tried && (
          <>
            {line.why && <span className="goal-why">{line.why}</span>}
            {/* A teacher may switch hints off (for a test): the engine's why stays. */}
            {hints && (
              <details className="goal-hint">
                <summary>Hint</summary>
                {line.hint}
              </details>
            )}
          </>
        )}
      </span>
    </li>
  );
}

/**
 * The exercise the student is working on: its brief, a live checklist of goals checked by the
 * engine on every change (never against one model answer), progress, and the moment it is done.
 */
export function ExercisePanel({ exercise }: { exercise: Exercise }) {
  const { store, reports } = useSandboxApi();
  // The student's whole design, even while a build-up shows only part of it.
  const design = useSandbox((s) => s.presentation?.full ?? s.design);
  const progress = useMemo(
    () => checkExercise(exercise, design, reports.get(design)),
    [exercise, design, reports],
  );
  const tried = !sameStructure(design, exercise.start);
  // The completion moment: announced when the last goal is met, not when a done design reopens.
  const wasComplete = useRef(progress.complete);
  useEffect(() => {
    if (progress.complete && !wasComplete.current)
      store.getState().announce(`Exercise complete: every goal of “${exercise.title}” is met.`);
    wasComplete.current = progress.complete;
  }, [progress.complete, exercise.title, store]);
  // Printing while the exercise is open gives its worksheet, not a picture of the screen.
  useEffect(() => {
    standWorksheet(exercise);
    return () => standWorksheet(undefined);
  }, [exercise]);
  const handIn = () => store.getState().openDialog({ type: 'hand-in' });
  return (
    <section className="panel exercise-panel" aria-labelledby="exercise-heading">
      <h2 id="exercise-heading" className="panel-title">
        Exercise
      </h2>
      <p className="exercise-title" dir="auto">
        {exercise.title}
      </p>
      <p className="exercise-brief" dir="auto">
        {exercise.brief}
      </p>
      <p className="exercise-progress">
        <progress value={progress.met} max={progress.total} aria-label="Goals met" /> {progress.met}{' '}
        of {progress.total} goals met
      </p>
      <ul className="goals" aria-label="Goals">
        {progress.lines.map((line, i) => (
          <Goal key={i} line={line} tried={tried} hints={exercise.hints !== false} />
        ))}
      </ul>
      {progress.complete && (
        <div className="exercise-done" role="status">
          <p>
            <span aria-hidden="true" className="exercise-done-mark">
              ★{' '}
            </span>
            <strong>Exercise complete!</strong> Every goal is met — and yours is only one of the
            designs that would pass.
          </p>
        </div>
      )}
      {exercise.lockMode && (
        <p className="exercise-note small">Your teacher keeps Guided mode on for this exercise.</p>
      )}
      {/* Always there: a student who is stuck hands in too, and says how far they got. */}
      <p className="exercise-hand-in">
        <button type="button" onClick={handIn}>
          Hand in…
        </button>
      </p>
    </section>
  );
}
