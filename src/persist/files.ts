import { LOAD_LIMITS, loadDesign, type ParseResult } from '@/engine';

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
 * Reads a design file. Its size is checked before a single byte is read, so a 100 MB file is
 * refused at once instead of freezing the page; then it goes through the one loader.
 */
export async function readDesignFile(file: Blob): Promise<ParseResult> {
  if (file.size > LOAD_LIMITS.maxFileBytes) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `This file is too large to be a design (${(file.size / 1e6).toFixed(0)} MB; the limit is ${LOAD_LIMITS.maxFileBytes / 1024 / 1024} MB).`,
      },
    };
  }
  try {
    return loadDesign(new Uint8Array(await file.arrayBuffer()), 'file');
  } catch {
    return { ok: false, error: { code: 'unreadable', message: 'This file could not be read.' } };
  }
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
