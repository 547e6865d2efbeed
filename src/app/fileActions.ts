// The File menu's actions and file drops, loaded on first use (they are not needed to start).
import { EMPTY_TEMPLATE, loadDesign, type ParseResult } from '@/engine';
import type { Documents } from '@/persist/documents';
import { downloadText, pickFile, readDesignFile } from '@/persist/files';

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
  documents.openNew(
    read.design,
    `Opened “${read.design.name}” from ${from}. Your previous design is in My designs`,
  );
  if (read.warnings.length > 0) {
    const shown = read.warnings
      .slice(0, 3)
      .map((w) => w.message)
      .join(' ');
    const more = read.warnings.length > 3 ? ` (and ${read.warnings.length - 3} more)` : '';
    documents.status.notify({
      tone: 'warning',
      message: `Some of ${from} had to be repaired: ${shown}${more}`,
    });
  }
}

/** A design file, from the picker or dropped on the page. */
export async function openDesignFile(documents: Documents, file: File) {
  openRead(documents, await readDesignFile(file), `the file ${file.name}`);
}

/** Design text pasted onto the page (copied from a chat, an e-mail, a course page). */
export function openPastedDesign(documents: Documents, text: string) {
  openRead(documents, loadDesign(text, 'paste'), 'the pasted text');
}

export async function pickAndOpenFile(documents: Documents) {
  const file = await pickFile();
  if (file) await openDesignFile(documents, file);
}

export function newEmptyDesign(documents: Documents) {
  documents.openNew(
    EMPTY_TEMPLATE.design,
    'Started a new empty design. Your previous design is in My designs',
    { save: false },
  );
}

export function saveAsFile(documents: Documents, announce: (text: string) => void) {
  const { fileName, text } = documents.backup();
  downloadText(fileName, text);
  announce(`Downloaded ${fileName}.`);
}
