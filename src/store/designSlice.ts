import {
  addBlock,
  blocksToCopy,
  deleteBlocks,
  detachBlock,
  findVariant,
  freeSpot,
  insertCopies,
  introducedErrors,
  moveStack,
  rehostBlock,
  renameDesign,
  setFigure,
  setLabel,
  type BlockId,
  type Design,
} from '@/engine';
import type { StoreApi } from 'zustand';
import type { TemporalState } from 'zundo';
import { blockName, blockNameById } from './blockNames';
import { describeChange, problemCount } from './describeChange';
import { newBlockSpec } from './newBlockSpec';
import type { ReportCache } from './reportCache';
import type { DesignSlice, EditOutcome, SandboxState } from './types';

type Set = StoreApi<SandboxState>['setState'];
type Get = StoreApi<SandboxState>['getState'];
export type History = StoreApi<TemporalState<{ design: Design }>>;

const DONE: EditOutcome = { ok: true, ids: [] };

function pruneSelection(selection: readonly BlockId[], design: Design): readonly BlockId[] {
  if (selection.length === 0) return selection;
  const ids = new Set<string>(design.blocks.map((b) => b.id));
  const kept = selection.filter((id) => ids.has(id));
  return kept.length === selection.length ? selection : kept;
}

export function createDesignSlice(
  set: Set,
  get: Get,
  cache: ReportCache,
  history: () => History,
  initial: Design,
): DesignSlice {
  /**
   * The one way the design changes. Guided mode refuses an edit that would introduce an error;
   * otherwise the design is replaced (one undo step) and the change in validity is announced.
   */
  function commit(next: Design, what: string, select?: readonly BlockId[]): EditOutcome {
    const state = get();
    if (next === state.design) return DONE;
    if (state.locked) {
      get().announce(state.locked, true);
      return { ok: false, problems: [], readOnly: true };
    }
    if (state.readOnly) {
      get().announce('This design is view only. Make a copy to change it.', true);
      return { ok: false, problems: [], readOnly: true };
    }
    if (state.presentation) {
      get().announce('The build-up is on show: leave it (Escape) to change the design.', true);
      return { ok: false, problems: [], readOnly: true };
    }
    const before = cache.get(state.design);
    const after = cache.get(next);
    const introduced = introducedErrors(before, after);
    if (state.mode === 'guided' && introduced.length > 0) {
      set({ refusal: { problems: introduced, seq: (state.refusal?.seq ?? 0) + 1 } });
      get().announce(`Not allowed in Guided mode: ${introduced[0]?.message ?? ''}`, true);
      return { ok: false, problems: introduced };
    }
    set({
      design: next,
      selection: select ?? pruneSelection(state.selection, next),
      refusal: undefined,
    });
    get().announce(`${what}. ${describeChange(before, after, introduced)}`);
    return { ok: true, ids: select ?? [] };
  }

  const name = (id: BlockId) => blockNameById(get().design, id);

  function afterHistory(what: string) {
    const { design, selection } = get();
    set({ selection: pruneSelection(selection, design), refusal: undefined });
    get().announce(`${what}. ${problemCount(cache.get(design))}`);
  }

  return {
    design: initial,
    documentId: 'unsaved',
    readOnly: false,
    locked: undefined,
    setLocked(reason) {
      set({ locked: reason });
    },
    exercise: undefined,
    presentation: undefined,
    present(presentation, shown) {
      const before = get().presentation;
      if (presentation && shown) {
        // Steps of a build-up are not edits: the undo history waits until it ends.
        if (!before) history().getState().pause();
        set({ presentation, design: shown, selection: [] });
      } else if (before) {
        set({ presentation: undefined, design: before.full, selection: [] });
        history().getState().resume();
      }
    },
    setExercise(exercise) {
      set({ exercise });
    },
    openDocument(design, { id, readOnly = false, what, exercise }) {
      if (get().presentation) get().present(undefined);
      set({
        design,
        documentId: id,
        readOnly,
        exercise,
        selection: [],
        refusal: undefined,
        dialog: undefined,
      });
      history().getState().clear();
      get().announce(`${what}. ${problemCount(cache.get(design))}`);
    },
    addVariant(kind, variantId, where) {
      const design = get().design;
      const spec = newBlockSpec(design, kind, variantId, where);
      if (!spec) return DONE;
      const added = addBlock(design, spec);
      const label = findVariant(kind, variantId)?.label ?? variantId;
      const onto = where.on === undefined ? 'on its own' : `onto ${name(where.on)}`;
      return commit(added.design, `Added ${label} ${onto}`, [added.id]);
    },
    rehost(id, hostId) {
      const next = rehostBlock(get().design, id, hostId);
      if (!next) {
        get().announce(
          `${name(id)} cannot run on ${name(hostId)}: that is part of its own stack.`,
          true,
        );
        return DONE;
      }
      return commit(next, `Moved ${name(id)} onto ${name(hostId)}`, [id]);
    },
    detach(id, at) {
      const design = get().design;
      return commit(detachBlock(design, id, at ?? freeSpot(design)), `Detached ${name(id)}`, [id]);
    },
    moveStacks(moves) {
      const next = moves.reduce((d, m) => moveStack(d, m.id, m.at), get().design);
      const what = moves.length === 1 ? name(moves[0]!.id) : `${moves.length} stacks`;
      return commit(next, `Moved ${what}`, get().selection);
    },
    remove(ids, how) {
      if (ids.length === 0) return DONE;
      const what = ids.length === 1 ? name(ids[0] as BlockId) : `${ids.length} blocks`;
      const suffix = how === 'stack' ? ' with everything on it' : '';
      return commit(deleteBlocks(get().design, ids, how), `Deleted ${what}${suffix}`, []);
    },
    duplicate(ids, withStack) {
      const design = get().design;
      const copies = blocksToCopy(design, ids, withStack);
      const { design: next, ids: added } = insertCopies(design, copies, { at: freeSpot(design) });
      const tops = added.filter((_, i) => ids.includes(copies[i]?.id as BlockId));
      return commit(
        next,
        `Duplicated ${ids.length === 1 ? name(ids[0] as BlockId) : `${ids.length} blocks`}`,
        tops,
      );
    },
    paste() {
      const { clipboard, design, selection } = get();
      if (!clipboard || clipboard.length === 0) return DONE;
      const onto = selection.length === 1 ? selection[0] : undefined;
      const { design: next, ids } = insertCopies(design, clipboard, {
        at: freeSpot(design),
        ...(onto ? { onto } : {}),
      });
      const where = onto === undefined ? '' : ` onto ${name(onto)}`;
      return commit(
        next,
        `Pasted ${clipboard.length === 1 ? blockName(clipboard[0]!) : `${clipboard.length} blocks`}${where}`,
        ids,
      );
    },
    setLabel(id, label) {
      return commit(
        setLabel(get().design, id, label),
        `Renamed ${name(id)} to ${label || 'its default name'}`,
        [id],
      );
    },
    setFigure(id, key, value) {
      const what =
        value === undefined
          ? `Reset ${key} of ${name(id)}`
          : `Set ${key} of ${name(id)} to ${String(value)}`;
      return commit(setFigure(get().design, id, key, value), what, [id]);
    },
    rename(next) {
      return commit(renameDesign(get().design, next), `Design renamed to ${next}`, get().selection);
    },
    load(design, what) {
      return commit(design, what, []);
    },
    tidy(arrange) {
      return commit(arrange(get().design), 'Tidied every stack', get().selection);
    },
    undo() {
      if (get().locked) return get().announce(get().locked ?? '', true);
      if (history().getState().pastStates.length === 0) return get().announce('Nothing to undo.');
      history().getState().undo();
      afterHistory('Undone');
    },
    redo() {
      if (get().locked) return get().announce(get().locked ?? '', true);
      if (history().getState().futureStates.length === 0) return get().announce('Nothing to redo.');
      history().getState().redo();
      afterHistory('Redone');
    },
  };
}
