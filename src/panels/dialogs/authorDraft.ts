// An exercise as the authoring dialog edits it, and the exercise it makes: every text goes
// through the engine's rules and limits (EXERCISE_LIMITS, the table parseExercise reads), so the
// file or link written reads back exactly as it was made.
import {
  cleanText,
  cutText,
  EMPTY_TEMPLATE,
  findVariant,
  plainText,
  type Design,
  type Exercise,
  type ExerciseGoal,
} from '@/engine';
import {
  EXERCISE_FORMAT,
  EXERCISE_LIMITS,
  EXERCISE_VERSION,
  type TeacherNotes,
} from '@/engine/exercise/exercise';
import { fileNamePart } from '@/persist/handIn';

/** Where a choice comes from: the design on the canvas, what the exercise had, or nothing. */
export type StartChoice = 'empty' | 'canvas' | 'kept';
export type AnswerChoice = 'canvas' | 'kept' | 'none';
export type PaletteChoice = 'all' | 'answer' | 'kept';

/** One goal in the editor; `key` keeps React's rows apart when goals of one type repeat. */
export type GoalRow = { readonly key: number; readonly goal: ExerciseGoal };

export type Draft = {
  readonly title: string;
  readonly brief: string;
  readonly start: StartChoice;
  readonly mode: 'free' | 'guided';
  readonly lockMode: boolean;
  readonly hints: boolean;
  readonly palette: PaletteChoice;
  readonly goals: readonly GoalRow[];
  readonly answer: AnswerChoice;
  readonly notes: string;
  /** As typed: a whole number of minutes, or ''. */
  readonly minutes: string;
  /** One learning goal a line. */
  readonly learningGoals: string;
};

let nextKey = 1;
export const goalRow = (goal: ExerciseGoal): GoalRow => ({ key: nextKey++, goal });

/** A new exercise from the design on the canvas (its model answer), with first goals. */
export function newDraft(canvas: Design, goals: readonly ExerciseGoal[]): Draft {
  return {
    title: canvas.name,
    brief: '',
    start: 'empty',
    mode: 'free',
    lockMode: false,
    hints: true,
    palette: 'all',
    goals: goals.map(goalRow),
    answer: 'canvas',
    notes: '',
    minutes: '',
    learningGoals: '',
  };
}

/** An existing exercise, to edit: everything as it was, the teacher's part included. */
export function draftOf(exercise: Exercise): Draft {
  const t = exercise.teacher;
  return {
    title: exercise.title,
    brief: exercise.brief,
    start: 'kept',
    mode: exercise.mode ?? 'free',
    lockMode: exercise.lockMode === true,
    hints: exercise.hints !== false,
    palette: exercise.palette ? 'kept' : 'all',
    goals: exercise.goals.map(goalRow),
    answer: t?.answer ? 'kept' : 'none',
    notes: t?.notes ?? '',
    minutes: t?.minutes === undefined ? '' : String(t.minutes),
    learningGoals: (t?.learningGoals ?? []).join('\n'),
  };
}

/** The design the goals are checked on: the answer key, or else the design on the canvas. */
export function answerDesign(
  answer: AnswerChoice,
  canvas: Design,
  original?: Exercise,
): Design | undefined {
  if (answer === 'canvas') return plain(canvas);
  if (answer === 'kept') return original?.teacher?.answer;
  return undefined;
}

/** Minutes as the format keeps them: a whole number from 1 to the limit, or none. */
export function minutesOf(text: string): number | undefined {
  const n = Number(text.trim());
  return text.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= EXERCISE_LIMITS.maxMinutes
    ? n
    : undefined;
}

/** Learning goals as the format keeps them: one clean line each, empty ones dropped, capped. */
export function learningGoalsOf(text: string): string[] {
  return text
    .split('\n')
    .map((g) => cleanText(g, EXERCISE_LIMITS.maxTitle).text.trim())
    .filter((g) => g !== '')
    .slice(0, EXERCISE_LIMITS.maxLearningGoals);
}

/** A design as an exercise keeps it: a hand-in's name and exercise are not passed on. */
function plain(design: Design): Design {
  const { author: _author, exercise: _exercise, ...rest } = design;
  return rest;
}

const paragraph = (text: string, max: number) => cutText(plainText(text, true), max);
const lineOf = (text: string, max: number) => cleanText(text, max).text.trim();

/** A fresh id from the title: it names hand-ins and files ("rebuild-the-figure-k3f9"). */
export function newExerciseId(title: string, stamp: string): string {
  return `${fileNamePart(title, 'exercise')}-${stamp}`;
}

/**
 * The exercise the draft describes. `id` is the one it keeps (an exercise edited keeps its id, so
 * hand-ins made for it still match). Text is cleaned as parseExercise cleans it, goals' hints too.
 */
export function buildExercise(
  draft: Draft,
  ctx: { id: string; canvas: Design; original?: Exercise },
): Exercise {
  const { canvas, original } = ctx;
  const title = lineOf(draft.title, EXERCISE_LIMITS.maxTitle) || 'Untitled exercise';
  const start =
    draft.start === 'kept' && original
      ? original.start
      : draft.start === 'canvas'
        ? plain(canvas)
        : { ...EMPTY_TEMPLATE.design, name: title };
  const answer = answerDesign(draft.answer, canvas, original);
  const palette =
    draft.palette === 'kept'
      ? original?.palette
      : draft.palette === 'answer'
        ? [
            ...new Set(
              (answer ?? canvas).blocks
                .filter((b) => findVariant(b.kind, b.variant) !== undefined)
                .map((b) => b.variant as string),
            ),
          ]
        : undefined;
  const goals = draft.goals.slice(0, EXERCISE_LIMITS.maxGoals).map(({ goal }) => {
    const { hint, ...rest } = goal;
    const clean = hint === undefined ? '' : paragraph(hint, EXERCISE_LIMITS.maxHint);
    return clean.trim() ? { ...rest, hint: clean } : rest;
  });
  const notes = paragraph(draft.notes, EXERCISE_LIMITS.maxNotes);
  const minutes = minutesOf(draft.minutes);
  const learningGoals = learningGoalsOf(draft.learningGoals);
  const teacher: TeacherNotes = {
    ...(answer ? { answer } : {}),
    ...(notes ? { notes } : {}),
    ...(minutes === undefined ? {} : { minutes }),
    ...(learningGoals.length > 0 ? { learningGoals } : {}),
  };
  return {
    format: EXERCISE_FORMAT,
    version: EXERCISE_VERSION,
    id: lineOf(ctx.id, EXERCISE_LIMITS.maxId) || 'exercise',
    title,
    brief: paragraph(draft.brief, EXERCISE_LIMITS.maxBrief),
    start,
    ...(palette && palette.length > 0 ? { palette } : {}),
    mode: draft.mode,
    ...(draft.mode === 'guided' && draft.lockMode ? { lockMode: true } : {}),
    ...(draft.hints ? {} : { hints: false }),
    goals,
    ...(Object.keys(teacher).length > 0 ? { teacher } : {}),
  };
}
