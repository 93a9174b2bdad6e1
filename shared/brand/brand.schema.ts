import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';

/** The page backgrounds an accent colour must read on (cards and the survey background). */
export const brandBackgrounds = ['#ffffff', '#f3f5f8'] as const;

/** WCAG 2 AA for normal text: links and button labels in the accent colour, or white on it. */
export const minimumAccentContrast = 4.5;

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance of a `#rrggbb` colour (WCAG 2). */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** WCAG 2 contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** The lowest contrast of an accent on the pages' backgrounds (white text on it included). */
export function accentContrast(accent: string): number {
  return Math.min(...brandBackgrounds.map((b) => contrastRatio(accent, b)));
}

const hexColour = z
  .string()
  .check(z.regex(/^#[0-9a-fA-F]{6}$/, 'a colour such as #0b5cad'))
  .check(
    z.refine((c) => accentContrast(c) >= minimumAccentContrast, {
      message: `too light: contrast under ${minimumAccentContrast}:1 with white`,
      params: { code: 'low-contrast' },
    }),
  );

/** What an admin sets for the centre's brand (issue 11). Every field but the name is optional. */
export const brandInputSchema = z.object({
  displayName: z.string().check(z.trim(), z.minLength(1), z.maxLength(80), noControlCharacters()),
  accentColour: z.optional(hexColour),
  senderName: z.optional(
    z.string().check(z.trim(), z.minLength(1), z.maxLength(80), noControlCharacters(), z.regex(/^[^"<>]+$/)),
  ),
  replyTo: z.optional(z.email()),
});
export type BrandInput = z.output<typeof brandInputSchema>;

/** A logo as stored: PNG or JPEG bytes, at most 100 kB, recognised by their first bytes. */
export const maxLogoBytes = 100_000;
export type LogoType = 'image/png' | 'image/jpeg';

export function logoTypeOf(bytes: Uint8Array): LogoType | undefined {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  return undefined;
}

/** The centre's brand as stored. */
export interface Brand extends BrandInput {
  readonly logo?: { readonly type: LogoType; readonly base64: string; readonly version: string } | undefined;
  readonly updatedAt: string;
  readonly updatedBy: string;
}

/** The brand before an admin sets one: the product's own name. */
export const defaultBrand: Pick<Brand, 'displayName'> = { displayName: 'Duopulse' };

/** A slightly darker shade of the accent for hovers and pressed states. */
export function darker(hex: string, factor = 0.75): string {
  const n = Number.parseInt(hex.slice(1), 16);
  const part = (shift: number) =>
    Math.round(((n >> shift) & 255) * factor)
      .toString(16)
      .padStart(2, '0');
  return `#${part(16)}${part(8)}${part(0)}`;
}
