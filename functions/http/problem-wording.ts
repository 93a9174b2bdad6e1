import { refusalMessages } from '../../shared/i18n/refusal-messages.js';
import type { Locale } from '../../shared/roster/index.js';

type Wording = (match: RegExpMatchArray) => Readonly<Record<Locale, string>>;

const whatCoversCentre: Readonly<Record<string, string>> = {
  'The roster history entries': 'Les entrées de l’historique du roster',
  'Survey settings': 'Les réglages des enquêtes',
  'CSV imports': 'Les imports CSV',
};

/** The sentences the services and `onError` write with no value in them (the errors' defaults). */
const fixed = ['invalidFields', 'conflict', 'internal', 'notFound'] as const;

/**
 * The English details the services and middleware write, each with its French wording. The
 * sentence is matched whole; its values (a method, a scope, a size) are carried over unchanged.
 */
const known: readonly (readonly [RegExp, Wording])[] = [
  [
    /^(\S+) is not allowed here; use (.+)$/,
    ([, method = '', allow = '']) => ({
      fr: refusalMessages.fr.methodNotAllowed(method, allow),
      en: refusalMessages.en.methodNotAllowed(method, allow),
    }),
  ],
  [
    /^The body must not exceed (\d+) bytes$/,
    ([, bytes = '']) => ({ fr: refusalMessages.fr.tooLarge(bytes), en: refusalMessages.en.tooLarge(bytes) }),
  ],
  [
    /^Send the body as (\S+)$/,
    ([, type = '']) => ({ fr: refusalMessages.fr.mediaType(type), en: refusalMessages.en.mediaType(type) }),
  ],
  [
    /^Content-Type: unknown charset "(.*)"; send (.+) or no charset$/,
    ([en = '', charset = '', list = '']) => ({
      fr: `Content-Type\u00a0: charset « ${charset} » inconnu\u00a0; envoyez ${list.replace(/, ([^,]+)$/, ' ou $1')}, ou aucun charset`,
      en,
    }),
  ],
  [
    /^More than (\d+) requests a second with this key; retry after Retry-After seconds$/,
    ([, perSecond = '']) => ({
      fr: refusalMessages.fr.tooManyRequests(perSecond),
      en: refusalMessages.en.tooManyRequests(perSecond),
    }),
  ],
  [/^A valid API key is required$/, ([en = '']) => ({ fr: 'Une clé d’API valide est requise', en })],
  [
    /^This API key is unknown or revoked$/,
    ([en = '']) => ({ fr: 'Cette clé d’API est inconnue ou révoquée', en }),
  ],
  [/^Sign in first\.$/, ([en = '']) => ({ fr: 'Connectez-vous d’abord.', en })],
  [/^This API key names no team$/, ([en = '']) => ({ fr: 'Cette clé d’API ne nomme aucune équipe', en })],
  [
    /^This API key lacks the "(.+)" scope$/,
    ([en = '', scope = '']) => ({ fr: `Cette clé d’API n’a pas la portée « ${scope} »`, en }),
  ],
  [
    /^(.+) cover the whole centre; this key is limited to some teams$/,
    ([en = '', what = '']) => ({
      fr: `${whatCoversCentre[what] ?? what} couvrent tout le centre\u00a0; cette clé est limitée à certaines équipes`,
      en,
    }),
  ],
];

/**
 * A refusal's detail in `locale`: a sentence this product writes, worded in that language; any
 * other detail (a service's own sentence naming a quarter or a file) as it was written.
 */
export function wordedDetail(locale: Locale, detail: string): string {
  for (const sentence of fixed) {
    if (detail === refusalMessages.en[sentence]) return refusalMessages[locale][sentence];
  }
  for (const [pattern, wording] of known) {
    const match = detail.match(pattern);
    if (match) return wording(match)[locale];
  }
  return detail;
}
