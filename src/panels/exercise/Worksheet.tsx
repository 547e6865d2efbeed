import { describeGoal } from '@/engine/exercise/describeGoal';
import type { Exercise } from '@/engine';
import { StackPicture } from '@/panels/dialogs/StackPicture';

/** Lines to write on, for a name or a date. */
function WriteOn({ label }: { label: string }) {
  return (
    <span className="print-write-on">
      {label}: <span className="print-line" />
    </span>
  );
}

/**
 * The exercise on paper, for a student: the brief, the goals as a checklist to tick, the starting
 * design if there is one, and room to sketch the stack before (or instead of) building it.
 */
export function Worksheet({ exercise }: { exercise: Exercise }) {
  const start = exercise.start.blocks.length > 0 ? exercise.start : undefined;
  return (
    <article className="print-sheet worksheet" aria-label={`Worksheet: ${exercise.title}`}>
      <header className="print-head">
        <p className="print-kicker">Stack Sandbox · worksheet</p>
        <h1 dir="auto">{exercise.title}</h1>
        <p className="print-who">
          <WriteOn label="Name" />
          <WriteOn label="Date" />
        </p>
      </header>
      <p className="print-brief" dir="auto">
        {exercise.brief}
      </p>
      <h2>Goals</h2>
      <ul className="print-checklist">
        {exercise.goals.map((goal, i) => (
          <li key={i}>
            <span className="print-box" aria-hidden="true" />
            {describeGoal(goal)}
          </li>
        ))}
      </ul>
      {start && (
        <figure className="print-figure">
          <figcaption>You start from this design:</figcaption>
          <StackPicture design={start} label={`The starting design of ${exercise.title}`} />
        </figure>
      )}
      {/* Kept together on one page: the room to draw is smaller under a starting design. */}
      <section className="print-sketch-area">
        <h2>Sketch your stack</h2>
        <p className="print-small">Draw from the bottom up: the hardware first, the apps last.</p>
        <div className={`print-sketch${start ? ' is-short' : ''}`} />
      </section>
      <p className="print-small print-foot">
        Exercise “{exercise.id}”. Build it in Stack Sandbox, then hand in your design with the Hand
        in button of the Exercise panel.
      </p>
    </article>
  );
}
