import { BUILT_IN_EXERCISES } from '@/engine/exercise/builtInExercises';
import { asBlockId as id, asVariantId as v } from '@/engine';
import { TEMPLATES } from '@/engine/templates';
import { describe, expect, it } from 'vitest';
import { createSandbox } from './sandboxStore';

const containers = TEMPLATES.find((t) => t.id === 'containers')!.design;

describe('the sandbox store', () => {
  it('adds a block onto the selected host and selects it', () => {
    const { store } = createSandbox();
    const s = () => store.getState();
    s().addVariant('hardware', v('x86-server'), {});
    const hw = s().selection[0]!;
    const out = s().addVariant('os', v('ubuntu'), { on: hw });
    expect(out.ok).toBe(true);
    expect(s().design.blocks.map((b) => [b.id, b.on])).toEqual([
      ['x86-server', undefined],
      ['ubuntu', 'x86-server'],
    ]);
    expect(s().selection).toEqual(['ubuntu']);
    expect(s().announcement.text).toMatch(/Added Ubuntu Server onto x86 server\. No problems\./);
  });

  it('adds a multi-arch OS as it is: it takes the arm64 build of the machine it lands on', () => {
    const { store, reports } = createSandbox();
    store.getState().addVariant('hardware', v('arm-server'), {});
    store.getState().addVariant('os', v('ubuntu'), { on: id('arm-server') });
    const os = store.getState().design.blocks[1]!;
    expect(os.props).toBeUndefined();
    const facts = reports.get(store.getState().design).blocks.get(os.id);
    expect(facts).toMatchObject({ role: 'host-os', build: 'arm64', runs: true });
  });

  it('refuses an illegal edit in Guided mode, says why, and changes nothing', () => {
    const { store, history } = createSandbox(containers);
    store.getState().setMode('guided');
    const before = store.getState().design;
    const out = store.getState().addVariant('hypervisor', v('esxi'), { on: id('host') });
    expect(out.ok).toBe(false);
    expect(!out.ok && out.problems[0]?.rule).toBe('type1-on-bare-metal');
    expect(store.getState().design).toBe(before);
    expect(store.getState().refusal?.problems[0]?.rule).toBe('type1-on-bare-metal');
    expect(store.getState().announcement).toMatchObject({ urgent: true });
    expect(history.getState().pastStates).toHaveLength(0);
  });

  it('lets Free mode build the same illegal stack, flagged', () => {
    const { store, reports } = createSandbox(containers);
    expect(store.getState().addVariant('hypervisor', v('esxi'), { on: id('host') }).ok).toBe(true);
    expect(reports.get(store.getState().design).totals.errors).toBe(1);
    expect(store.getState().announcement.text).toMatch(/New error: .*type 1/);
  });

  it('makes every edit one undo step, and selection none', () => {
    const { store, history } = createSandbox(containers);
    const s = () => store.getState();
    s().select([id('app-z')]);
    s().rehost(id('app-z'), id('libs-x'));
    s().setLabel(id('app-z'), 'Zed');
    expect(history.getState().pastStates).toHaveLength(2);
    s().undo();
    expect(s().design.blocks.find((b) => b.id === 'app-z')?.label).toBe('App Z');
    s().undo();
    expect(s().design).toBe(containers);
    s().redo();
    expect(s().design.blocks.find((b) => b.id === 'app-z')?.on).toBe('libs-x');
  });

  it('does not re-evaluate when a stack only moves', () => {
    const { store, reports } = createSandbox(containers);
    const first = reports.get(store.getState().design);
    const runs = reports.evaluations;
    store.getState().moveStacks([{ id: id('hw'), at: { x: 400, y: 120 } }]);
    expect(reports.get(store.getState().design)).toBe(first);
    expect(reports.evaluations).toBe(runs);
  });

  it('shows the savings the moment App Z lands on App Y’s libraries', () => {
    const { store, reports } = createSandbox(containers);
    store.getState().rehost(id('app-z'), id('libs-x'));
    expect(reports.get(store.getState().design).sharing.layers.map((l) => l.firstAppIds)).toEqual([
      ['app-x', 'app-z'],
    ]);
    store.getState().rehost(id('app-z'), id('libs-yz'));
    expect(reports.get(store.getState().design).sharing.memory.savedMiB).toBe(15);
  });

  it('deletes with or without what sits on a block, and prunes the selection', () => {
    const { store } = createSandbox(containers);
    store.getState().select([id('docker'), id('app-x')]);
    store.getState().remove([id('docker')], 'stack');
    expect(store.getState().design.blocks.map((b) => b.id)).toEqual(['hw', 'host']);
    expect(store.getState().selection).toEqual([]);
  });

  it('copies and pastes a stack onto the selected block', () => {
    const { store } = createSandbox(containers);
    store.getState().select([id('libs-yz')]);
    store.getState().copySelection(true);
    store.getState().select([id('docker')]);
    store.getState().paste();
    const pasted = store.getState().design.blocks.slice(containers.blocks.length);
    expect(pasted.map((b) => [b.variant, b.on])).toEqual([
      ['debian-slim', 'docker'],
      ['web-app', 'debian-slim'],
      ['web-app', 'debian-slim'],
    ]);
  });
});

