import type { Locale } from '../roster/index.js';

/**
 * How Duopulse words a refused request, in French and English: the title of each HTTP status it
 * refuses with (RFC 9457 `title`, the refusal page's heading) and the details that do not depend
 * on the request. French text uses typographic apostrophes and a no-break space before « ; ».
 */

/** The statuses a refusal is worded for; any other falls back to `other`. */
export type RefusalStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 429 | 500;

export interface RefusalMessages {
  readonly titles: Readonly<Record<RefusalStatus, string>> & { readonly other: string };
  /** The one answer of a path that does not exist or is not open to the caller: it names neither. */
  readonly notFound: string;
  readonly invalidFields: string;
  readonly conflict: string;
  readonly internal: string;
  readonly methodNotAllowed: (method: string, allow: string) => string;
  readonly tooLarge: (bytes: string) => string;
  readonly mediaType: (type: string) => string;
  readonly tooManyRequests: (perSecond: string) => string;
}

const nbsp = '\u00a0';

const fr: RefusalMessages = {
  titles: {
    400: 'Requête invalide',
    401: 'Authentification requise',
    403: 'Accès refusé',
    404: 'Page introuvable',
    405: 'Méthode non acceptée',
    409: 'Conflit',
    413: 'Requête trop volumineuse',
    415: 'Type de contenu non accepté',
    429: 'Trop de requêtes',
    500: 'Erreur interne',
    other: 'Erreur',
  },
  notFound: 'Il n’y a rien à cette adresse, ou rien que vous puissiez ouvrir.',
  invalidFields: `La requête contient des champs invalides${nbsp}; rien n’a été enregistré.`,
  conflict: `La requête contredit ce qui est déjà enregistré${nbsp}; rien n’a été enregistré.`,
  internal: `Une erreur s’est produite de notre côté${nbsp}; rien d’une requête valide n’a été perdu.`,
  methodNotAllowed: (method, allow) => `${method} n’est pas accepté ici${nbsp}; utilisez ${allow}`,
  tooLarge: (bytes) => `Le corps ne doit pas dépasser ${bytes} octets`,
  mediaType: (type) => `Envoyez le corps en ${type}`,
  tooManyRequests: (perSecond) =>
    `Plus de ${perSecond} requêtes par seconde avec cette clé${nbsp}; réessayez après Retry-After secondes`,
};

const en: RefusalMessages = {
  titles: {
    400: 'Invalid request',
    401: 'Unauthenticated',
    403: 'Forbidden',
    404: 'Not found',
    405: 'Method not allowed',
    409: 'Conflict',
    413: 'Request too large',
    415: 'Unsupported media type',
    429: 'Too many requests',
    500: 'Internal error',
    other: 'Error',
  },
  notFound: 'There is nothing at this address, or nothing you may open.',
  invalidFields: 'The request has invalid fields; nothing was stored.',
  conflict: 'The request contradicts what is already stored; nothing was stored.',
  internal: 'Something went wrong on our side; nothing was lost from a valid request.',
  methodNotAllowed: (method, allow) => `${method} is not allowed here; use ${allow}`,
  tooLarge: (bytes) => `The body must not exceed ${bytes} bytes`,
  mediaType: (type) => `Send the body as ${type}`,
  tooManyRequests: (perSecond) =>
    `More than ${perSecond} requests a second with this key; retry after Retry-After seconds`,
};

export const refusalMessages: Readonly<Record<Locale, RefusalMessages>> = { fr, en };

/** The title of a status in `locale`. */
export function refusalTitle(locale: Locale, status: number): string {
  const titles = refusalMessages[locale].titles;
  return status in titles ? titles[status as RefusalStatus] : titles.other;
}
