import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { forStudents } from '@/engine/exercise/exercise';
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { printSheet, standWorksheet } from './printSheets';

const isolation = BUILT_IN_EXERCISES.find((e) => e.id === 'isolation-vs-density')!;
/** Text as read, without the isolation marks around names (they keep right-to-left names in place). */
const read = (el: Element) => (el.textContent ?? '').replace(/[\u2066-\u2069]/g, '');
const sheet = (name: RegExp) => screen.getByRole('article', { name, hidden: true });

afterEach(() => {
  standWorksheet(undefined);
  vi.restoreAllMocks();
});

describe('Printing an exercise', () => {
  it('gives the open exercise’s worksheet, kept out of sight on screen', async () => {
    standWorksheet(forStudents(isolation));
    await waitFor(() => sheet(/^Worksheet: 12\. Isolation or density\?/));
    const worksheet = sheet(/^Worksheet/);
    expect(worksheet.closest('.print-root')).toHaveAttribute('hidden');
    expect(within(worksheet).getAllByRole('listitem', { hidden: true }).map(read)).toEqual([
      'No errors',
      'Bank and Shop do not share a kernel',
      'At least 1 × Bank running',
      'At least 3 × Shop running',
      'One more Shop starts in under 2 s',
      'Exactly 1 × physical machine',
    ]);
    expect(worksheet).toHaveTextContent('Name:');
    expect(worksheet).toHaveTextContent('Sketch your stack');
    // A worksheet never holds the teacher's part.
    expect(worksheet).not.toHaveTextContent('Firecracker');
  });

  it('prints an answer key on request, then goes back to the worksheet', async () => {
    standWorksheet(forStudents(isolation));
    const print = vi.spyOn(window, 'print').mockImplementation(() => {
      // While the browser prints, the page holds the answer key, and only it.
      const key = sheet(/^Answer key: 12\./);
      expect(key).toHaveTextContent('About 10 minutes.');
      expect(key).toHaveTextContent('Separate kernels isolate; containers on one kernel do not.');
      expect(key).toHaveTextContent('Firecracker microVMs for everyone pass too');
      expect(within(key).getByRole('img', { hidden: true, name: /model answer/ })).toBeDefined();
      expect(key).toHaveTextContent('Server → Ubuntu Server → KVM + QEMU → Bank VM');
      expect(read(key)).toContain('✔ One more Shop starts in under 2 s (the answer: ');
      expect(screen.queryByRole('article', { name: /^Worksheet/, hidden: true })).toBeNull();
    });
    printSheet(isolation, 'answer-key');
    expect(print).toHaveBeenCalledOnce();
    window.dispatchEvent(new Event('afterprint'));
    await waitFor(() => sheet(/^Worksheet/));
  });
});
