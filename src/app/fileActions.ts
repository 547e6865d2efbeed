// The File menu's actions and file drops, loaded on first use (they are not needed to start).
import { EMPTY_TEMPLATE, type ParseResult } from '@/engine';
import { isolate } from '@/engine/parse/isolate';
import { loadDesign } from '@/engine/load/loadDesign';
import { parseExercise } from '@/engine/exercise/parseExercise';
import type { Documents } from '@/persist/documents';
import type { Sandbox } from '@/store/sandboxStore';
import { describeRepairs } from '@/persist/notices';
import { openSharedLink } from './openSharedLink';
import { downloadText, pickFile, readFileBytes } from '@/persist/files';
import { openExercise, openNew } from '@/persist/opening';

/**
 * Opens what the loader read as a design of its own: the one that was open stays in My designs.
 * What was repaired, or why nothing opened, is reported.
 */
function openRead(documents: Documents, read: ParseResult, from: string) {
  if (!read.ok) {
    documents.status.notify({
      tone: 'error',
      message: `Could not open ${from}: ${read.error.message}`,
    });
    return;
  }
  openNew(documents, read.design, `Opened “${isolate(read.design.name)}” from ${from}`);
  if (read.warnings.length > 0) {
    documents.status.notify({
      tone: 'warning',
      message: `Some of ${from} had to be repaired: ${describeRepairs(read.warnings)}`,
    });
  }
}

/** A design or exercise file, from the picker or dropped on the page. */
export async function openDesignFile(documents: Documents, file: File) {
  const read = await readFileBytes(file);
  // A file's name is the student's text too: isolated, so a right-to-left name stays in place.
  const from = `the file ${isolate(file.name)}`;
  if (!read.ok) return openRead(documents, read, from);
  openDesignOrExercise(documents, read.bytes, from);
}

/** Text or bytes that hold either an exercise or a design. */
function openDesignOrExercise(documents: Documents, input: Uint8Array | string, from: string) {
  const exercise = parseExercise(input);
  if (exercise.ok) return openExercise(documents, exercise.exercise, ` from ${from}`);
  if (exercise.error.code !== 'not-an-exercise' && exercise.error.code !== 'not-json')
    return documents.status.notify({
      tone: 'error',
      message: `Could not open the exercise in ${from}: ${exercise.error.message}`,
    });
  openRead(documents, loadDesign(input, input instanceof Uint8Array ? 'file' : 'paste'), from);
}

const LINK = /#[dve]\d+\.[A-Za-z0-9_-]+/;
const DESIGN_TEXT = /^\s*\{[\s\S]*"stack-sandbox/;

/**
 * Text pasted onto the page: a share link or a design's (or exercise's) text — copied from a
 * chat, an e-mail, a course page — opens like a link or a file would; anything else pastes the
 * blocks copied in the app.
 */
export function pasteText(documents: Documents, sandbox: Sandbox, text: string) {
  const link = LINK.exec(text);
  if (link) openSharedLink(link[0], documents, sandbox);
  else if (DESIGN_TEXT.test(text)) openDesignOrExercise(documents, text, 'the pasted text');
  else sandbox.store.getState().paste();
}

export async function pickAndOpenFile(documents: Documents) {
  const file = await pickFile();
  if (file) await openDesignFile(documents, file);
}

export function newEmptyDesign(documents: Documents) {
  openNew(documents, EMPTY_TEMPLATE.design, 'Started a new empty design', { save: false });
}

export function saveAsFile(documents: Documents, announce: (text: string) => void) {
  const { fileName, text } = documents.backup();
  downloadText(fileName, text);
  announce(`Downloaded ${fileName}.`);
}
