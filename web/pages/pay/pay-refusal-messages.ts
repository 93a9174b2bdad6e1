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
    'not-a-quarter': () => 'un trimestre comme 2026-Q3',
    'not-a-revision': () => 'un numéro de révision (1, 2, …)',
    'no-proposal': (v) => `aucune proposition pour ${v.advisor} dans ce trimestre`,
    'no-contest': () => 'aucune contestation de cette réponse dans ce trimestre',
    'value-not-a-number': () => 'un nombre entre 0 et 5, comme 0,9',
    'value-too-small': () => 'au moins 0',
    'value-too-large': () => 'au plus 5',
    'reason-too-short': () => 'au moins 3 caractères',
    'reason-too-long': () => 'au plus 1 000 caractères',
    'reason-control-characters': () => 'du texte sans caractère de contrôle (comme NUL)',
    'not-a-decision': () => 'choisissez « Accepter » ou « Rejeter »',
    'pay-not-enabled': () =>
      'les indicateurs ne sont pas activés : enregistrez d’abord la consultation du CSE et l’information des conseillers, puis activez-les',
    'unknown-version': (v) => `aucune version ${v.version} de la politique`,
    'already-published': (v) => `la version ${v.version} est déjà publiée`,
    'versions-busy': () => 'd’autres versions étaient enregistrées au même moment ; réessayez',
    'not-closed': (v) => `${v.quarter} n’a pas de révision clôturée ${v.revision}`,
    'file-missing': () =>
      'ce fichier n’est pas dans le stockage des exports ; clôturez de nouveau ou contactez l’administrateur',
    'file-conflict': () =>
      'un autre fichier porte déjà ce nom dans le stockage des exports ; rien n’a été remplacé',
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
    'not-a-quarter': () => 'a quarter such as 2026-Q3',
    'not-a-revision': () => 'a revision number (1, 2, …)',
    'no-proposal': (v) => `no proposal for ${v.advisor} in this quarter`,
    'no-contest': () => 'no contest of this response in this quarter',
    'value-not-a-number': () => 'a number from 0 to 5, such as 0.9',
    'value-too-small': () => 'at least 0',
    'value-too-large': () => 'at most 5',
    'reason-too-short': () => 'at least 3 characters',
    'reason-too-long': () => 'at most 1,000 characters',
    'reason-control-characters': () => 'text without control characters (such as NUL)',
    'not-a-decision': () => 'choose “Accept” or “Reject”',
    'pay-not-enabled': () =>
      'pay indicators are not enabled: record the CSE consultation and the advisors’ information first, then enable them',
    'unknown-version': (v) => `no policy version ${v.version}`,
    'already-published': (v) => `version ${v.version} is already published`,
    'versions-busy': () => 'other versions were being saved at the same time; try again',
    'not-closed': (v) => `${v.quarter} has no closed revision ${v.revision}`,
    'file-missing': () => 'this file is not in the export store; close again or ask the administrator',
    'file-conflict': () => 'another file already has this name in the export store; nothing was replaced',
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
