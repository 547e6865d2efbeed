import { blockName, evaluate, formatMiB, type BlockId, type Design, type Exercise } from '@/engine';
import { checkExercise } from '@/engine/exercise/checkExercise';
import { describeGoal } from '@/engine/exercise/describeGoal';
import { StackPicture } from '@/panels/dialogs/StackPicture';

/** Each app's stack in words, from the hardware up: readable in black and white, and aloud. */
function Stacks({ design }: { design: Design }) {
  const report = evaluate(design);
  const byId = new Map(design.blocks.map((b) => [b.id, b]));
  const name = (id: BlockId) => {
    const block = byId.get(id);
    return block ? blockName(block) : id;
  };
  return (
    <>
      <ul className="print-stacks">
        {report.apps.map((app) => (
          <li key={app.blockId} dir="auto">
            {app.path.map(name).join(' → ')}
          </li>
        ))}
      </ul>
      <p className="print-small">
        {formatMiB(report.totals.memoryMiB)} of memory and {formatMiB(report.totals.diskMiB)} of
        disk in all; {report.totals.errors} errors, {report.totals.warnings} warnings.
      </p>
    </>
  );
}

/**
 * The teacher's page for an exercise: the model answer (drawn, and each stack in words), how it
 * meets each goal, the learning goals, the time it takes and the teacher's notes. Never part of
 * what students get: it is printed only from the teacher's own copy, which keeps the answer key.
 */
export function AnswerKey({ exercise }: { exercise: Exercise }) {
  const teacher = exercise.teacher;
  const answer = teacher?.answer;
  const progress = answer ? checkExercise(exercise, answer) : undefined;
  return (
    <article className="print-sheet answer-key" aria-label={`Answer key: ${exercise.title}`}>
      <header className="print-head">
        <p className="print-kicker">
          Stack Sandbox · answer key — for the teacher, not to hand out
        </p>
        <h1 dir="auto">{exercise.title}</h1>
        {teacher?.minutes !== undefined && (
          <p className="print-small">About {teacher.minutes} minutes.</p>
        )}
      </header>
      <p className="print-brief" dir="auto">
        {exercise.brief}
      </p>
      {teacher?.learningGoals && (
        <>
          <h2>Students learn</h2>
          <ul>
            {teacher.learningGoals.map((g, i) => (
              <li key={i} dir="auto">
                {g}
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Model answer</h2>
      {answer ? (
        <>
          <StackPicture design={answer} label={`The model answer to ${exercise.title}`} />
          <Stacks design={answer} />
        </>
      ) : (
        <p>This exercise keeps no model answer.</p>
      )}
      <h2>Goals</h2>
      <ul className="print-checklist">
        {progress
          ? progress.lines.map((line, i) => (
              <li key={i}>
                <span aria-hidden="true">{line.met ? '✔ ' : '✖ '}</span>
                {line.text}{' '}
                <span className="print-small">
                  ({line.met ? 'the answer: ' : 'not met by the answer: '}
                  {line.now})
                </span>
              </li>
            ))
          : exercise.goals.map((goal, i) => <li key={i}>{describeGoal(goal)}</li>)}
      </ul>
      <p className="print-small">
        The engine checks the goals, not this answer: every design that meets them passes.
      </p>
      {teacher?.notes && (
        <>
          <h2>Notes</h2>
          <p className="print-brief" dir="auto">
            {teacher.notes}
          </p>
        </>
      )}
    </article>
  );
}
