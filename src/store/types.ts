import type {
  Block,
  BlockId,
  BlockKind,
  Design,
  Diagnostic,
  Exercise,
  FigureInput,
  FigureKey,
  Role,
  RuleId,
  VariantId,
} from '@/engine';

export type Mode = 'free' | 'guided';
export type Theme = 'standard' | 'projector';
export type Position = { x: number; y: number };

/** What an edit did: done, or refused in Guided mode with the problems it would have caused. */
export type EditOutcome =
  | { ok: true; ids: readonly BlockId[] }
  | { ok: false; problems: readonly Diagnostic[]; readOnly?: true };

/** A build-up in progress: part of the design on show, layer by layer from the hardware. */
export type Presentation = {
  /** The whole design, untouched, while a part of it is shown. */
  readonly full: Design;
  readonly step: number;
  /** What each step adds ("Hardware", "Operating system, Hypervisor"…). */
  readonly steps: readonly { readonly depth: number; readonly adds: string }[];
  readonly depthOf: ReadonlyMap<BlockId, number>;
};

// Actions are function properties, not methods: zustand's actions are closures over `get` and
// `set`, never bound to `this`, so code may take one out of the state (`const { select } =
// store.getState()`), and the type says so (lint's unbound-method reads it).
export type DesignSlice = {
  design: Design;
  /** Which saved design this is (its key in My designs). */
  documentId: string;
  /** A view-only share link: nothing can be changed until a copy is made. */
  readOnly: boolean;
  /**
   * Why nothing can be changed right now, when something else holds the design still (a live
   * class paused by the teacher). Every edit, undo and redo is refused with this reason.
   */
  locked: string | undefined;
  setLocked: (reason: string | undefined) => void;
  /** The exercise this design is the student's work on, if any (its goals are checked live). */
  exercise: Exercise | undefined;
  /** A build-up on show (the design is then a part of `presentation.full`; nothing can be edited). */
  presentation: Presentation | undefined;
  /** Shows `shown` as a step of a build-up, or (with undefined) the whole design again. Not an edit. */
  present: (presentation: Presentation | undefined, shown?: Design) => void;
  /** Attaches the open document's exercise once it has been read (it never changes after). */
  setExercise: (exercise: Exercise) => void;
  /** Switches to another design: a new document, so the undo history starts afresh. */
  openDocument: (
    design: Design,
    options: { id: string; readOnly?: boolean; what: string; exercise?: Exercise | undefined },
  ) => void;
  addVariant: (
    kind: BlockKind,
    variant: VariantId,
    where: { on?: BlockId; at?: Position },
  ) => EditOutcome;
  rehost: (id: BlockId, hostId: BlockId) => EditOutcome;
  /** Takes a block (and its stack) off its host; it stands alone at `at`, or in a free spot. */
  detach: (id: BlockId, at?: Position) => EditOutcome;
  moveStacks: (moves: readonly { id: BlockId; at: Position }[]) => EditOutcome;
  remove: (ids: readonly BlockId[], how: 'stack' | 'lift') => EditOutcome;
  duplicate: (ids: readonly BlockId[], withStack: boolean) => EditOutcome;
  paste: () => EditOutcome;
  setLabel: (id: BlockId, label: string) => EditOutcome;
  /** Overrides a figure (`undefined` resets it); a value the block's kind cannot have changes nothing. */
  setFigure: (id: BlockId, key: FigureKey, value: FigureInput | undefined) => EditOutcome;
  rename: (name: string) => EditOutcome;
  load: (design: Design, what: string) => EditOutcome;
  /** Stands every stack side by side, as `arrange` (tidyStacks, loaded on demand) lays them out. */
  tidy: (arrange: (design: Design) => Design) => EditOutcome;
  undo: () => void;
  redo: () => void;
};

export type UiSlice = {
  selection: readonly BlockId[];
  mode: Mode;
  theme: Theme;
  /** For demos: the palette and Problems hidden, the canvas and costs large. */
  focusCanvas: boolean;
  setFocusCanvas: (on: boolean) => void;
  clipboard: readonly Block[] | undefined;
  /** The latest message for screen readers; `seq` changes even when the text repeats. */
  announcement: { text: string; urgent: boolean; seq: number };
  /** The latest edit Guided mode refused, shown until dismissed or replaced. */
  refusal: { problems: readonly Diagnostic[]; seq: number } | undefined;
  dialog: DialogRequest | undefined;
  select: (ids: readonly BlockId[], options?: { reveal?: boolean; focus?: boolean }) => void;
  openDialog: (dialog: DialogRequest) => void;
  closeDialog: () => void;
  /** Deletes at once when nothing sits on the blocks; otherwise asks what to do with what does. */
  requestDelete: (ids: readonly BlockId[]) => void;
  toggleSelected: (id: BlockId) => void;
  selectAll: () => void;
  copySelection: (withStack: boolean) => void;
  setMode: (mode: Mode) => void;
  setTheme: (theme: Theme) => void;
  announce: (text: string, urgent?: boolean) => void;
  dismissRefusal: () => void;
};

/** A dialog the UI should show; one at a time. */
export type DialogRequest =
  | { type: 'delete'; ids: readonly BlockId[] }
  | { type: 'move-onto'; id: BlockId }
  | { type: 'shortcuts' }
  | { type: 'my-designs' }
  | { type: 'share' }
  /** A share link was opened: ask before switching to the design it carries. */
  | { type: 'open-link'; design: Design; readOnly: boolean; exercise?: Exercise }
  /** An instructor turns the current design into an exercise, or edits `exercise`. */
  | { type: 'author-exercise'; exercise?: Exercise }
  /** A teacher exports, shares, prints or edits an exercise (a built-in, or the open one). */
  | { type: 'teacher-exercises'; id?: string }
  /** A student hands in their work on the open exercise (their name, then a file). */
  | { type: 'hand-in' }
  /** The same apps as VMs and as containers, side by side with their costs. */
  | { type: 'compare' }
  /** The lesson's words, opened at what a block's role or a rule is about. */
  | { type: 'glossary'; role?: Role; rule?: RuleId };

export type SandboxState = DesignSlice & UiSlice;
