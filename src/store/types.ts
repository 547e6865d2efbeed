import type {
  Block,
  BlockId,
  BlockKind,
  Design,
  Diagnostic,
  Exercise,
  FiguresByKind,
  VariantId,
} from '@/engine';

export type Mode = 'free' | 'guided';
export type Theme = 'standard' | 'projector';
export type Position = { x: number; y: number };

/** What an edit did: done, or refused in Guided mode with the problems it would have caused. */
export type EditOutcome =
  | { ok: true; ids: readonly BlockId[] }
  | { ok: false; problems: readonly Diagnostic[]; readOnly?: true };

export type DesignSlice = {
  design: Design;
  /** Which saved design this is (its key in My designs). */
  documentId: string;
  /** A view-only share link: nothing can be changed until a copy is made. */
  readOnly: boolean;
  /** The exercise this design is the student's work on, if any (its goals are checked live). */
  exercise: Exercise | undefined;
  /** Attaches the open document's exercise once it has been read (it never changes after). */
  setExercise(exercise: Exercise): void;
  /** Switches to another design: a new document, so the undo history starts afresh. */
  openDocument(
    design: Design,
    options: { id: string; readOnly?: boolean; what: string; exercise?: Exercise },
  ): void;
  addVariant(
    kind: BlockKind,
    variant: VariantId,
    where: { on?: BlockId; at?: Position },
  ): EditOutcome;
  rehost(id: BlockId, hostId: BlockId): EditOutcome;
  /** Takes a block (and its stack) off its host; it stands alone at `at`, or in a free spot. */
  detach(id: BlockId, at?: Position): EditOutcome;
  moveStacks(moves: readonly { id: BlockId; at: Position }[]): EditOutcome;
  remove(ids: readonly BlockId[], how: 'stack' | 'lift'): EditOutcome;
  duplicate(ids: readonly BlockId[], withStack: boolean): EditOutcome;
  paste(): EditOutcome;
  setLabel(id: BlockId, label: string): EditOutcome;
  setFigure<K extends BlockKind>(
    id: BlockId,
    key: keyof FiguresByKind[K] & string,
    value: FiguresByKind[K][keyof FiguresByKind[K]] | undefined,
  ): EditOutcome;
  rename(name: string): EditOutcome;
  load(design: Design, what: string): EditOutcome;
  tidy(): EditOutcome;
  undo(): void;
  redo(): void;
};

export type UiSlice = {
  selection: readonly BlockId[];
  mode: Mode;
  theme: Theme;
  clipboard: readonly Block[] | undefined;
  /** The latest message for screen readers; `seq` changes even when the text repeats. */
  announcement: { text: string; urgent: boolean; seq: number };
  /** The latest edit Guided mode refused, shown until dismissed or replaced. */
  refusal: { problems: readonly Diagnostic[]; seq: number } | undefined;
  /** Asks the canvas to bring blocks into view (and focus the first one). */
  reveal: { ids: readonly BlockId[]; focus: boolean; seq: number } | undefined;
  dialog: DialogRequest | undefined;
  /** Asks the canvas for a picture of the design (it owns what is drawn). */
  exportRequest: { format: 'png' | 'svg'; seq: number } | undefined;
  requestExport(format: 'png' | 'svg'): void;
  select(ids: readonly BlockId[], options?: { reveal?: boolean; focus?: boolean }): void;
  openDialog(dialog: DialogRequest): void;
  closeDialog(): void;
  /** Deletes at once when nothing sits on the blocks; otherwise asks what to do with what does. */
  requestDelete(ids: readonly BlockId[]): void;
  toggleSelected(id: BlockId): void;
  selectAll(): void;
  copySelection(withStack: boolean): void;
  setMode(mode: Mode): void;
  setTheme(theme: Theme): void;
  announce(text: string, urgent?: boolean): void;
  dismissRefusal(): void;
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
  /** An instructor turns the current design into an exercise. */
  | { type: 'author-exercise' };

export type SandboxState = DesignSlice & UiSlice;
