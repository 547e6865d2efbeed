import {
  cutText,
  type Design,
  type ExerciseGoal,
  type Goal,
  type GoalType,
  type Report,
} from '@/engine';
import { checkGoal } from '@/engine/exercise/checkGoal';
import { defaultHint, describeGoal } from '@/engine/exercise/describeGoal';
import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import { GOAL_TYPES } from '@/engine/exercise/goals';
import { suggestGoal } from '@/engine/exercise/suggestGoal';
import { useState } from 'react';
import { goalRow, type GoalRow } from './authorDraft';
import { GoalEditor } from './GoalEditor';

type Props = {
  rows: readonly GoalRow[];
  onChange: (rows: readonly GoalRow[]) => void;
  /** The design goals are checked on (the model answer) and suggested from. */
  design: Design;
  report: Report;
  /** Whether students see hints at all. */
  hints: boolean;
};

/** The goal with the author's hint kept through the editor's changes (which rebuild the goal). */
const withHint = (goal: Goal, hint: string | undefined): ExerciseGoal =>
  hint === undefined ? goal : { ...goal, hint };

/**
 * The goals of an exercise, in the order students see them: each with its values, the author's
 * own hint, and whether the model answer meets it. Goals of one type may repeat (two named apps,
 * two roles); at most EXERCISE_LIMITS.maxGoals, the number the exercise reader accepts.
 */
export function GoalList({ rows, onChange, design, report, hints }: Props) {
  const [adding, setAdding] = useState<GoalType>('not-empty');
  const full = rows.length >= EXERCISE_LIMITS.maxGoals;
  const replace = (key: number, goal: ExerciseGoal) =>
    onChange(rows.map((r) => (r.key === key ? { key, goal } : r)));
  return (
    <fieldset className="author-goals">
      <legend>Goals students see</legend>
      {rows.length === 0 && <p className="small muted">No goals yet: add at least one.</p>}
      <ol>
        {rows.map(({ key, goal }, i) => {
          const text = describeGoal(goal);
          const met = checkGoal(goal, design, report).met;
          return (
            <li key={key} className="author-goal" aria-label={`Goal ${i + 1}: ${text}`}>
              <div className="author-goal-head">
                <span className="author-goal-text">{text}</span>
                <span className={`small ${met ? 'goal-ok' : 'goal-no'}`}>
                  {met ? '✔ the model answer meets it' : '✖ the model answer does not meet it'}
                </span>
                <button
                  type="button"
                  className="author-goal-remove"
                  aria-label={`Remove goal ${i + 1}: ${text}`}
                  onClick={() => onChange(rows.filter((r) => r.key !== key))}
                >
                  Remove
                </button>
              </div>
              <div className="author-goal-fields">
                <GoalEditor
                  goal={goal}
                  design={design}
                  onChange={(g) => replace(key, withHint(g, goal.hint))}
                />
              </div>
              <label className="author-hint">
                Hint for this goal {hints ? '(optional)' : '(hints are off for students)'}
                <textarea
                  rows={2}
                  value={goal.hint ?? ''}
                  dir="auto"
                  placeholder={`Without one, students get: ${defaultHint(goal)}`}
                  onChange={(e) => {
                    const hint = cutText(e.target.value, EXERCISE_LIMITS.maxHint);
                    const { hint: _old, ...rest } = goal;
                    replace(key, hint === '' ? rest : { ...rest, hint });
                  }}
                />
              </label>
            </li>
          );
        })}
      </ol>
      <div className="author-add-goal">
        <label className="goal-field">
          Add a goal
          <select value={adding} onChange={(e) => setAdding(e.target.value as GoalType)}>
            {GOAL_TYPES.map((t) => (
              <option key={t} value={t}>
                {describeGoal(suggestGoal(t, design, report))}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          disabled={full}
          onClick={() => onChange([...rows, goalRow(suggestGoal(adding, design, report))])}
        >
          Add goal
        </button>
        {full && (
          <span className="small muted">
            An exercise holds at most {EXERCISE_LIMITS.maxGoals} goals.
          </span>
        )}
      </div>
    </fieldset>
  );
}
