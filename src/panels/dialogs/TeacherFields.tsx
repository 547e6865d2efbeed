import { cutText, type Design } from '@/engine';
import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import type { AnswerChoice, Draft } from './authorDraft';
import { ChoiceGroup } from './ChoiceGroup';

type Props = {
  draft: Draft;
  set: (patch: Partial<Draft>) => void;
  /** The answer key the exercise kept, when editing one that has it. */
  kept: Design | undefined;
};

/**
 * The teacher's part of an exercise: the answer key, notes, time and learning goals. It stays in
 * the teacher's own file and is left out of every link and student copy.
 */
export function TeacherFields({ draft, set, kept }: Props) {
  const answers: [AnswerChoice, string][] = [
    ...(kept
      ? [['kept', `the one kept with the exercise (“${kept.name}”)`] as [AnswerChoice, string]]
      : []),
    ['canvas', 'the design on the canvas'],
    ['none', 'none'],
  ];
  return (
    <fieldset className="author-options author-teacher">
      <legend>For you only — never shown to students</legend>
      <ChoiceGroup
        legend="Answer key (model answer)"
        name="author-answer"
        className="author-choice"
        choices={answers}
        value={draft.answer}
        onChoose={(answer) => set({ answer })}
      />
      <label className="field">
        Notes for the lesson
        <textarea
          rows={3}
          value={draft.notes}
          dir="auto"
          onChange={(e) => set({ notes: cutText(e.target.value, EXERCISE_LIMITS.maxNotes) })}
        />
      </label>
      <label className="goal-field">
        Time (minutes)
        <input
          type="number"
          min={1}
          max={EXERCISE_LIMITS.maxMinutes}
          step={1}
          value={draft.minutes}
          onChange={(e) => set({ minutes: e.target.value })}
        />
      </label>
      <label className="field">
        Learning goals (one a line, at most {EXERCISE_LIMITS.maxLearningGoals})
        <textarea
          rows={3}
          value={draft.learningGoals}
          dir="auto"
          onChange={(e) => set({ learningGoals: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
