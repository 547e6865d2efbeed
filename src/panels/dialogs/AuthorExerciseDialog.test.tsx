import type { Exercise } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { EXERCISE_LIMITS } from '@/engine/exercise/exercise';
import { parseExercise } from '@/engine/exercise/parseExercise';
import { TEMPLATES } from '@/engine/templates';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithDocuments } from '../../../tests/helpers/renderWithDocuments';
import { AuthorExerciseDialog } from './AuthorExerciseDialog';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string }[]);
vi.mock('@/persist/files', () => ({
  downloadText: (fileName: string, text: string) => downloads.push({ fileName, text }),
}));
beforeEach(() => void downloads.splice(0));

const vmFigure = BUILT_IN_EXERCISES.find((e) => e.id === 'vm-figure')!;
const containers = TEMPLATES.find((t) => t.id === 'containers')!.design;

/** The exercise in the last file downloaded, as the exercise reader reads it. */
function downloaded(): Exercise {
  const read = parseExercise(downloads.at(-1)!.text);
  if (!read.ok) throw new Error(read.error.message);
  return read.exercise;
}

const dialog = () => screen.getByRole('dialog');
const goal = (n: number) =>
  within(dialog()).getByRole('listitem', { name: new RegExp(`^Goal ${n}:`) });

describe('Editing an exercise', () => {
  it('shows a built-in as it is: goals with their hints, the answer key, notes, time and learning goals', () => {
    renderWithDocuments(<AuthorExerciseDialog exercise={vmFigure} />);
    expect(screen.getByRole('dialog', { name: 'Edit the exercise' })).toHaveTextContent(
      'Hand-ins name it “vm-figure-edited”',
    );
    expect(within(dialog()).getAllByRole('listitem', { name: /^Goal \d+:/ })).toHaveLength(6);
    expect(within(goal(5)).getByRole('textbox', { name: /Hint for this goal/ })).toHaveValue(
      vmFigure.goals[4]!.hint,
    );
    // Every goal is met by the answer key kept with the exercise.
    expect(within(dialog()).getAllByText('✔ the model answer meets it')).toHaveLength(6);
    expect(
      within(dialog()).getByRole('radio', { name: /the one kept with the exercise/ }),
    ).toBeChecked();
    expect(within(dialog()).getByRole('spinbutton', { name: 'Time (minutes)' })).toHaveValue(8);
    expect(within(dialog()).getByRole('textbox', { name: /Learning goals/ })).toHaveValue(
      vmFigure.teacher!.learningGoals!.join('\n'),
    );
  });

  it('adds a hint and a second goal of one type, locks Guided, and exports both copies', async () => {
    renderWithDocuments(<AuthorExerciseDialog exercise={vmFigure} />);
    const lock = within(dialog()).getByRole('checkbox', { name: /Lock Guided mode/ });
    expect(lock).toBeDisabled();
    await userEvent.click(within(dialog()).getByRole('checkbox', { name: /^Guided mode/ }));
    await userEvent.click(lock);
    await userEvent.click(within(goal(2)).getByRole('textbox', { name: /Hint for this goal/ }));
    await userEvent.paste('Count the apps on the canvas.');
    // A second "at least … apps" goal, for one app by name.
    await userEvent.selectOptions(
      within(dialog()).getByRole('combobox', { name: 'Add a goal' }),
      'apps',
    );
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Add goal' }));
    const added = goal(7);
    await userEvent.selectOptions(within(added).getByRole('combobox', { name: 'Called' }), 'App A');
    expect(added).toHaveTextContent('✖ the model answer does not meet it');
    const atLeast = within(added).getByRole('spinbutton', { name: 'At least' });
    await userEvent.clear(atLeast);
    await userEvent.type(atLeast, '1');
    expect(added).toHaveTextContent('At least 1 × App A running');
    expect(added).toHaveTextContent('✔ the model answer meets it');

    await userEvent.click(within(dialog()).getByRole('button', { name: 'Export with answer key' }));
    expect(downloads.at(-1)!.fileName).toBe('vm-figure-edited.answer-key.exercise.json');
    const teachers = downloaded();
    expect(teachers).toMatchObject({ id: 'vm-figure-edited', mode: 'guided', lockMode: true });
    expect(teachers.goals[1]).toEqual({
      type: 'apps',
      min: 3,
      hint: 'Count the apps on the canvas.',
    });
    expect(teachers.goals.filter((g) => g.type === 'apps')).toEqual([
      { type: 'apps', min: 3, hint: 'Count the apps on the canvas.' },
      { type: 'apps', min: 1, app: 'App A' },
    ]);
    expect(teachers.teacher?.answer).toEqual(vmFigure.teacher!.answer);

    await userEvent.click(within(dialog()).getByRole('button', { name: 'Export for students' }));
    expect(downloads.at(-1)!.fileName).toBe('vm-figure-edited.exercise.json');
    expect(downloads.at(-1)!.text).not.toContain('"teacher"');
    expect(downloaded()).toEqual({ ...teachers, teacher: undefined });
  });

  it('lets a goal be removed, and hints be switched off for students', async () => {
    renderWithDocuments(<AuthorExerciseDialog exercise={vmFigure} />);
    await userEvent.click(within(dialog()).getByRole('button', { name: /^Remove goal 1:/ }));
    await userEvent.click(within(dialog()).getByRole('checkbox', { name: /Offer hints/ }));
    expect(
      within(goal(1)).getByRole('textbox', { name: /hints are off for students/ }),
    ).toBeVisible();
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Export with answer key' }));
    expect(downloaded().goals).toHaveLength(5);
    expect(downloaded().hints).toBe(false);
  });
});

describe('Making an exercise', () => {
  it('needs no warning for "no errors" alone: an empty canvas meets no such goal', async () => {
    renderWithDocuments(<AuthorExerciseDialog />, { design: containers });
    // The first goals are "no errors" and "at least 3 apps". With only "no errors" left, an empty
    // canvas still fails: the checker never ticks "no errors" before anything is built.
    await userEvent.click(within(dialog()).getByRole('button', { name: /^Remove goal 2:/ }));
    expect(screen.queryByText(/An empty canvas meets every goal/)).toBeNull();
  });

  it('stops adding goals at the number the exercise reader accepts', async () => {
    const almostFull: Exercise = {
      ...vmFigure,
      goals: Array.from({ length: EXERCISE_LIMITS.maxGoals - 1 }, () => ({ type: 'no-errors' })),
    };
    renderWithDocuments(<AuthorExerciseDialog exercise={almostFull} />);
    const add = within(dialog()).getByRole('button', { name: 'Add goal' });
    await userEvent.click(add);
    expect(add).toBeDisabled();
    expect(dialog()).toHaveTextContent(
      `An exercise holds at most ${EXERCISE_LIMITS.maxGoals} goals.`,
    );
  });
});
