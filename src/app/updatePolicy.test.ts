import { asVariantId } from '@/engine';
import { createDocuments } from '@/persist/documents';
import { safeStorage } from '@/persist/safeStorage';
import { createSandbox } from '@/store/sandboxStore';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FakeStorage } from '../../tests/helpers/fakeStorage';
import { advertiseUnsavedWork, UNSAVED_LOCK, updatePolicy } from './updatePolicy';

/** The browser's lock manager, as far as tabs of one origin share it. */
class FakeLocks {
  held: { name: string; mode: LockMode }[] = [];
  async request(name: string, options: LockOptions, callback: () => unknown) {
    const lock = { name, mode: options.mode ?? 'exclusive' };
    this.held.push(lock);
    try {
      return await callback();
    } finally {
      this.held.splice(this.held.indexOf(lock), 1);
    }
  }
  query() {
    return Promise.resolve({ held: this.held.map((l) => ({ ...l, clientId: 'x' })), pending: [] });
  }
}
const asLocks = (l: FakeLocks) => l as unknown as LockManager;

let stops: (() => void)[] = [];
afterEach(() => {
  stops.forEach((stop) => stop());
  stops = [];
});

/** A tab: `quota` 0 makes every save fail, so its work stays unsaved. */
function tab(locks: FakeLocks, quota = Infinity) {
  const documents = createDocuments(createSandbox(), {
    storage: safeStorage(() => new FakeStorage(quota)),
  });
  documents.restore();
  stops.push(documents.stop, advertiseUnsavedWork(documents, asLocks(locks)));
  const edit = () =>
    documents.sandbox.store.getState().addVariant('hardware', asVariantId('laptop'), {});
  return { documents, edit, notices: () => documents.status.store.getState().notices };
}

function policy(t: ReturnType<typeof tab>, locks: FakeLocks | undefined, waitingAtStart: boolean) {
  const apply = vi.fn();
  const reload = vi.fn();
  const hooks = {
    apply,
    reload,
    waitingAtStart: Promise.resolve(waitingAtStart),
    locks: locks && asLocks(locks),
  };
  return { apply, reload, ...updatePolicy(t.documents, hooks) };
}

describe('a new version waiting', () => {
  it('starts on a reload when no tab has unsaved work', async () => {
    const locks = new FakeLocks();
    const p = policy(tab(locks), locks, true);
    await p.onNeedRefresh();
    expect(p.apply).toHaveBeenCalledOnce();
  });

  it('waits, and says exactly what to do, while another tab has unsaved work', async () => {
    const locks = new FakeLocks();
    const other = tab(locks, 0);
    other.edit(); // its save fails: the work is only in that tab
    await vi.waitFor(() => expect(locks.held.map((l) => l.name)).toEqual([UNSAVED_LOCK]));
    const here = tab(locks);
    const p = policy(here, locks, true);
    await p.onNeedRefresh();
    expect(p.apply).not.toHaveBeenCalled();
    const notice = here.notices().at(-1)!;
    expect(notice.message).toMatch(/Another Stack Sandbox tab .* has changes not saved yet/);
    expect(notice.message).toMatch(/then reload this page to start the new version/);
    notice.action!.run();
    expect(p.apply).toHaveBeenCalledOnce();
  });

  it('never swaps in mid-lesson: one that arrives while the page is open waits for a reload', async () => {
    const locks = new FakeLocks();
    const here = tab(locks);
    const p = policy(here, locks, false);
    await p.onNeedRefresh();
    expect(p.apply).not.toHaveBeenCalled();
    expect(here.notices().at(-1)?.message).toMatch(/reload this page when it suits you/);
  });

  it('is careful when the browser cannot tell which tabs have unsaved work', async () => {
    const here = tab(new FakeLocks());
    const p = policy(here, undefined, true);
    await p.onNeedRefresh();
    expect(p.apply).not.toHaveBeenCalled();
  });

  it('reloads the tab that started it; any other tab is told, never reloaded under the student', () => {
    const locks = new FakeLocks();
    const starter = policy(tab(locks), locks, false);
    const other = tab(locks);
    const bystander = policy(other, locks, false);
    void starter.onNeedRefresh();
    starter.onNeedReload(); // not asked for yet
    expect(starter.reload).not.toHaveBeenCalled();
    bystander.onNeedReload();
    expect(bystander.reload).not.toHaveBeenCalled();
    expect(other.notices().at(-1)?.message).toMatch(/updated in another tab/);
  });
});

describe('advertiseUnsavedWork', () => {
  it('holds the lock only while the tab has unsaved work', async () => {
    const locks = new FakeLocks();
    const t = tab(locks);
    expect(locks.held).toEqual([]);
    t.edit(); // saved half a second later
    await vi.waitFor(() => expect(locks.held).toHaveLength(1));
    t.documents.flush();
    await vi.waitFor(() => expect(locks.held).toEqual([]));
  });
});
