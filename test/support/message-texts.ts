/** Checks on rendered message texts, shared by the catalogue and page tests. */

/** The names of `{name}` placeholders a text still holds (a template that was not filled). */
export function unfilledPlaceholders(text: string): string[] {
  return [...text.matchAll(/\{\s*([A-Za-z_][\w.-]*)\s*\}/g)].map((m) => m[1] ?? '');
}

/**
 * Whether a French text says « pulse » as a word. URLs, the product's name (Duopulse) and code
 * identifiers (`pulse-dispatch`, `pulse_x`, `/pulse/…`) are not words of the text.
 */
export function frenchSaysPulse(text: string): boolean {
  const prose = text.replace(/https?:\/\/\S+/g, '').replace(/`[^`]*`/g, '');
  return /(?<![\w/-])pulse(?![\w/-])/i.test(prose);
}
