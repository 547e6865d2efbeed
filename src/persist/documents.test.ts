import { asBlockId, asVariantId, serializeDesign, type Design } from '@/engine';
import { TEMPLATES } from '@/engine/templates';
import { createSandbox } from '@/store/sandboxStore';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { announceStorage, FakeStorage } from '../../tests/helpers/fakeStorage';
import { createDocuments } from './documents';
import { duplicateDesign, listDesigns, removeDesign, renameDesign } from './libraryActions';
import { safeStorage } from './safeStorage';
import type { Notice } from './saveStatus';
import { openExercise, openNew, openSaved, resolveConflict } from './opening';

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

/** The latest notice, once it has been told (rare ones load their words on demand). */
async function told(documents: {
  status: { store: { getState(): { notices: readonly Notice[] } } };
}) {
  await vi.waitFor(() => expect(documents.status.store.getState().notices).not.toEqual([]));
  return documents.status.store.getState().notices.at(-1)!;
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
    t.s().addVariant('hardware', asVariantId('x86-server'), {});
    t.s().addVariant('os', asVariantId('ubuntu'), { on: asBlockId('x86-server') });
    t.s().setLabel(asBlockId('ubuntu'), 'Host');
    expect(t.save()).toEqual({ state: 'saving' });
    const writes = () =>
      spy.mock.calls.filter(([k]) => k.startsWith('stack-sandbox:design:')).length;
    expect(writes()).toBe(0);
    vi.advanceTimersByTime(600);
    expect(writes()).toBe(1);
    expect(t.save()).toMatchObject({ state: 'saved' });
  });

  it('an edit undone before it was saved leaves the design saved, not "Saving…" for ever', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    t.s().addVariant('hardware', asVariantId('x86-server'), {});
    vi.advanceTimersByTime(600);
    const saved = t.save();
    expect(saved).toMatchObject({ state: 'saved' });
    // A quick student: delete, then Ctrl+Z within the half second before the save.
    t.s().remove([asBlockId('x86-server')], 'stack');
    expect(t.save()).toEqual({ state: 'saving' });
    t.s().undo();
    vi.advanceTimersByTime(600);
    // Storage already holds this very design: nothing to write, and the status says so.
    expect(t.save()).toEqual(saved);
  });

  it('reopens the last design after a reload, and flushes at once when the tab is closed', () => {
    const backing = new FakeStorage();
    const a = tab(backing, 'A');
    a.documents.restore();
    a.s().addVariant('hardware', asVariantId('laptop'), {});
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

  it('saves a label with a tab in it, and every later change too', () => {
    // A tab pasted from a spreadsheet once made every save fail, for good, without a word.
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template');
    t.s().setLabel(asBlockId('app-x'), 'Rack\t7');
    vi.advanceTimersByTime(600);
    expect(t.save()).toMatchObject({ state: 'saved' });
    const saved = t.documents.library.read('d2');
    expect(saved?.ok && saved.envelope.design.blocks.find((b) => b.id === 'app-x')?.label).toBe(
      'Rack 7',
    );
  });

  it('saves even a design the edits did not clean (a bug), as the loader repairs it', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template');
    // Fault injection: a value no edit can make any more.
    t.sandbox.store.setState({ design: { ...t.s().design, name: 'Lab\t2' } });
    vi.advanceTimersByTime(600);
    expect(t.save()).toMatchObject({ state: 'saved' });
    const first = t.documents.library.read('d2');
    expect(first?.ok && first.envelope.design.name).toBe('Lab 2');
    // …and it never stops the saves that follow.
    t.s().rename('Lab 3');
    vi.advanceTimersByTime(600);
    const saved = t.documents.library.read('d2');
    expect(saved?.ok && saved.envelope.design.name).toBe('Lab 3');
  });

  it('runs without storage at all, and tells the student to save files', async () => {
    const t = tab(undefined as unknown as Storage, 'A');
    const docs = createDocuments(t.sandbox, {
      storage: safeStorage(() => {
        throw new DOMException('denied', 'SecurityError');
      }),
    });
    stops.push(docs.stop);
    docs.restore();
    expect(docs.status.store.getState().save).toEqual({ state: 'failed', failure: 'unavailable' });
    expect((await told(docs)).message).toMatch(/save it as a file/);
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
  ])('keeps a %s save untouched, reports it, and starts a new design', async (_, raw, message) => {
    const backing = new FakeStorage();
    backing.setItem('stack-sandbox:design:old', raw);
    backing.setItem('stack-sandbox:current', 'old');
    const t = tab(backing, 'A');
    t.documents.restore();
    const notice = await told(t.documents);
    expect(notice?.message).toMatch(message);
    expect(notice?.download?.text).toBe(raw);
    t.s().addVariant('hardware', asVariantId('laptop'), {});
    vi.advanceTimersByTime(600);
    expect(backing.getItem('stack-sandbox:design:old')).toBe(raw);
    expect(t.s().documentId).toBe('d1');
    expect(listDesigns(t.documents.library).map((e) => [e.id, e.ok])).toEqual([
      ['d1', true],
      ['old', false],
    ]);
  });
});

