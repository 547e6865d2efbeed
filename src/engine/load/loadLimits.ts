/**
 * Limits checked before any untrusted input is parsed: a file, a link, an autosave or a paste.
 * Anything larger is refused with a clear message instead of freezing a student's browser.
 */
export const LOAD_LIMITS = {
  /** A design file: 1,000 blocks with the longest labels need well under 1 MB. */
  maxFileBytes: 5 * 1024 * 1024,
  /** Nesting of arrays and objects in JSON text: a design needs 4. */
  maxDepth: 64,
  /** Characters of a share link's fragment we are willing to read. */
  maxLinkChars: 200_000,
  /** What a share link may decompress to (a "zip bomb" stops here). */
  maxInflatedBytes: 4 * 1024 * 1024,
} as const;

/** How far a share link travels, by its length in characters. */
export const LINK_TIERS = [
  { upTo: 2000, tier: 'chat', says: 'short enough for any chat or e-mail' },
  { upTo: 2953, tier: 'qr', says: 'still fits in a QR code' },
  { upTo: 8000, tier: 'most', says: 'works in most browsers and chats, but is long' },
  { upTo: 32000, tier: 'long', says: 'very long: some chats will cut it — a file is safer' },
] as const;

export type LinkTier = (typeof LINK_TIERS)[number]['tier'];
