import type { Locale } from '../../../shared/roster/index.js';

/** Words explaining how an indicator was built (the review page and the advisor's page), French first. */
export const indicatorExplanationMessages: Record<
  Locale,
  {
    componentState: Record<'scored' | 'frozen' | 'gate-not-cleared' | 'no-data', string>;
    measure: Record<string, string>;
    level: Record<'individual' | 'team', string>;
    belowMinimum: (responses: number, minimum: number) => string;
    shrinkApplied: (raw: string, team: string, ownPercent: string, kappa: string) => string;
    shrinkNoSpread: (team: string) => string;
    teamMean: (team: string) => string;
    notEstimated: string;
    doping: string;
    pressure: (team: string) => string;
    limitedBy: Record<'cap' | 'floor', string>;
  }
> = {
  fr: {
    componentState: {
      scored: 'calculée',
      frozen: 'gelée par le garde-fou (neutre, à revoir)',
      'gate-not-cleared': 'au plancher : la qualité de l’équipe n’atteint pas son seuil',
      'no-data': 'sans donnée (neutre, signalée)',
    },
    measure: {
      satisfaction: 'Satisfaction',
      recommendation: 'Recommandation',
      'once-and-done': 'Résolution au premier contact',
      'handle-time': 'Durée de traitement',
    },
    level: { individual: 'individuelle', team: 'équipe' },
    belowMinimum: (n, min) =>
      `Moins de réponses que le minimum (${n} sur ${min}) : les résultats individuels sont rapprochés de ceux de l’équipe.`,
    shrinkApplied: (raw, team, own, kappa) =>
      `Moyenne propre ${raw}, équipe ${team} : ${own} de la moyenne propre est retenue (force du prior κ = ${kappa}, estimée sur le centre).`,
    shrinkNoSpread: (team) => `Aucun écart entre conseillers dans le centre : moyenne de l’équipe ${team}.`,
    teamMean: (team) => `Aucune réponse propre : moyenne de l’équipe ${team}.`,
    notEstimated: 'Rapprochement non estimé (trop peu de conseillers dans le centre) : moyenne propre.',
    doping: 'réponses concentrées sur une courte période (à revoir)',
    pressure: (team) => `pression de productivité dans l’équipe ${team} : productivité gelée (à revoir)`,
    limitedBy: { cap: 'plafonnée', floor: 'au plancher' },
  },
  en: {
    componentState: {
      scored: 'computed',
      frozen: 'frozen by the guardrail (neutral, for review)',
      'gate-not-cleared': 'at its floor: the team’s quality misses its gate',
      'no-data': 'no data (neutral, flagged)',
    },
    measure: {
      satisfaction: 'Satisfaction',
      recommendation: 'Recommendation',
      'once-and-done': 'Once-and-done rate',
      'handle-time': 'Handle time',
    },
    level: { individual: 'individual', team: 'team' },
    belowMinimum: (n, min) =>
      `Fewer responses than the minimum (${n} of ${min}): individual figures are drawn toward the team’s.`,
    shrinkApplied: (raw, team, own, kappa) =>
      `Own mean ${raw}, team ${team}: ${own} of the own mean is kept (prior strength κ = ${kappa}, estimated on the centre).`,
    shrinkNoSpread: (team) => `No spread between advisors in the centre: the team’s mean ${team}.`,
    teamMean: (team) => `No own response: the team’s mean ${team}.`,
    notEstimated: 'Shrinkage not estimated (too few advisors in the centre): own mean.',
    doping: 'responses concentrated in a short window (for review)',
    pressure: (team) => `productivity pressure in team ${team}: productivity frozen (for review)`,
    limitedBy: { cap: 'capped', floor: 'at its floor' },
  },
};