describe('a saved design that is only partly damaged', () => {
  /** The containers figure as saved, with one block no version of Stack Sandbox knows. */
  function damaged(backing: FakeStorage) {
    const design = JSON.parse(serializeDesign(containers)) as { blocks: object[] };
    design.blocks.push({ id: 'toaster', kind: 'toaster', variant: 'x' });
    const raw = JSON.stringify({
      app: 'stack-sandbox',
      envelopeVersion: 1,
      id: 'old',
      rev: 4,
      savedAt: 1,
      writer: 'x',
      design,
    });
    backing.setItem('stack-sandbox:design:old', raw);
    backing.setItem('stack-sandbox:current', 'old');
    return raw;
  }

  it('opens repaired, says what was repaired, and keeps the original untouched', async () => {
    const backing = new FakeStorage();
    const raw = damaged(backing);
    const t = tab(backing, 'A');
    t.documents.restore();
    expect(t.s().design.blocks).toHaveLength(containers.blocks.length);
    const notice = await told(t.documents);
    expect(notice?.message).toMatch(/was damaged; it was repaired to open: .*unknown kind/);
    expect(notice?.message).toMatch(/The original is kept untouched in My designs/);
    expect(notice?.download?.text).toBe(raw);
    // A reload before any edit shows the same: nothing was written.
    expect(backing.getItem('stack-sandbox:design:old')).toBe(raw);
    // The first edit is saved as a design of its own; the original stays as it was.
    t.s().rename('Mended');
    vi.advanceTimersByTime(600);
    expect(t.save()).toMatchObject({ state: 'saved' });
    expect(backing.getItem('stack-sandbox:design:old')).toBe(raw);
    expect(t.documents.library.read('d1')).toMatchObject({ ok: true, repairs: [] });
  });

  it('opens the same way from My designs, and is never written over by a rename there', async () => {
    const backing = new FakeStorage();
    const raw = damaged(backing);
    backing.removeItem('stack-sandbox:current');
    const t = tab(backing, 'A');
    t.documents.restore();
    renameDesign(t.documents, 'old', 'Renamed');
    expect(backing.getItem('stack-sandbox:design:old')).toBe(raw);
    expect(openSaved(t.documents, 'old')).toBe(true);
    expect(t.s().documentId).not.toBe('old');
    expect((await told(t.documents)).download?.text).toBe(raw);
  });

  it('reads a stored version written as text ("1"): not "from a newer version"', () => {
    const backing = new FakeStorage();
    const design = JSON.parse(serializeDesign(containers)) as object;
    backing.setItem(
      'stack-sandbox:design:old',
      JSON.stringify({ app: 'stack-sandbox', envelopeVersion: '1', id: 'old', rev: 1, design }),
    );
    backing.setItem('stack-sandbox:current', 'old');
    const t = tab(backing, 'A');
    t.documents.restore();
    expect(t.s().documentId).toBe('old');
    expect(t.documents.status.store.getState().notices).toEqual([]);
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

  it('follows the other tab when it has nothing unsaved', async () => {
    const { backing, a, b } = twoTabs();
    expect(b.s().documentId).toBe('shared');
    a.s().setLabel(asBlockId('app-x'), 'From A');
    vi.advanceTimersByTime(600);
    announceStorage('stack-sandbox:design:shared', backing.getItem('stack-sandbox:design:shared'));
    await vi.waitFor(() =>
      expect(b.s().design.blocks.find((x) => x.id === 'app-x')?.label).toBe('From A'),
    );
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

describe('the tab in conflict never throws its work away', () => {
  /** A and B on "shared"; A saves a change; B, which had an edit of its own, is in conflict. */
  function conflict() {
    const backing = new FakeStorage();
    const a = tab(backing, 'A', ['first', 'shared']);
    a.documents.restore();
    openNew(a.documents, containers, 'Opened');
    const b = tab(backing, 'B', ['b1', 'b2', 'b3']);
    b.documents.restore();
    a.s().setLabel(asBlockId('app-x'), 'From A');
    vi.advanceTimersByTime(600);
    b.s().setLabel(asBlockId('app-y'), 'From B');
    vi.advanceTimersByTime(600);
    expect(b.save()).toEqual({ state: 'conflict' });
    /** B's version of App Y in the copy kept for it, if there is one. */
    const kept = () => {
      const copy = listDesigns(b.documents.library).find(
        (e) => e.ok && e.envelope.design.name.endsWith('(my version)'),
      );
      return copy?.ok
        ? copy.envelope.design.blocks.find((x) => x.id === 'app-y')?.label
        : undefined;
    };
    return { backing, a, b, kept };
  }

  it('opening a template keeps B’s version as a copy, and says so truthfully', () => {
    const { b, kept } = conflict();
    openNew(b.documents, TEMPLATES[0]!.design, 'Opened the template');
    expect(kept()).toBe('From B');
    const messages = b.documents.status.store.getState().notices.map((n) => n.message);
    expect(messages.join('\n')).not.toMatch(/Your previous design is in My designs/);
    expect(messages.join('\n')).toMatch(/kept in My designs as “\u2068.* \(my version\)\u2069”/);
  });

  it('opening one from My designs does the same', () => {
    const { backing, b, kept } = conflict();
    const shared = JSON.parse(backing.getItem('stack-sandbox:design:shared')!) as object;
    const other = { ...shared, id: 'other' };
    backing.setItem('stack-sandbox:design:other', JSON.stringify(other));
    expect(openSaved(b.documents, 'other')).toBe(true);
    expect(kept()).toBe('From B');
  });

  it('closing or reloading B keeps its version, and B reopens on it', () => {
    const { backing, kept } = conflict();
    // The page asks first…
    const ask = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(ask);
    expect(ask.defaultPrevented).toBe(true);
    // …and if the student leaves anyway, nothing goes with the page.
    window.dispatchEvent(new Event('pagehide'));
    expect(kept()).toBe('From B');
    stops.forEach((stop) => stop());
    stops = [];
    const again = tab(backing, 'B2');
    again.documents.restore();
    expect(again.s().design.blocks.find((x) => x.id === 'app-y')?.label).toBe('From B');
  });

  it('asks before leaving only while something is unsaved', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    t.s().addVariant('hardware', asVariantId('laptop'), {});
    const ask = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(ask);
    // The edit was saved as the page went: nothing to ask about.
    expect(ask.defaultPrevented).toBe(false);
  });

  it('with storage refusing everything, offers the previous design as a file', () => {
    const t = tab(new FakeStorage(0), 'A');
    t.documents.restore();
    t.s().addVariant('hardware', asVariantId('laptop'), {});
    openNew(t.documents, containers, 'Opened the template');
    const notices = t.documents.status.store.getState().notices;
    expect(notices.map((n) => n.message).join('\n')).not.toMatch(/is in My designs/);
    const lost = notices.find((n) => n.download);
    expect(lost?.message).toMatch(/could not be kept in this browser/);
    expect(lost?.download?.text).toMatch(/"variant":"laptop"/);
  });

  it('never writes over a stored copy that became unreadable, and keeps the work apart', () => {
    const backing = new FakeStorage();
    const t = tab(backing, 'A');
    t.documents.restore();
    openNew(t.documents, containers, 'Template'); // d2
    // A tab of a newer version saved it in a format this one cannot read.
    const newer = JSON.stringify({ app: 'stack-sandbox', envelopeVersion: 9, id: 'd2' });
    backing.setItem('stack-sandbox:design:d2', newer);
    t.s().rename('Still mine');
    vi.advanceTimersByTime(600);
    expect(t.save()).toEqual({ state: 'failed', failure: 'protected' });
    expect(backing.getItem('stack-sandbox:design:d2')).toBe(newer);
    openNew(t.documents, TEMPLATES[0]!.design, 'Opened the template');
    expect(backing.getItem('stack-sandbox:design:d2')).toBe(newer);
    const names = listDesigns(t.documents.library).map((e) => e.ok && e.envelope.design.name);
    expect(names).toContain('Still mine (my version)');
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
    const names = listDesigns(t.documents.library).map((e) => e.ok && e.envelope.design.name);
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
    const names = listDesigns(t.documents.library).map((e) => e.ok && e.envelope.design.name);
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
