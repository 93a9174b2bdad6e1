import * as z from 'zod/mini';

/**
 * Control characters no free text may hold: C0 (U+0000–U+001F, NUL and line breaks included),
 * DEL (U+007F) and C1 (U+0080–U+009F).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const anyControlCharacter = /[\u0000-\u001f\u007f-\u009f]/;
/**
 * The same, for text written over several lines: tab, line feed and a carriage return before a
 * line feed (browsers post a text area's lines as CR LF) are kept.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const controlCharacterOutsideLines = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]|\r(?!\n)/;

/** How a free-text field is written: on one line (names, titles, labels) or on several (comments). */
export type TextLines = 'single-line' | 'multi-line';

/** The refusal of a free text holding a control character, unless a field gives its own (a problem code). */
export const controlCharacterMessage = 'must not contain control characters (such as NUL or a line break)';
export const multiLineControlCharacterMessage =
  'must not contain control characters other than line breaks and tabs (such as NUL)';

/** Whether a text holds a control character its kind of field refuses. */
export function hasControlCharacter(text: string, lines: TextLines = 'single-line'): boolean {
  return (lines === 'single-line' ? anyControlCharacter : controlCharacterOutsideLines).test(text);
}

/** The text as it can be shown back in a refusal: each control character as U+FFFD (�). */
export function markControlCharacters(text: string): string {
  return text.replace(new RegExp(anyControlCharacter.source, 'g'), '\ufffd');
}

/**
 * The zod check every free-text field carries: refuses a control character (see
 * `hasControlCharacter`); the issue names the field it is checked on. `message` replaces the
 * default wording (a problem code where the page words it itself).
 */
export function noControlCharacters(lines: TextLines = 'single-line', message?: string) {
  return z.refine<string>((text) => !hasControlCharacter(text, lines), {
    message:
      message ?? (lines === 'single-line' ? controlCharacterMessage : multiLineControlCharacterMessage),
  });
}

/**
 * A free text written on one line, trimmed, of `min` to `max` characters, with no control
 * character. `messages` replaces zod's wording of each refusal (problem codes, or sentences
 * naming the field).
 */
export function singleLineText(
  min: number,
  max: number,
  messages: { short?: string; long?: string; control?: string } = {},
) {
  return z
    .string()
    .check(
      z.trim(),
      z.minLength(min, messages.short),
      z.maxLength(max, messages.long),
      noControlCharacters('single-line', messages.control),
    );
}
