/**
 * The Stack Sandbox engine: pure TypeScript, no UI. Everything a view, the grader or a test needs
 * is exported here; nothing else in `src/engine` is public.
 *
 * @example
 * import { parseDesign, evaluate } from '@/engine';
 * const read = parseDesign(text);
 * if (read.ok) console.log(evaluate(read.design).sharing.memory.savedPct);
 */

// The model
export type { BlockId, VariantId } from './ids';
export { asBlockId, asVariantId } from './ids';
export type { BlockKind } from './kinds';
export { BLOCK_KINDS, KIND_LABELS, isBlockKind } from './kinds';
export type {
  AppFigures,
  Arch,
  BuildArch,
  ControlDomain,
  EngineFigures,
  FigureKey,
  Figures,
  FiguresByKind,
  HardwareFigures,
  HypervisorFigures,
  HypervisorType,
  Libc,
  LibraryFigures,
  OsFamily,
  OsFigures,
} from './figures';
export type { AnyFigureSpec, FigureInput, FigureSpec, FigureUnit } from './figureSpecs';
/** How each figure of each kind is validated, edited and shown. */
export { FIGURE_LIMITS, FIGURE_SPECS } from './figureSpecs';
export type { Block, BlockOf, Design } from './design';
export { DESIGN_FORMAT, DESIGN_VERSION } from './design';

// The catalog. Each variant's description for students lives in './catalog/descriptions', and
// the starting-point designs in './templates': both are imported directly where needed, so the
// app can load them on demand.
export type { Variant, VariantOf } from './catalog/types';
export { CATALOG, defaultVariant, findVariant } from './catalog';

// Reading and writing designs
export type {
  ParseError,
  ParseErrorCode,
  ParseResult,
  ParseWarning,
  ParseWarningCode,
} from './parse/types';
export { parseDesign } from './parse/parseDesign';
export { openFormat, readVersion } from './read/openFormat';
export type { FormatSpec, Migration, OpenCode } from './read/openFormat';
export { cleanText, cutText, plainText } from './parse/text';
export { serializeDesign } from './parse/serializeDesign';
export { DESIGN_LIMITS } from './parse/limits';

// Evaluating designs
export { evaluate } from './evaluate';
export type { BlockFacts, Report, Totals } from './report';
export type { Diagnostic, RuleFamily, Severity } from './rules/types';
export type { RuleId } from './rules/ruleIds';
export { RULE_IDS } from './rules/ruleIds';
/** Every rule with its family and source (their one-line titles: ./rules/ruleTitles, on demand). */
export { RULES } from './rules';
export type { AccountKind, AccountReport, Charge, ChargeReason } from './cost/accounts';
export type { AppReport, CopyKind, StartPart } from './cost/appCosts';
export type { IoHop, IoLayer } from './cost/ioPath';
export type { TranslatorId } from './graph/translation';
export { TRANSLATOR_NAMES } from './graph/translation';
export type { Gauge } from './cost/gauge';
export type { Savings, SharedLayer, SharingReport } from './cost/sharing';
export type { Role } from './graph/roles';
export { ROLE_LABELS } from './graph/roles';
export { EMULATION_PENALTY_PCT, NESTED_PENALTY_PCT } from './cost/penalties';

// Editing designs (pure: each returns a new design sharing untouched blocks)
export type { NewBlock } from './edit/designEdits';
export {
  addBlock,
  blocksToCopy,
  deleteBlocks,
  detachBlock,
  insertCopies,
  moveStack,
  rehostBlock,
  renameDesign,
  setFigure,
  setLabel,
} from './edit/designEdits';
export { freshBlockId, stackOf } from './edit/blockIds';
export { introducedErrors } from './edit/introducedErrors';
export { defaultsOnHost } from './edit/defaultsOnHost';
export { sameStructure } from './sameStructure';
export { shareReport } from './shareReport';

// Layout and templates
export type { BlockBox } from './layout/layoutStacks';
export { boundsOf, LAYOUT, layoutStacks } from './layout/layoutStacks';
export { freeSpot } from './layout/freeSpot';
// "Tidy" is imported from './layout/tidyStacks' where needed: the app loads it on demand.
export type { Template } from './templates/defineTemplate';
export { EMPTY_TEMPLATE } from './templates/emptyTemplate';

// Every way in and out of the app: one reader for every format (`openFormat`, above: size and
// nesting checked before parsing, then the format's tag, version and migrations) and the
// share-link codec. The codec pulls in compression: the app imports it on demand. So does the
// loader of files (`loadDesign`, from './load/loadDesign'): only opening a file needs it, and an
// export here would put it in the first download.
export type { LoadSource } from './load/loadDesign';
export { LINK_TIERS, LOAD_LIMITS, type LinkTier } from './load/loadLimits';
export type { DecodedLink, EncodedLink, LinkKind } from './link/shareLink';

// Numbers as students read them
export { countOf, formatCount, formatMiB, formatMs, formatPct } from './format';
export { FAMILY_NAMES } from './familyNames';
export { blockName } from './blockName';

// Exercises. Only their types are exported here: the goal checks, the built-in exercises, the
// exercise parser and the grader's tables live in './exercise/*' and are imported from there, so
// the app loads them on demand (an export here would put them in the first download).
export type { AppRole, ExerciseGoal, Goal, GoalType } from './exercise/goals';
export type { Exercise } from './exercise/exercise';
export type { ExerciseErrorCode, ExerciseResult } from './exercise/parseExercise';
export type { GoalResult } from './exercise/checkGoal';
export type { ExerciseProgress, GoalLine } from './exercise/checkExercise';
export type { GradedFile, GradeRow, MadeFor } from './exercise/grade';