describe('documents', () => {
  it('opening another design starts a fresh undo history', () => {
    const { store, history } = createSandbox(containers);
    store.getState().setLabel(id('app-z'), 'Zed');
    expect(history.getState().pastStates).toHaveLength(1);
    store.getState().openDocument(TEMPLATES[0]!.design, { id: 'doc-2', what: 'Opened' });
    expect(store.getState().documentId).toBe('doc-2');
    expect(history.getState().pastStates).toHaveLength(0);
    expect(store.getState().announcement.text).toMatch(/^Opened\. No problems\./);
  });

  it('refuses every edit of a view-only design, and says why', () => {
    const { store } = createSandbox();
    store
      .getState()
      .openDocument(containers, { id: 'shared', readOnly: true, what: 'Opened a view-only link' });
    const out = store.getState().rehost(id('app-z'), id('libs-x'));
    expect(out).toMatchObject({ ok: false, readOnly: true });
    expect(store.getState().design).toBe(containers);
    expect(store.getState().announcement.urgent).toBe(true);
    expect(store.getState().announcement.text).toMatch(/view only/);
  });

  it('refuses every edit, undo and redo while the design is locked (a paused live class)', () => {
    const { store, history } = createSandbox(containers);
    store.getState().setLabel(id('app-z'), 'Zed');
    const edited = store.getState().design;
    store.getState().setLocked('Eyes on the teacher.');
    expect(store.getState().rehost(id('app-z'), id('libs-x'))).toMatchObject({ ok: false });
    store.getState().undo();
    expect(store.getState().design).toBe(edited);
    expect(history.getState().pastStates).toHaveLength(1);
    expect(store.getState().announcement).toMatchObject({
      urgent: true,
      text: 'Eyes on the teacher.',
    });
    store.getState().setLocked(undefined);
    store.getState().undo();
    expect(store.getState().design).toBe(containers);
  });

  it('keeps Guided mode while the open exercise locks it, and says why', () => {
    const { store } = createSandbox();
    const exercise = { ...BUILT_IN_EXERCISES[0]!, mode: 'guided', lockMode: true } as const;
    store.getState().openDocument(exercise.start, { id: 'ex', what: 'Started', exercise });
    store.getState().setMode('guided');
    store.getState().setMode('free');
    expect(store.getState().mode).toBe('guided');
    expect(store.getState().announcement).toMatchObject({ urgent: true, text: /locked/ });
    // Another design, without the exercise: the student chooses again.
    store.getState().openDocument(containers, { id: 'd', what: 'Opened' });
    store.getState().setMode('free');
    expect(store.getState().mode).toBe('free');
  });
});
