import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { forStudents } from '@/engine/exercise/exercise';
import { parseExercise } from '@/engine/exercise/parseExercise';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderWithDocuments } from '../../../tests/helpers/renderWithDocuments';
import { TeacherExercisesDialog } from './TeacherExercisesDialog';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string }[]);
vi.mock('@/persist/files', () => ({
  downloadText: (fileName: string, text: string) => downloads.push({ fileName, text }),
}));
beforeEach(() => void downloads.splice(0));

const byId = (id: string) => BUILT_IN_EXERCISES.find((e) => e.id === id)!;
const dialog = () => screen.getByRole('dialog', { name: 'Exercises for teachers' });
const read = (text: string) => {
  const r = parseExercise(text);
  if (!r.ok) throw new Error(r.error.message);
  return r.exercise;
};

describe('Exercises for teachers', () => {
  it('exports any built-in for students, without the answer key, or with it for the teacher', async () => {
    renderWithDocuments(<TeacherExercisesDialog />);
    await userEvent.selectOptions(
      within(dialog()).getByRole('combobox', { name: 'Exercise' }),
      '6. Make App Y and App Z share',
    );
    const students = within(dialog()).getByRole('region', { name: 'For students' });
    const teacher = within(dialog()).getByRole('region', { name: 'For you' });
    expect(students).toHaveTextContent('no answer key, no notes');
    expect(teacher).toHaveTextContent('keeps the answer key and notes');

    await userEvent.click(within(students).getByRole('button', { name: 'Export for students' }));
    await userEvent.click(within(teacher).getByRole('button', { name: 'Export with answer key' }));
    expect(downloads.map((d) => d.fileName)).toEqual([
      'share-layers.exercise.json',
      'share-layers.answer-key.exercise.json',
    ]);
    expect(read(downloads[0]!.text)).toEqual(forStudents(byId('share-layers')));
    expect(read(downloads[1]!.text)).toEqual(byId('share-layers'));
  });

  it('makes a student link that carries no answer key', async () => {
    renderWithDocuments(<TeacherExercisesDialog id="nested" />);
    expect(within(dialog()).getByRole('combobox', { name: 'Exercise' })).toHaveValue('nested');
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Make a student link' }));
    const field = await within(dialog()).findByRole('textbox', { name: /^Student link/ });
    const { decodeShareLink } = await import('@/engine/link/shareLink');
    const link = decodeShareLink(new URL(field.getAttribute('value')!).hash);
    expect(link.ok && link.kind === 'exercise' && link.exercise).toEqual(
      forStudents(byId('nested')),
    );
  });

  it('opens an exercise for editing; a built-in as a copy of its own', async () => {
    const { sandbox } = renderWithDocuments(<TeacherExercisesDialog id="fit-more" />);
    await userEvent.click(within(dialog()).getByRole('button', { name: 'Edit a copy…' }));
    await waitFor(() =>
      expect(sandbox.store.getState().dialog).toEqual({
        type: 'author-exercise',
        exercise: byId('fit-more'),
      }),
    );
  });
});
