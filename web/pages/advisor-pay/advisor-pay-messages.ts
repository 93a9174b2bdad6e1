import type { ContestField, ContestProblemCode } from '../../../shared/pay/advisor-contest-form.js';
import { contestReasonLength } from '../../../shared/pay/advisor-contest-form.js';
import type { PayContest, RowReview } from '../../../shared/pay/quarter-review.js';
import type { Locale } from '../../../shared/roster/index.js';

/** Why a contest was refused after its form was valid (404/409 pages). */
export type ContestRefusal = 'not-yours' | 'already-contested' | 'closed' | 'no-pay';

const fr = {
  title: 'Ma rémunération variable',
  intro:
    'Comment votre indicateur de rémunération variable est construit, à partir de vos propres résultats clients. Vous seul voyez cette page.',
  quarterShown: (q: string) => `Trimestre affiché : ${q}.`,
  previousQuarter: (q: string) => `Voir le trimestre précédent (${q})`,
  currentQuarter: (q: string) => `Revenir au trimestre en cours (${q})`,
  notEnabled:
    'Les indicateurs de rémunération variable ne sont pas activés dans votre centre : aucun indicateur n’est calculé.',
  policyHeading: (q: string) => `La politique en vigueur pour ${q}`,
  nextPolicyHeading: (q: string) => `Déjà publiée pour ${q}`,
  noPolicy: (q: string) =>
    `Aucune politique n’a été publiée avant le début de ${q} : aucun indicateur n’est calculé pour ce trimestre.`,
  limits: (floor: string, cap: string, indFloor: string, indCap: string) =>
    `Chaque composante compte entre ${floor} et ${cap} de son objectif ; l’indicateur total reste entre ${indFloor} et ${indCap}.`,
  shrinkage:
    'Rapprochement vers l’équipe : sur peu de réponses, une moyenne varie beaucoup par hasard ; à la clôture, chacun de vos résultats est donc pondéré entre votre moyenne et celle de votre équipe, et plus vous avez de réponses, plus votre propre moyenne compte.',
  shrinkageBelowMinimum: (min: number) =>
    `Rapprochement vers l’équipe : sur peu de réponses, une moyenne varie beaucoup par hasard ; cette politique ne rapproche donc vos résultats de ceux de votre équipe que sous ${min} réponses, d’autant plus que vous en avez peu.`,
  productivity:
    'La productivité (durée de traitement) n’est jamais un objectif individuel : elle ne compte que pour l’équipe.',
  wellbeing: 'Le bien-être des conseillers n’entre jamais dans un indicateur individuel.',
  indicatorHeading: 'Comment mon indicateur est construit',
  previewLabel: 'Aperçu provisoire',
  previewNote:
    'Aperçu calculé sur vos seules réponses depuis le premier jour du trimestre. Ce n’est pas la valeur finale : à la clôture, les composantes d’équipe sont ajoutées et, selon la politique, vos résultats sont rapprochés de ceux de votre équipe.',
  computedLabel: (at: string) => `Calculé par les RH le ${at}`,
  belowMinimum: (n: number, min: number) =>
    `${n} réponse${n > 1 ? 's' : ''} sur les ${min} du minimum d’éligibilité : vos résultats seront rapprochés de ceux de votre équipe.`,
  responsesCount: (n: number, min: number) =>
    `${n} réponse${n > 1 ? 's' : ''} clients ce trimestre (minimum ${min}).`,
  component: 'Composante',
  input: 'Vos réponses (n, moyenne, intervalle à 95 %)',
  target: 'Objectif',
  weight: 'Poids',
  attainment: 'Atteinte',
  contribution: 'Contribution',
  atClose: 'calculée à la clôture (équipe)',
  noResponse: 'aucune réponse : pas de chiffre',
  capped: 'plafonnée',
  floored: 'au plancher',
  shrunkFlag: 'rapprochée de l’équipe (sous le minimum)',
  total: 'Indicateur proposé',
  guardrails: 'Garde-fous déclenchés',
  noGuardrail: 'aucun',
  review: 'Revue des RH',
  reviewState: {
    pending: 'en attente de revue',
    approved: 'approuvé',
    overridden: (value: string, reason: string) => `remplacé par ${value} : ${reason}`,
  },
  ineligible: (n: number, min: number) =>
    `Pas d’indicateur : ${n} réponse${n > 1 ? 's' : ''} sur les ${min} du minimum, et votre équipe n’a pas de résultat non plus.`,
  responsesHeading: 'Mes réponses notées du trimestre',
  responsesNote:
    'Vous pouvez contester une note que vous estimez sans rapport avec votre travail (un produit, un autre service…). Les RH tranchent ; une contestation acceptée retire la note de votre indicateur.',
  noResponses: 'Aucune réponse commentée ce trimestre.',
  score: (v: number) => `Note ${v}/10`,
  reasonLabel: `Motif de la contestation (${contestReasonLength.min} à ${contestReasonLength.max} caractères)`,
  contest: 'Contester cette note',
  contestState: {
    open: 'Contestation en attente de décision des RH',
    accepted: 'Contestation acceptée : la note ne compte plus',
    rejected: 'Contestation rejetée : la note compte',
  } satisfies Record<PayContest['state'], string>,
  yourReason: 'Votre motif',
  resolution: 'Réponse des RH',
  closed: 'Ce trimestre est clôturé : il ne peut plus être contesté.',
  otherContests: 'Mes autres contestations',
  refused: {
    title: 'Contestation non enregistrée',
    intro: 'Votre contestation n’a pas été enregistrée :',
    quarterTitle: 'Trimestre non valide',
    quarterIntro: 'Ce trimestre ne peut pas être affiché :',
    fields: { quarter: 'trimestre', responseId: 'réponse', reason: 'motif' } satisfies Record<
      ContestField,
      string
    >,
    problems: {
      'not-a-quarter': 'un trimestre comme 2026-Q4',
      'not-a-response': 'une réponse de votre liste',
      'too-short': `au moins ${contestReasonLength.min} caractères`,
      'too-long': `au plus ${contestReasonLength.max} caractères`,
      'control-characters': 'du texte sans caractère de contrôle (comme NUL)',
      missing: 'champ obligatoire',
    } satisfies Record<ContestProblemCode, string>,
    refusals: {
      'not-yours': 'Aucune de vos réponses de ce trimestre ne porte cet identifiant.',
      'already-contested': 'Cette note est déjà contestée.',
      closed: 'Ce trimestre est clôturé : il ne peut plus être contesté.',
      'no-pay': 'Aucun indicateur de rémunération variable ne s’applique à ce trimestre.',
    } satisfies Record<ContestRefusal, string>,
    back: 'Revenir à ma rémunération variable',
  },
};

