import { asBlockId, type Design } from '@/engine';
import { TEMPLATES } from '@/engine/templates';
import { createSandbox } from '@/store/sandboxStore';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceStorage, FakeStorage } from '../../tests/helpers/fakeStorage';
import { createDocuments } from './documents';
import { duplicateDesign, removeDesign, renameDesign } from './libraryActions';
import { safeStorage } from './safeStorage';
import { openExercise, openNew, resolveConflict } from './opening';

const containers = TEMPLATES.find((t) => t.id === 'containers')!.design;
let stops: (() => void)[] = [];

/** One browser tab: its own sandbox and documents, on a shared storage. */
function tab(backing: Storage, tabId: string, ids = ['d1', 'd2', 'd3', 'd4']) {
  const sandbox = createSandbox();
  const queue = [...ids];
  const documents = createDocuments(sandbox, {
    storage: safeStorage(() => backing),
    tabId,
    debounceMs: 500,
    now: () => 1_700_000_000_000,
    newId: () => queue.shift() ?? 'dx',
  });
  stops.push(documents.stop);
  return {
    sandbox,
    documents,
    s: () => sandbox.store.getState(),
    save: () => documents.status.store.getState().save,
  };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
  vi.useRealTimers();
});

describe('autosave', () => {
  it('saves once after a burst of edits, not on every change', () => {
    const backing = new FakeStorage();
    const spy = vi.spyOn(backing, 'setItem');
    const t = tab(backing, 'A');
    t.documents.restore();
    t.s().addVariant('hardware', 'x86-server' as never, {});
    t.s().addVariant('os', 'ubuntu' as never, { on: asBlockId('x86-server') });
    t.s().setLabel(asBlockId('ubuntu'), 'Host');
    expect(t.save()).toEqual({ state: 'saving' });
    const writes = () =>
      spy.mock.calls.filter(([k]) => k.startsWith('stack-sandbox:design:')).length;
    expect(writes()).toBe(0);
    vi.advanceTimersByTime(600);
    expect(writes()).toBe(1);
    expect(t.save()).toMatchObject({ state: 'saved' });
  });

  it('reopens the last design after a reload, and flushes at once when the tab is closed', () => {
    const backing = new FakeStorage();
    const a = tab(backing, 'A');
    a.documents.restore();
    a.s().addVariant('hardware', 'laptop' as never, {});
    window.dispatchEvent(new Event('pagehide')); // the tab closes before the debounce ends
    a.documents.stop();
    const b = tab(backing, 'B');
    b.documents.restore();
    expect(b.s().design.blocks.map((x) => x.variant)).toEqual(['laptop']);
    expect(b.s().announcement.text).toMatch(/^Reopened/);
  });

  it('keeps working when storage is full, says so, and saves again once there is room', () => {
    const backing = new FakeStorage(1000);
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Opened a template');
    expect(t.save()).toEqual({ state: 'failed', failure: 'quota' });
    expect(t.s().design).toBe(containers); // nothing lost in the tab
    backing.quotaBytes = Infinity;
    t.s().setLabel(asBlockId('app-x'), 'X');
    vi.advanceTimersByTime(600);
    expect(t.save()).toMatchObject({ state: 'saved' });
  });

  it('runs without storage at all, and tells the student to save files', () => {
    const t = tab(undefined as unknown as Storage, 'A');
    const docs = createDocuments(t.sandbox, {
      storage: safeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    });
    stops.push(docs.stop);
    docs.restore();
    expect(docs.status.store.getState().save).toEqual({ state: 'failed', failure: 'unavailable' });
    expect(docs.status.store.getState().notices[0]?.message).toMatch(/save it as a file/);
  });
});

describe('saved designs that cannot be read', () => {
  it.each([
    ['damaged', 'this is not json', /damaged/],
    [
      'newer',
      JSON.stringify({ app: 'stack-sandbox', envelopeVersion: 7, id: 'old', design: {} }),
      /newer version/,
    ],
  ])('keeps a %s save untouched, reports it, and starts a new design', (_, raw, message) => {
    const backing = new FakeStorage();
    backing.setItem('stack-sandbox:design:old', raw);
    backing.setItem('stack-sandbox:current', 'old');
    const t = tab(backing, 'A');
    t.documents.restore();
    const notice = t.documents.status.store.getState().notices[0];
    expect(notice?.message).toMatch(message);
    expect(notice?.download?.text).toBe(raw);
    t.s().addVariant('hardware', 'laptop' as never, {});
    vi.advanceTimersByTime(600);
    expect(backing.getItem('stack-sandbox:design:old')).toBe(raw);
    expect(t.s().documentId).toBe('d1');
    expect(t.documents.library.list().map((e) => [e.id, e.ok])).toEqual([
      ['d1', true],
      ['old', false],
    ]);
  });
});

