import { getContext } from 'hono/context-storage';
import { type Brand, darker } from '../../shared/brand/brand.schema.js';
import { styleSheet } from './style-sheet.js';

/** What pages show of the centre's brand: its name, its logo's address, its accent stylesheet. */
export interface PageBrand {
  readonly displayName: string;
  readonly logoUrl?: string | undefined;
  readonly accentSheet?: (() => unknown) | undefined;
}

const sheets = new Map<string, () => unknown>();

/** The stylesheet setting the accent colour, registered (its hash joins the CSP) once per colour. */
function accentSheet(colour: string): () => unknown {
  let sheet = sheets.get(colour);
  if (!sheet) {
    sheet = styleSheet(`:root{--accent:${colour};--accent-dark:${darker(colour)};--brand:${colour}}`);
    sheets.set(colour, sheet);
  }
  return sheet;
}

/** The page view of a stored brand; registering its accent sheet is a side effect. */
export function pageBrandOf(brand: Brand | undefined): PageBrand | undefined {
  if (!brand) return undefined;
  return {
    displayName: brand.displayName,
    ...(brand.logo ? { logoUrl: `/brand/logo?v=${brand.logo.version}` } : {}),
    ...(brand.accentColour ? { accentSheet: accentSheet(brand.accentColour.toLowerCase()) } : {}),
  };
}

/** The brand of the request being rendered, or undefined (no brand set, or rendered outside a request). */
export function currentBrand(): PageBrand | undefined {
  try {
    return getContext().get('brand' as never) as PageBrand | undefined;
  } catch {
    return undefined;
  }
}
