// UTF-8 through the platform's TextEncoder/TextDecoder, which Node and every browser provide.
// Reached through globalThis so the engine needs no DOM typings.
type Encoder = { encode(text: string): Uint8Array };
type Decoder = { decode(bytes: Uint8Array): string };
const platform = globalThis as unknown as {
  TextEncoder: new () => Encoder;
  TextDecoder: new (label: string, options: { fatal: boolean }) => Decoder;
};

export function utf8Encode(text: string): Uint8Array {
  return new platform.TextEncoder().encode(text);
}

/** The text of UTF-8 bytes, or `undefined` when they are not valid UTF-8 (an image, a zip…). */
export function utf8Decode(bytes: Uint8Array): string | undefined {
  try {
    return new platform.TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}
