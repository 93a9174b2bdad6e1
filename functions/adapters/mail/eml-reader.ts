/**
 * Reads back the RFC 5322 / MIME messages the local outbox writes: unfolded headers with
 * RFC 2047 encoded words decoded, and the text/plain and text/html parts with their
 * transfer encoding (7bit, 8bit, quoted-printable, base64) undone. No mail parser is a
 * dependency, so this covers the shapes MailComposer produces, nested multiparts included.
 */
export interface ParsedEml {
  /** Header names lower-cased; a repeated header keeps its first value. */
  headers: Record<string, string>;
  text?: string | undefined;
  html?: string | undefined;
}

interface MimePart {
  headers: Record<string, string>;
  body: string;
}

function splitHeaderBlock(raw: string): MimePart {
  const normalised = raw.replace(/\r\n/g, '\n');
  const end = normalised.indexOf('\n\n');
  const block = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? '' : normalised.slice(end + 2);
  const headers: Record<string, string> = {};
  for (const line of block.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    if (!(name in headers)) headers[name] = decodeEncodedWords(line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function bytesToString(bytes: Uint8Array, charset: string): string {
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

const utf8 = new TextEncoder();

function quotedPrintableBytes(value: string, headerQ: boolean): Uint8Array {
  const source = (headerQ ? value.replace(/_/g, ' ') : value).replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const hex = source.slice(i + 1, i + 3);
    if (source[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...utf8.encode(source[i]));
    }
  }
  return Uint8Array.from(bytes);
}

/** RFC 2047: `=?charset?Q|B?text?=`, adjacent encoded words joined without their whitespace. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/(\?=)\s+(=\?)/g, '$1$2')
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B' ? Buffer.from(text, 'base64') : quotedPrintableBytes(text, true);
      return bytesToString(bytes, charset);
    });
}

function headerParam(value: string | undefined, param: string): string | undefined {
  if (!value) return undefined;
  const match = new RegExp(`;\\s*${param}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
  return match?.[1] ?? match?.[2];
}

function decodeBody(part: MimePart): string {
  const charset = headerParam(part.headers['content-type'], 'charset') ?? 'utf-8';
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  if (encoding === 'base64')
    return bytesToString(Buffer.from(part.body.replace(/\s+/g, ''), 'base64'), charset);
  if (encoding === 'quoted-printable') return bytesToString(quotedPrintableBytes(part.body, false), charset);
  return part.body;
}

function collectBodies(part: MimePart, into: ParsedEml): void {
  const contentType = part.headers['content-type'] ?? 'text/plain';
  const mediaType = contentType.split(';')[0]?.trim().toLowerCase() ?? 'text/plain';
  if (mediaType.startsWith('multipart/')) {
    const boundary = headerParam(contentType, 'boundary');
    if (!boundary) return;
    const sections = part.body.split(`--${boundary}`);
    for (const section of sections.slice(1)) {
      if (section.startsWith('--')) break;
      collectBodies(splitHeaderBlock(section.replace(/^\n/, '').replace(/\n$/, '')), into);
    }
    return;
  }
  if (mediaType === 'text/plain' && into.text === undefined) into.text = decodeBody(part);
  if (mediaType === 'text/html' && into.html === undefined) into.html = decodeBody(part);
}

/** Headers only, for listings: the body is never decoded. */
export function parseEmlHeaders(raw: string): Record<string, string> {
  return splitHeaderBlock(raw).headers;
}

export function parseEml(raw: string): ParsedEml {
  const root = splitHeaderBlock(raw);
  const parsed: ParsedEml = { headers: root.headers };
  collectBodies(root, parsed);
  return parsed;
}
