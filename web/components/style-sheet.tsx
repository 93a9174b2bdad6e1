import { createHash } from 'node:crypto';
import { raw } from 'hono/html';

const hashes = new Set<string>();

/**
 * A stylesheet inlined in a page's `<style>`, allowed by the Content-Security-Policy through the
 * SHA-256 of its exact text (CSP Level 3 hash source): pages need no `'unsafe-inline'`, and an
 * injected `<style>` would not apply. Define sheets at module scope so every hash is known
 * before the first response.
 */
export function styleSheet(css: string): () => ReturnType<typeof raw> {
  hashes.add(`'sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}'`);
  const element = raw(`<style>${css}</style>`);
  return () => element;
}

/** The CSP hash sources of every stylesheet defined so far. */
export function styleSheetHashes(): readonly string[] {
  return [...hashes];
}
