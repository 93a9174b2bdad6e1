import {
  accentContrast,
  type Brand,
  defaultBrand,
  minimumAccentContrast,
} from '../../shared/brand/brand.schema.js';
import type { EmailLocale } from './messages.js';

/** The product's own accent, used when the centre set none (or one that no longer reads). */
export const productAccent = '#0b5cad';

/** What the email bodies show of the centre's brand: its name, accent colour and logo. */
export interface EmailBrand {
  readonly displayName: string;
  /** A `#rrggbb` colour readable on white and under white text (4.5:1). */
  readonly accent: string;
  /** Absolute URL of the app's own `/brand/logo` route; no logo when absent. */
  readonly logoUrl?: string | undefined;
}

/** The product's own brand: an email sent before an admin sets one. */
export const productEmailBrand: EmailBrand = { displayName: defaultBrand.displayName, accent: productAccent };

/**
 * The email view of a stored brand. The accent goes through the same contrast check as on the
 * pages (a colour stored before the check, or edited by hand, falls back to the product's own);
 * the logo is the app's `/brand/logo` route on the public base URL, versioned so a new logo is
 * fetched again, never an outside host.
 */
export function emailBrandOf(brand: Brand | undefined, publicBaseUrl: string): EmailBrand {
  if (!brand) return productEmailBrand;
  const accent =
    brand.accentColour &&
    /^#[0-9a-fA-F]{6}$/.test(brand.accentColour) &&
    accentContrast(brand.accentColour) >= minimumAccentContrast
      ? brand.accentColour.toLowerCase()
      : productAccent;
  const base = new URL(publicBaseUrl);
  const logoUrl = brand.logo
    ? new URL(`/brand/logo?v=${encodeURIComponent(brand.logo.version)}`, base.origin).toString()
    : undefined;
  return { displayName: brand.displayName, accent, ...(logoUrl ? { logoUrl } : {}) };
}

/** A key identifying a brand in the template caches. */
export function emailBrandKey(brand: EmailBrand): string {
  return JSON.stringify([brand.displayName, brand.accent, brand.logoUrl ?? '']);
}

/** The signature closing every email, in the reader's language. */
export function brandSignature(locale: EmailLocale, displayName: string): string {
  return locale === 'fr' ? `L’équipe ${displayName}` : `The ${displayName} team`;
}
