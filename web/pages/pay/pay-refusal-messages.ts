import type { Locale } from '../../../shared/roster/index.js';

type Values = Readonly<Record<string, string>>;

/** Refusals of the pay review in the person's language, by the code the service gives. */
const refusals: Record<Locale, Record<string, (v: Values) => string>> = {
  fr: {
    'no-policy': (v) => `aucune politique de rémunération n’a été publiée avant le début de ${v.quarter}`,
    'quarter-closed': (v) => `${v.quarter} est clôturé`,
    'already-reviewed': (v) => `lignes déjà revues : ${v.advisors}`,
    'already-contested': () => 'cette note est déjà contestée',
    'already-resolved': () => 'cette contestation est déjà tranchée',
    'not-computed': (v) => `${v.quarter} n’a pas été calculé`,
    'not-reviewed': (v) => `non revues : ${v.advisors}`,
    'open-contests': (v) => `contestations ouvertes : ${v.contests}`,
    'correction-needs-reason': (v) => `${v.quarter} est clôturé ; une correction demande un motif`,
    'revision-taken': (v) => `la révision ${v.revision} de ${v.quarter} vient d’être prise`,
  },
  en: {
    'no-policy': (v) => `no pay policy was published before ${v.quarter} started`,
    'quarter-closed': (v) => `${v.quarter} is closed`,
    'already-reviewed': (v) => `already reviewed rows: ${v.advisors}`,
    'already-contested': () => 'this rating is already contested',
    'already-resolved': () => 'this contest is already resolved',
    'not-computed': (v) => `${v.quarter} was not computed`,
    'not-reviewed': (v) => `not reviewed: ${v.advisors}`,
    'open-contests': (v) => `open contests: ${v.contests}`,
    'correction-needs-reason': (v) => `${v.quarter} is closed; a correction needs a reason`,
    'revision-taken': (v) => `revision ${v.revision} of ${v.quarter} was just taken`,
  },
};

/** A refusal's words in `locale` when its code is known, else the service's own message. */
export function refusalText(
  locale: Locale,
  problem: {
    readonly message: string;
    readonly code?: string | undefined;
    readonly values?: Values | undefined;
  },
): string {
  const word = problem.code ? refusals[locale][problem.code] : undefined;
  return word ? word(problem.values ?? {}) : problem.message;
}
