import { randomBytes } from 'node:crypto';
import * as z from 'zod/mini';
import { type Brand, brandInputSchema, logoTypeOf, maxLogoBytes } from '../../shared/brand/brand.schema.js';
import type { Locale } from '../../shared/roster/index.js';
import { type FieldProblem, ValidationError } from './errors.js';
import type { BrandRepository } from './ports/brand.port.js';
import type { Clock } from './ports/clock.port.js';

const words: Record<Locale, Record<string, string>> = {
  fr: {
    displayName: 'un nom de 1 à 80 caractères',
    accentColour: 'une couleur comme #0b5cad',
    'low-contrast': 'couleur trop claire : contraste inférieur à 4,5:1 avec le blanc (illisible)',
    senderName: 'un nom d’expéditeur de 1 à 80 caractères, sans guillemets ni chevrons',
    replyTo: 'une adresse e-mail',
    logo: 'une image PNG ou JPEG d’au plus 100 ko',
  },
  en: {
    displayName: 'a name of 1 to 80 characters',
    accentColour: 'a colour such as #0b5cad',
    'low-contrast': 'too light a colour: contrast under 4.5:1 with white (unreadable)',
    senderName: 'a sender name of 1 to 80 characters, no quotes or angle brackets',
    replyTo: 'an email address',
    logo: 'a PNG or JPEG image of at most 100 kB',
  },
};

/**
 * Saves the centre's brand set by an admin. 1. check every field (the accent colour must keep
 * 4.5:1 contrast on the pages, so axe stays clean), problems named in the admin's language;
 * 2. a new logo must be PNG or JPEG (by its bytes) of at most 100 kB, no logo keeps the current
 * one, `removeLogo` drops it; 3. store. Nothing is stored when anything is refused.
 */
export async function saveBrand(
  deps: { readonly brand: BrandRepository; readonly clock: Clock },
  input: Record<string, string | undefined>,
  logo: Uint8Array | undefined,
  actor: string,
  locale: Locale,
): Promise<Brand> {
  const blank = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  const parsed = z.safeParse(brandInputSchema, {
    displayName: input.displayName ?? '',
    accentColour: blank(input.accentColour),
    senderName: blank(input.senderName),
    replyTo: blank(input.replyTo),
  });
  const problems: FieldProblem[] = [];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = String(issue.path[0] ?? 'form');
      const code = (issue as { params?: { code?: string } }).params?.code;
      problems.push({ path, message: words[locale][code ?? path] ?? issue.message });
    }
  }
  const type = logo && logo.byteLength > 0 ? logoTypeOf(logo) : undefined;
  if (logo && logo.byteLength > 0 && (!type || logo.byteLength > maxLogoBytes))
    problems.push({ path: 'logo', message: words[locale].logo ?? 'logo' });
  if (problems.length > 0 || !parsed.success) throw new ValidationError(problems);
  const current = await deps.brand.getBrand();
  const newLogo =
    logo && type
      ? { type, base64: Buffer.from(logo).toString('base64'), version: randomBytes(6).toString('hex') }
      : input.removeLogo === 'on'
        ? undefined
        : current?.logo;
  const brand: Brand = {
    ...parsed.data,
    ...(newLogo ? { logo: newLogo } : {}),
    updatedAt: deps.clock.now().toISOString(),
    updatedBy: actor,
  };
  await deps.brand.saveBrand(brand);
  return brand;
}
