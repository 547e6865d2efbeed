// UTF-8 (and UTF-16) through the platform's TextEncoder/TextDecoder, which Node and every browser
// provide. Declared here, as much of them as the engine uses, so the engine needs no DOM typings.
type Encoder = { encode(text: string): Uint8Array };
type Decoder = { decode(bytes: Uint8Array): string };
declare const TextEncoder: new () => Encoder;
declare const TextDecoder: new (label: string, options: { fatal: boolean }) => Decoder;

export function utf8Encode(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

/**
 * The text of a file's bytes, or `undefined` when they are not text (a picture, a zip…). UTF-8,
 * or UTF-16 when the file starts with its byte-order mark, as Notepad's "Unicode" files do.
 */
export function decodeText(bytes: Uint8Array): string | undefined {
  const encoding =
    bytes[0] === 0xff && bytes[1] === 0xfe
      ? 'utf-16le'
      : bytes[0] === 0xfe && bytes[1] === 0xff
        ? 'utf-16be'
        : 'utf-8';
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