type Messages = typeof fr;

const en: Messages = {
  title: 'My variable pay',
  intro:
    'How your variable-pay indicator is built, from your own customer results. Only you can see this page.',
  quarterShown: (q) => `Quarter shown: ${q}.`,
  previousQuarter: (q) => `See the previous quarter (${q})`,
  currentQuarter: (q) => `Back to the current quarter (${q})`,
  notEnabled: 'Variable-pay indicators are not enabled in your centre: no indicator is computed.',
  policyHeading: (q) => `The policy in force for ${q}`,
  nextPolicyHeading: (q) => `Already published for ${q}`,
  noPolicy: (q) => `No policy was published before ${q} started: no indicator is computed for this quarter.`,
  limits: (floor, cap, indFloor, indCap) =>
    `Each component counts between ${floor} and ${cap} of its target; the total indicator stays between ${indFloor} and ${indCap}.`,
  shrinkage:
    "Drawing toward the team: on few responses an average moves a lot by chance, so at close each of your figures is weighted between your own average and your team's; the more responses you have, the more your own average counts.",
  shrinkageBelowMinimum: (min) =>
    `Drawing toward the team: on few responses an average moves a lot by chance, so this policy draws your figures toward your team's only below ${min} responses, the more so the fewer you have.`,
  productivity: 'Productivity (handle time) is never an individual objective: it counts for the team only.',
  wellbeing: "Advisors' wellbeing never enters an individual indicator.",
  indicatorHeading: 'How my indicator is built',
  previewLabel: 'Provisional preview',
  previewNote:
    "A preview from your own responses since the first day of the quarter. It is not the final value: at close the team components are added and, as the policy says, your figures are drawn toward your team's.",
  computedLabel: (at) => `Computed by HR on ${at}`,
  belowMinimum: (n, min) =>
    `${n} response${n === 1 ? '' : 's'} of the ${min} needed for eligibility: your figures will be drawn toward your team's.`,
  responsesCount: (n, min) => `${n} customer response${n === 1 ? '' : 's'} this quarter (minimum ${min}).`,
  component: 'Component',
  input: 'Your responses (n, mean, 95% interval)',
  target: 'Target',
  weight: 'Weight',
  attainment: 'Attainment',
  contribution: 'Contribution',
  atClose: 'computed at close (team)',
  noResponse: 'no responses: no figure',
  capped: 'capped',
  floored: 'at its floor',
  shrunkFlag: 'drawn toward the team (below the minimum)',
  total: 'Proposed indicator',
  guardrails: 'Guardrails fired',
  noGuardrail: 'none',
  review: 'HR review',
  reviewState: {
    pending: 'awaiting review',
    approved: 'approved',
    overridden: (value, reason) => `overridden with ${value}: ${reason}`,
  },
  ineligible: (n, min) =>
    `No indicator: ${n} response${n === 1 ? '' : 's'} of the ${min} minimum, and your team has no figure either.`,
  responsesHeading: 'My rated responses this quarter',
  responsesNote:
    'You may contest a rating you think has nothing to do with your work (a product, another department…). HR decides; an accepted contest removes the rating from your indicator.',
  noResponses: 'No commented response this quarter.',
  score: (v) => `Rated ${v}/10`,
  reasonLabel: `Why you contest it (${contestReasonLength.min} to ${contestReasonLength.max} characters)`,
  contest: 'Contest this rating',
  contestState: {
    open: 'Contest awaiting HR’s decision',
    accepted: 'Contest accepted: the rating no longer counts',
    rejected: 'Contest rejected: the rating counts',
  },
  yourReason: 'Your reason',
  resolution: 'HR’s answer',
  closed: 'This quarter is closed: it can no longer be contested.',
  otherContests: 'My other contests',
  refused: {
    title: 'Contest not recorded',
    intro: 'Your contest was not recorded:',
    quarterTitle: 'Quarter not valid',
    quarterIntro: 'This quarter cannot be shown:',
    fields: { quarter: 'quarter', responseId: 'response', reason: 'reason' },
    problems: {
      'not-a-quarter': 'a quarter such as 2026-Q4',
      'not-a-response': 'a response from your list',
      'too-short': `at least ${contestReasonLength.min} characters`,
      'too-long': `at most ${contestReasonLength.max} characters`,
      'control-characters': 'text without control characters (such as NUL)',
      missing: 'required',
    },
    refusals: {
      'not-yours': 'None of your responses of this quarter has this id.',
      'already-contested': 'This rating is already contested.',
      closed: 'This quarter is closed: it can no longer be contested.',
      'no-pay': 'No variable-pay indicator applies to this quarter.',
    },
    back: 'Back to my variable pay',
  },
};

export const advisorPayMessages: Record<Locale, Messages> = { fr, en };

/** A form problem in the person's language, naming the field in it: `Motif : au moins 10 caractères`. */
export function contestProblemText(locale: Locale, field: ContestField, code: ContestProblemCode): string {
  const t = advisorPayMessages[locale].refused;
  const name = t.fields[field];
  const label = `${name.charAt(0).toLocaleUpperCase(locale)}${name.slice(1)}`;
  return `${label}${locale === 'fr' ? '\u00a0: ' : ': '}${t.problems[code]}`;
}

/** A row's HR review as the advisor reads it. */
export function reviewText(locale: Locale, review: RowReview, value: (x: number) => string): string {
  const t = advisorPayMessages[locale].reviewState;
  if (review.state === 'overridden') return t.overridden(value(review.value), review.reason);
  return t[review.state];
}
