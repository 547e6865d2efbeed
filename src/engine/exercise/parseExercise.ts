import { findAnyVariant } from '../catalog';
import { FIGURE_LIMITS } from '../figureSpecs';
import { isRole } from '../graph/roles';
import { readJsonInput } from '../load/readBytes';
import { parseDesign } from '../parse/parseDesign';
import { isAmount, isCount, isRecord, line, oneOf, ownValue, paragraph } from '../read/fields';
import { openFormat, type FormatSpec, type OpenCode } from '../read/openFormat';
import type { ParseWarning } from '../parse/types';
import { RULE_IDS } from '../rules/ruleIds';
import {
  EXERCISE_FORMAT,
  EXERCISE_LIMITS,
  EXERCISE_VERSION,
  type Exercise,
  type TeacherNotes,
} from './exercise';
import { APP_ROLES, GOAL_TYPES, type ExerciseGoal } from './goals';

export type ExerciseErrorCode =
  | 'not-json'
  | 'too-large'
  | 'not-an-exercise'
  | 'bad-version'
  | 'newer-version'
  | 'bad-start'
  | 'bad-goal'
  /** A fault of the engine's own, never the input's: tests assert it never happens. */
  | 'internal-error';

export type ExerciseResult =
  | { ok: true; exercise: Exercise; warnings: readonly ParseWarning[] }
  | { ok: false; error: { code: ExerciseErrorCode; message: string } };

const fail = (code: ExerciseErrorCode, message: string): ExerciseResult => ({
  ok: false,
  error: { code, message },
});

const count = (v: unknown): v is number => isCount(v, EXERCISE_LIMITS.maxCount);
const amount = isAmount;
/** An app's name as a goal gives it, cleaned like a label (it is compared with labels). */
const appName = (v: unknown) => line(v, EXERCISE_LIMITS.maxAppName);
const knownVariant = (v: unknown): v is string =>
  typeof v === 'string' && findAnyVariant(v) !== undefined;

/** How the one reader knows an exercise file (see `read/openFormat.ts`). */
export const EXERCISE_SPEC: FormatSpec = {
  what: 'exercise',
  tag: { key: 'format', value: EXERCISE_FORMAT },
  versionKey: 'version',
  current: EXERCISE_VERSION,
  // 1 → 2 added only optional fields (the teacher's part, hints, lockMode): nothing to change.
  migrations: [(v1) => v1],
  unversioned: 'refuse',
};

const OPEN_CODES: Readonly<Record<OpenCode, ExerciseErrorCode>> = {
  'not-json': 'not-json',
  'too-large': 'too-large',
  'not-this-format': 'not-an-exercise',
  'bad-version': 'bad-version',
  'newer-version': 'newer-version',
  'internal-error': 'internal-error',
};

/** The teacher's part, each field read on its own: a bad one is left out, never fatal. */
function readTeacher(raw: unknown): TeacherNotes | undefined {
  if (!isRecord(raw)) return undefined;
  const answerRaw = ownValue(raw, 'answer');
  const answer = answerRaw === undefined ? undefined : parseDesign(answerRaw);
  const notes = paragraph(ownValue(raw, 'notes'), EXERCISE_LIMITS.maxNotes);
  const minutes = ownValue(raw, 'minutes');
  const goalsRaw = ownValue(raw, 'learningGoals');
  const learningGoals = Array.isArray(goalsRaw)
    ? goalsRaw
        .slice(0, EXERCISE_LIMITS.maxLearningGoals)
        .map((g) => line(g, EXERCISE_LIMITS.maxTitle))
        .filter((g) => g !== '')
    : [];
  const teacher: TeacherNotes = {
    ...(answer?.ok ? { answer: answer.design } : {}),
    ...(notes ? { notes } : {}),
    ...(isCount(minutes, EXERCISE_LIMITS.maxMinutes) && minutes > 0 ? { minutes } : {}),
    ...(learningGoals.length > 0 ? { learningGoals } : {}),
  };
  return Object.keys(teacher).length > 0 ? teacher : undefined;
}

