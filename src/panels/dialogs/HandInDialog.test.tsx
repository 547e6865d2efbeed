import { parseDesign } from '@/engine';
import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { forStudents } from '@/engine/exercise/exercise';
import { TEMPLATES } from '@/engine/templates';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '../../../tests/helpers/fakeStorage';
import { renderWithDocuments } from '../../../tests/helpers/renderWithDocuments';
import { HandInDialog } from './HandInDialog';

const downloads = vi.hoisted(() => [] as { fileName: string; text: string }[]);
vi.mock('@/persist/files', () => ({
  downloadText: (fileName: string, text: string) => downloads.push({ fileName, text }),
}));
beforeEach(() => void downloads.splice(0));

const vmFigure = forStudents(BUILT_IN_EXERCISES.find((e) => e.id === 'vm-figure')!);
const figure = TEMPLATES.find((t) => t.id === 'virtual-machines')!.design;

/** The hand-in dialog on a design, with the exercise open as a student would have it. */
function handIn(design = vmFigure.start, backing?: Storage) {
  const r = renderWithDocuments(<HandInDialog exercise={vmFigure} />, {
    design,
    ...(backing ? { backing } : {}),
  });
  r.sandbox.store.getState().openDocument(design, { id: 'doc', what: 'x', exercise: vmFigure });
  return r;
}

describe('Handing in', () => {
  it('asks a stuck student for their name, says kindly how far they got, and lets them hand in', async () => {
    handIn();
    const dialog = screen.getByRole('dialog', { name: 'Hand in your work' });
    // An empty canvas meets no goal, not even "no errors and no warnings".
    expect(dialog).toHaveTextContent(
      '0 of 6 goals are met so far. That is fine: hand in what you have',
    );
    const name = within(dialog).getByRole('textbox', { name: 'What is your name?' });
    const send = within(dialog).getByRole('button', { name: 'Download my hand-in' });
    expect(send).toBeDisabled();
    await userEvent.type(name, 'Ada Lovelace');
    expect(dialog).toHaveTextContent('ada-lovelace--vm-figure.stack-sandbox.json');
    await userEvent.click(send);

    expect(downloads.map((d) => d.fileName)).toEqual([
      'ada-lovelace--vm-figure.stack-sandbox.json',
    ]);
    const read = parseDesign(JSON.parse(downloads[0]!.text));
    expect(read.ok && read.design).toMatchObject({ author: 'Ada Lovelace', exercise: 'vm-figure' });
    expect(within(dialog).getByRole('status')).toHaveTextContent(
      'Saved as ada-lovelace--vm-figure.stack-sandbox.json in your downloads. Give this file to your teacher.',
    );
  });

  it('remembers the name for next time, and lets it be changed', async () => {
    const backing = new FakeStorage();
    const first = handIn(figure, backing);
    await userEvent.type(screen.getByRole('textbox', { name: 'What is your name?' }), 'Ada');
    await userEvent.keyboard('{Enter}');
    first.unmount();

    handIn(figure, backing);
    const dialog = screen.getByRole('dialog', { name: 'Hand in your work' });
    expect(dialog).toHaveTextContent('Every goal is met. Well done!');
    const name = within(dialog).getByRole('textbox', { name: 'Your name' });
    expect(name).toHaveValue('Ada');
    await userEvent.clear(name);
    await userEvent.type(name, 'Ada King');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Download my hand-in' }));
    expect(downloads.map((d) => d.fileName)).toEqual([
      'ada--vm-figure.stack-sandbox.json',
      'ada-king--vm-figure.stack-sandbox.json',
    ]);
  });

  it('still hands in where the browser keeps nothing (the name is simply asked again)', async () => {
    const backing = new FakeStorage(0);
    handIn(figure, backing);
    await userEvent.type(screen.getByRole('textbox', { name: 'What is your name?' }), 'Ada');
    await userEvent.click(screen.getByRole('button', { name: 'Download my hand-in' }));
    expect(downloads).toHaveLength(1);
  });
});