describe('two tabs on the same design', () => {
  function twoTabs() {
    const backing = new FakeStorage();
    const a = tab(backing, 'A', ['first', 'shared']);
    a.documents.restore();
    openNew(a.documents, containers, 'Opened');
    const b = tab(backing, 'B');
    b.documents.restore();
    return { backing, a, b };
  }

  it('follows the other tab when it has nothing unsaved', () => {
    const { backing, a, b } = twoTabs();
    expect(b.s().documentId).toBe('shared');
    a.s().setLabel(asBlockId('app-x'), 'From A');
    vi.advanceTimersByTime(600);
    announceStorage('stack-sandbox:design:shared', backing.getItem('stack-sandbox:design:shared'));
    expect(b.s().design.blocks.find((x) => x.id === 'app-x')?.label).toBe('From A');
  });

  it('never silently overwrites the other tab’s newer save', () => {
    const { backing, a, b } = twoTabs();
    a.s().setLabel(asBlockId('app-x'), 'From A');
    vi.advanceTimersByTime(600);
    const fromA = backing.getItem('stack-sandbox:design:shared');
    b.s().setLabel(asBlockId('app-y'), 'From B'); // B edits before it heard about A's save
    vi.advanceTimersByTime(600);
    expect(b.save()).toEqual({ state: 'conflict' });
    expect(backing.getItem('stack-sandbox:design:shared')).toBe(fromA);
    resolveConflict(b.documents, 'mine');
    expect(b.s().documentId).toBe('d1');
    expect(backing.getItem('stack-sandbox:design:shared')).toBe(fromA);
    const mine = b.documents.library.read('d1');
    expect(mine?.ok && mine.envelope.design.blocks.find((x) => x.id === 'app-y')?.label).toBe(
      'From B',
    );
  });
});

describe('My designs', () => {
  it('opening something new keeps the previous design; deleting can be undone', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template');
    const other: Design = { ...containers, name: 'Other' };
    openNew(t.documents, other, 'File');
    const names = t.documents.library.list().map((e) => e.ok && e.envelope.design.name);
    expect(names.sort()).toEqual(['Containers (Using Docker, figure 1.2)', 'Other']);
    // Delete the open design: a new one starts; undo brings it back and reopens it.
    const undo = removeDesign(t.documents, 'd3');
    expect(t.documents.library.read('d3')).toBeUndefined();
    expect(t.s().documentId).toBe('d4');
    undo();
    expect(t.documents.library.read('d3')?.ok).toBe(true);
    expect(t.s().documentId).toBe('d3');
    expect(t.s().design.name).toBe('Other');
  });

  it('renames and duplicates saved designs, open or not, without switching designs', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template'); // d2, saved
    openNew(t.documents, { ...containers, name: 'Open one' }, 'File'); // d3, open
    renameDesign(t.documents, 'd2', 'Exercise 2');
    renameDesign(t.documents, 'd3', 'Exercise 3');
    expect(t.s().design.name).toBe('Exercise 3');
    expect(duplicateDesign(t.documents, 'd2')).toBe(true);
    expect(t.s().documentId).toBe('d3');
    vi.advanceTimersByTime(600);
    const names = t.documents.library.list().map((e) => e.ok && e.envelope.design.name);
    expect(names.sort()).toEqual(['Exercise 2', 'Exercise 2 (copy)', 'Exercise 3']);
    // A renamed save is a newer revision: another tab holding the old one will not overwrite it.
    const d2 = t.documents.library.read('d2');
    expect(d2?.ok && d2.envelope.rev).toBe(2);
  });
});

describe('exercises and build-ups', () => {
  it('keeps a design’s exercise with it across a reload, read once its parser has loaded', async () => {
    const backing = new FakeStorage();
    const a = tab(backing, 'A');
    a.documents.restore();
    const { BUILT_IN_EXERCISES } = await import('@/engine/exercise/builtInExercises');
    openExercise(a.documents, BUILT_IN_EXERCISES[2]!);
    expect(a.s().exercise?.id).toBe('broken-stack');
    a.documents.stop();

    const b = tab(backing, 'B');
    b.documents.restore();
    expect(b.s().design.name).toBe('3. Find the four mistakes');
    await vi.waitFor(() => expect(b.s().exercise?.id).toBe('broken-stack'));
  });

  it('saves the whole design during a build-up, never the part on show', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template');
    t.s().rename('Before the show');
    t.s().present(
      { full: t.s().design, step: 0, steps: [{ depth: 0, adds: 'Hardware' }], depthOf: new Map() },
      { ...t.s().design, blocks: t.s().design.blocks.slice(0, 1) },
    );
    expect(t.s().design.blocks).toHaveLength(1);
    // Editing is refused while it is on show.
    expect(t.s().rename('During').ok).toBe(false);
    vi.advanceTimersByTime(600);
    t.documents.flush();
    const saved = t.documents.library.read(t.s().documentId);
    expect(saved?.ok && saved.envelope.design.blocks).toHaveLength(containers.blocks.length);
    t.s().present(undefined);
    expect(t.s().design.blocks).toHaveLength(containers.blocks.length);
    // The steps were not edits: one undo goes back before the rename, not through the show.
    t.s().undo();
    expect(t.s().design.name).toBe(containers.name);
  });
});