/** One goal, checked field by field; a message when it is not one this version understands. */
function readGoal(raw: unknown, n: number): ExerciseGoal | string {
  if (!isRecord(raw)) return `Goal ${n} is not a goal.`;
  const f = (key: string) => ownValue(raw, key);
  const hintRaw = f('hint');
  const hint = typeof hintRaw === 'string' ? paragraph(hintRaw, EXERCISE_LIMITS.maxHint) : '';
  const withHint = <G extends ExerciseGoal>(goal: G): G => (hint ? { ...goal, hint } : goal);
  const given = f('type');
  const type = oneOf(GOAL_TYPES, given);
  if (type === undefined)
    return `Goal ${n} is of a kind this version does not know (${typeof given === 'string' ? `“${line(given, 40)}”` : 'none given'}): was the exercise made with a newer Stack Sandbox?`;
  const bad = `Goal ${n} (${type}) has a missing or impossible value.`;
  switch (type) {
    case 'no-errors':
    case 'no-warnings':
    case 'not-empty':
    case 'apps-on-libraries':
      return withHint({ type });
    case 'no-problem': {
      const rule = oneOf(RULE_IDS, f('rule'));
      return rule ? withHint({ type: 'no-problem', rule }) : bad;
    }
    case 'apps': {
      const raw = f('app');
      const app = raw === undefined ? undefined : appName(raw);
      const min = f('min');
      if (!count(min) || (raw !== undefined && !app)) return bad;
      return withHint({ type: 'apps', min, ...(app ? { app } : {}) });
    }
    case 'apps-as': {
      const role = oneOf(APP_ROLES, f('role'));
      return role ? withHint({ type: 'apps-as', role }) : bad;
    }
    case 'role-count': {
      const [role, min, max] = [f('role'), f('min'), f('max')];
      if (!isRole(role) || !count(min)) return bad;
      if (max !== undefined && (!count(max) || max < min)) return bad;
      return withHint({ type: 'role-count', role, min, ...(max === undefined ? {} : { max }) });
    }
    case 'uses-variant': {
      const [variant, min] = [f('variant'), f('min')];
      return knownVariant(variant) && count(min)
        ? withHint({ type: 'uses-variant', variant, min })
        : bad;
    }
    case 'memory-under': {
      const mib = f('mib');
      return amount(mib, FIGURE_LIMITS.MiB) ? withHint({ type: 'memory-under', mib }) : bad;
    }
    case 'sharing-at-least': {
      const pct = f('pct');
      return amount(pct, 100) ? withHint({ type: 'sharing-at-least', pct }) : bad;
    }
    case 'shared-layer': {
      const apps = f('apps');
      return count(apps) && apps >= 2 ? withHint({ type: 'shared-layer', apps }) : bad;
    }
    case 'copy-start-under': {
      const [app, ms] = [appName(f('app')), f('ms')];
      return app && amount(ms, EXERCISE_LIMITS.maxMs)
        ? withHint({ type: 'copy-start-under', app, ms })
        : bad;
    }
    case 'copies-fit': {
      const [app, min] = [appName(f('app')), f('min')];
      return app && count(min) ? withHint({ type: 'copies-fit', app, min }) : bad;
    }
    case 'separate-kernels': {
      const raw = f('apps');
      const apps = Array.isArray(raw) && raw.length === 2 ? raw.map(appName) : [];
      return apps[0] && apps[1]
        ? withHint({ type: 'separate-kernels', apps: [apps[0], apps[1]] })
        : bad;
    }
  }
}

/**
 * The one door for exercises, as `parseDesign` is for designs: a file, a link or a built-in all
 * come through here. A goal this version cannot check refuses the whole exercise (grading must
 * never skip a goal silently); the starting design is repaired like any design. Never throws.
 */
export function parseExercise(input: unknown): ExerciseResult {
  // Bytes (a file) are decoded here, where exercises are read on demand; text and values go on.
  const read = readJsonInput(input);
  if (!read.ok) {
    const { code, message } = read.error;
    return fail(code === 'too-large' || code === 'internal-error' ? code : 'not-json', message);
  }
  const opened = openFormat(EXERCISE_SPEC, read.value);
  if (!opened.ok) return fail(OPEN_CODES[opened.code], opened.message);
  try {
    const raw = opened.value;
    const start = parseDesign(ownValue(raw, 'start'));
    if (!start.ok)
      return start.error.code === 'internal-error'
        ? fail('internal-error', start.error.message)
        : fail('bad-start', `The exercise's starting design is unusable: ${start.error.message}`);
    const goalsRaw = ownValue(raw, 'goals');
    if (
      !Array.isArray(goalsRaw) ||
      goalsRaw.length === 0 ||
      goalsRaw.length > EXERCISE_LIMITS.maxGoals
    )
      return fail('bad-goal', `An exercise needs between 1 and ${EXERCISE_LIMITS.maxGoals} goals.`);
    const goals: ExerciseGoal[] = [];
    for (const [i, g] of goalsRaw.entries()) {
      const goal = readGoal(g, i + 1);
      if (typeof goal === 'string') return fail('bad-goal', goal);
      goals.push(goal);
    }
    const paletteRaw = ownValue(raw, 'palette');
    const palette = Array.isArray(paletteRaw)
      ? [...new Set(paletteRaw.slice(0, 1000).filter(knownVariant))]
      : undefined;
    const mode = ownValue(raw, 'mode');
    const title = line(ownValue(raw, 'title'), EXERCISE_LIMITS.maxTitle);
    const id = line(ownValue(raw, 'id'), EXERCISE_LIMITS.maxId);
    const teacher = readTeacher(ownValue(raw, 'teacher'));
    const exercise: Exercise = {
      format: EXERCISE_FORMAT,
      version: EXERCISE_VERSION,
      id: id || 'exercise',
      title: title || 'Untitled exercise',
      brief: paragraph(ownValue(raw, 'brief'), EXERCISE_LIMITS.maxBrief),
      start: start.design,
      ...(palette && palette.length > 0 ? { palette } : {}),
      ...(mode === 'guided' || mode === 'free' ? { mode } : {}),
      ...(ownValue(raw, 'lockMode') === true ? { lockMode: true } : {}),
      ...(ownValue(raw, 'hints') === false ? { hints: false } : {}),
      goals,
      ...(teacher === undefined ? {} : { teacher }),
    };
    return { ok: true, exercise, warnings: start.warnings };
  } catch {
    // A bug of ours: never a normal refusal (the "never throws" property asserts it never happens).
    return fail(
      'internal-error',
      'Stack Sandbox could not read this exercise because of a fault of its own. Nothing was changed; please report it.',
    );
  }
}
