import { isPayPolicyRule, type PayPolicyRule } from '../pay/pay-policy-rules.js';
import type { Locale } from '../roster/index.js';

/** Narrow no-break space (French, before « % » and « : »). */
const nnbsp = '\u202f';

/** Each pay-policy rule in plain words, French first, then English. */
export const payPolicyMessages: Record<Locale, Record<PayPolicyRule, string>> = {
  fr: {
    'individual-handle-time': `La durée moyenne de traitement (DMT) ne peut pas être un objectif individuel${nnbsp}: elle ne compte qu’au niveau de l’équipe.`,
    'productivity-weight-over-cap': `La productivité (DMT) ne peut pas peser plus de 20${nnbsp}% de l’indicateur.`,
    'quality-gate-missing': `Un objectif de productivité exige un seuil de qualité que l’équipe doit atteindre pour qu’il compte.`,
    'forced-ranking': `Le classement forcé est interdit${nnbsp}: chaque conseiller est évalué par rapport aux objectifs, pas aux collègues.`,
    quota: `Les quotas de primes sont interdits${nnbsp}: chaque conseiller est évalué par rapport aux objectifs.`,
    'weights-not-summing-to-one': `La somme des poids des composantes doit être égale à 100${nnbsp}%.`,
    'wellbeing-in-individual-pay': `Le bien-être n’entre jamais dans la rémunération d’un conseiller${nnbsp}; il n’agit que comme garde-fou sur la productivité de l’équipe.`,
    'target-out-of-range': `Objectif hors échelle${nnbsp}: 0 à 10 pour la satisfaction et la recommandation, 0 à 1 pour le taux de résolution au premier contact, 1 à 86${nnbsp}400 secondes pour la DMT.`,
    'duplicate-component': `Une seule composante par mesure et par niveau.`,
    'floor-above-cap': `Le plancher ne peut pas dépasser le plafond.`,
  },
  en: {
    'individual-handle-time':
      'Average handle time (AHT) cannot be an individual objective: it counts at team level only.',
    'productivity-weight-over-cap': 'Productivity (AHT) cannot weigh more than 20% of the indicator.',
    'quality-gate-missing':
      'A productivity objective needs a quality gate the team must clear for it to count.',
    'forced-ranking':
      'Forced ranking is not allowed: each advisor is measured against targets, not against colleagues.',
    quota: 'Award quotas are not allowed: each advisor is measured against targets.',
    'weights-not-summing-to-one': 'The component weights must add up to 100%.',
    'wellbeing-in-individual-pay':
      "Wellbeing never enters an advisor's pay; it only acts as a guardrail on the team's productivity.",
    'target-out-of-range':
      'Target out of scale: 0 to 10 for satisfaction and recommendation, 0 to 1 for the once-and-done rate, 1 to 86,400 seconds for AHT.',
    'duplicate-component': 'One component per measure and level.',
    'floor-above-cap': 'A floor cannot exceed its cap.',
  },
};

/** What zod found wrong with a malformed value, by its issue code, in the person's words. */
const malformed: Record<Locale, Record<string, string>> = {
  fr: {
    invalid_type: 'valeur manquante ou d’un autre type que celui attendu',
    invalid_value: 'valeur non admise pour ce champ',
    invalid_format: 'valeur mal formée (un trimestre s’écrit comme 2026-Q3)',
    too_small: 'valeur trop petite',
    too_big: 'valeur trop grande',
    unrecognized_keys: 'champ inconnu de la politique',
    other: 'valeur invalide',
  },
  en: {
    invalid_type: 'missing, or not of the expected type',
    invalid_value: 'not a value this field accepts',
    invalid_format: 'malformed value (a quarter is written like 2026-Q3)',
    too_small: 'value too small',
    too_big: 'value too large',
    unrecognized_keys: 'not a field of the policy',
    other: 'invalid value',
  },
};

const malformedText = (locale: Locale, code: unknown): string =>
  malformed[locale][typeof code === 'string' ? code : 'other'] ?? malformed[locale].other ?? '';

/** One problem of a submitted policy, as a page or an API shows it. */
export interface PayPolicyProblem {
  /** Dotted path of the field, e.g. `components.3.level`; empty for the whole policy. */
  readonly field: string;
  /** The rule's code, or undefined for a malformed value (wrong type, missing field). */
  readonly rule: PayPolicyRule | undefined;
  readonly message: string;
}

/** Words the issues of a failed `payPolicySchema` parse in `locale`, rule by rule. */
export function payPolicyProblems(
  issues: readonly {
    path: readonly PropertyKey[];
    message: string;
    code?: string;
    params?: Record<string, unknown>;
  }[],
  locale: Locale,
): PayPolicyProblem[] {
  return issues.map((issue) => {
    const field = issue.path.map(String).join('.');
    const rule = issue.params?.rule;
    if (isPayPolicyRule(rule)) return { field, rule, message: payPolicyMessages[locale][rule] };
    return { field, rule: undefined, message: malformedText(locale, issue.code) };
  });
}
