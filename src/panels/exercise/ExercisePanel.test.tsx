import { asBlockId, type Exercise } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { forStudents } from '@/engine/exercise/exercise';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWithSandbox } from '../../../tests/helpers/renderWithSandbox';
import { ExercisePanel } from './ExercisePanel';

const brokenStack = forStudents(BUILT_IN_EXERCISES.find((e) => e.id === 'broken-stack')!);

/** The panel on the exercise's start, after one change (goals explain themselves after a try). */
function panelAfterATry(exercise: Exercise) {
  const r = renderWithSandbox(<ExercisePanel exercise={exercise} />);
  act(() => {
    r.sandbox.store.getState().openDocument(exercise.start, { id: 'doc', what: 'x', exercise });
    r.sandbox.store.getState().setLabel(asBlockId('shop'), 'Shop!');
  });
  return { ...r, panel: screen.getByRole('region', { name: 'Exercise' }) };
}

describe('The exercise panel', () => {
  it('offers Hand in while goals are unmet: stuck students hand in too', async () => {
    const { panel, sandbox } = panelAfterATry(brokenStack);
    expect(panel).toHaveTextContent('0 of 2 goals met');
    await userEvent.click(within(panel).getByRole('button', { name: 'Hand in…' }));
    expect(sandbox.store.getState().dialog).toEqual({ type: 'hand-in' });
  });

  it('gives hints, unless the teacher switched them off; the engine’s why stays', () => {
    const { panel, unmount } = panelAfterATry(brokenStack);
    expect(within(panel).getAllByText('Hint')).toHaveLength(2);
    unmount();
    const test = panelAfterATry({ ...brokenStack, hints: false }).panel;
    expect(within(test).queryByText('Hint')).toBeNull();
    expect(test).toHaveTextContent('4 errors left. First:');
  });

  it('says when the teacher keeps Guided mode on', () => {
    const { panel } = panelAfterATry({ ...brokenStack, mode: 'guided', lockMode: true });
    expect(panel).toHaveTextContent('Your teacher keeps Guided mode on for this exercise.');
  });
});
