// The File menu's actions and file drops, loaded on first use (they are not needed to start).
import { EMPTY_TEMPLATE } from '@/engine';
import type { Documents } from '@/persist/documents';
import { downloadText, pickFile, readDesignFile } from '@/persist/files';

/**
 * Opens a design file (from the picker or dropped on the page) as a design of its own: the one
 * that was open stays in My designs. What was repaired, or why nothing opened, is reported.
 */
export async function openDesignFile(documents: Documents, file: File) {
  const read = await readDesignFile(file);
  if (!read.ok) {
    documents.status.notify({
      tone: 'error',
      message: `“${file.name}” could not be opened: ${read.error.message}`,
    });
    return;
  }
  documents.openNew(
    read.design,
    `Opened “${read.design.name}” from the file ${file.name}. Your previous design is in My designs`,
  );
  if (read.warnings.length > 0) {
    const shown = read.warnings
      .slice(0, 3)
      .map((w) => w.message)
      .join(' ');
    const more = read.warnings.length > 3 ? ` (and ${read.warnings.length - 3} more)` : '';
    documents.status.notify({
      tone: 'warning',
      message: `Some of “${file.name}” had to be repaired: ${shown}${more}`,
    });
  }
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
