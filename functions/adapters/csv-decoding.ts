/**
 * A CSV file's bytes as text, the same for the API import and `npm run import`: a byte order
 * mark says the encoding (and is dropped); else a declared charset (the Content-Type's
 * `charset=` parameter) is used as declared; else the bytes are UTF-8 when they are valid
 * UTF-8 and Windows-1252 otherwise, which French Excel writes for "CSV (séparateur:
 * point-virgule)".
 */

/** The charset names the import documents; any other label of the WHATWG Encoding standard also reads. */
export const documentedCharsets = ['utf-8', 'windows-1252', 'iso-8859-1'] as const;

/** A declared charset no decoder knows. */
export class UnknownCharsetError extends Error {
  override name = 'UnknownCharsetError';
  constructor(readonly charset: string) {
    super(`unknown charset "${charset}"`);
  }
}

/** Bytes that are not text in the charset they were declared in (invalid UTF-8 declared as utf-8). */
export class UndecodableBytesError extends Error {
  override name = 'UndecodableBytesError';
  constructor(readonly charset: string) {
    super(`the bytes are not valid ${charset}`);
  }
}

/** The `charset` parameter of a Content-Type value (`text/csv; charset="windows-1252"`), lower-cased. */
export function charsetOf(contentType: string | undefined): string | undefined {
  const match = /;\s*charset\s*=\s*("([^"]*)"|[^;\s]*)/i.exec(contentType ?? '');
  if (!match) return undefined;
  return (match[2] ?? match[1] ?? '').trim().toLowerCase();
}

function decoderFor(charset: string): TextDecoder {
  try {
    // `fatal`: a byte the charset cannot read refuses the file rather than becoming « � ».
    return new TextDecoder(charset, { fatal: true });
  } catch {
    throw new UnknownCharsetError(charset);
  }
}

const boms = [
  { bytes: [0xef, 0xbb, 0xbf], charset: 'utf-8' },
  { bytes: [0xff, 0xfe], charset: 'utf-16le' },
  { bytes: [0xfe, 0xff], charset: 'utf-16be' },
] as const;

/**
 * The bytes as text (see the module comment for the order). Throws UnknownCharsetError for a
 * declared charset no decoder knows (even when a BOM makes it unneeded, so the mistake shows) and
 * UndecodableBytesError for bytes the declared charset cannot read.
 */
export function decodeCsvBytes(bytes: Uint8Array, declared?: string): string {
  const declaredDecoder = declared === undefined ? undefined : decoderFor(declared);
  for (const bom of boms) {
    if (bom.bytes.every((b, i) => bytes[i] === b)) {
      return new TextDecoder(bom.charset).decode(bytes.subarray(bom.bytes.length));
    }
  }
  if (declaredDecoder) {
    try {
      return declaredDecoder.decode(bytes);
    } catch {
      throw new UndecodableBytesError(declared ?? declaredDecoder.encoding);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
