import { LOAD_LIMITS, type ParseResult } from '@/engine';
import { loadDesign, tooLargeMessage } from '@/engine/load/loadDesign';

/** Offers text as a download (a design file, a backup, an unreadable save). */
export function downloadText(fileName: string, text: string, type = 'application/json') {
  downloadBlob(fileName, new Blob([text], { type }));
}

export function downloadBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Reads a file the student picked or dropped. Its size is checked before a single byte is read,
 * so a 100 MB file is refused at once instead of freezing the page.
 */
export async function readFileBytes(
  file: Blob,
): Promise<{ ok: true; bytes: Uint8Array } | Extract<ParseResult, { ok: false }>> {
  if (file.size > LOAD_LIMITS.maxFileBytes) {
    return { ok: false, error: { code: 'too-large', message: tooLargeMessage(file.size) } };
  }
  try {
    return { ok: true, bytes: new Uint8Array(await file.arrayBuffer()) };
  } catch {
    return { ok: false, error: { code: 'unreadable', message: 'This file could not be read.' } };
  }
}

/** Reads a design file through the one loader. */
export async function readDesignFile(file: Blob): Promise<ParseResult> {
  const read = await readFileBytes(file);
  return read.ok ? loadDesign(read.bytes, 'file') : read;
}

/** Opens the browser's file picker for one design file. */
export function pickFile(): Promise<File | undefined> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,application/json';
    input.addEventListener('change', () => resolve(input.files?.[0] ?? undefined), { once: true });
    input.addEventListener('cancel', () => resolve(undefined), { once: true });
    input.click();
  });
}
