import type { Locale } from '../../../shared/roster/index.js';

/** Words of the quarter review page (HR reviews, payroll reads), French first. */
export const quarterReviewMessages: Record<
  Locale,
  {
    title: (quarter: string) => string;
    compute: string;
    notComputed: string;
    advisor: string;
    team: string;
    explanation: string;
    state: string;
    pending: string;
    approved: string;
    overridden: (value: string, reason: string) => string;
    ineligible: (responses: number, minimum: number) => string;
    component: string;
    input: string;
    target: string;
    weight: string;
    attainment: string;
    total: string;
    guardrails: string;
    noGuardrail: string;
    approve: string;
    approvePending: (rows: number) => string;
    approvePendingHelp: string;
    overrideValue: string;
    reason: string;
    override: string;
    contests: string;
    noContest: string;
    accept: string;
    reject: string;
    resolve: string;
    close: string;
    closed: (revision: number, rows: number, at: string) => string;
    exportCommand: string;
    problems: string;
  }
> = {
  fr: {
    title: (q) => `Revue du trimestre ${q}`,
    compute: 'Calculer les propositions',
    notComputed: 'Les propositions de ce trimestre ne sont pas encore calculées.',
    advisor: 'Conseiller',
    team: 'Équipe',
    explanation: 'Explication',
    state: 'État',
    pending: 'à revoir',
    approved: 'approuvé',
    overridden: (v, r) => `remplacé par ${v} : ${r}`,
    ineligible: (n, min) => `non éligible : ${n} réponses, minimum ${min}`,
    component: 'Composante',
    input: 'Entrée (n, moyenne, intervalle)',
    target: 'Cible',
    weight: 'Poids',
    attainment: 'Atteinte',
    total: 'Total',
    guardrails: 'Garde-fous déclenchés',
    noGuardrail: 'aucun',
    approve: 'Approuver',
    approvePending: (n) => `Approuver telles que calculées les ${n} lignes à revoir`,
    approvePendingHelp:
      'Après lecture des explications ci-dessous : chaque ligne encore à revoir est approuvée comme calculée (les lignes remplacées gardent leur valeur) et chaque approbation est inscrite au journal d’audit.',
    overrideValue: 'Valeur retenue',
    reason: 'Motif',
    override: 'Remplacer',
    contests: 'Contestations',
    noContest: 'Aucune contestation.',
    accept: 'Accepter',
    reject: 'Rejeter',
    resolve: 'Trancher',
    close: 'Clôturer le trimestre',
    closed: (r, n, at) => `Révision ${r} clôturée le ${at}, lignes : ${n}.`,
    exportCommand: 'Export pour la paie :',
    problems: 'La demande est refusée :',
  },
  en: {
    title: (q) => `Review of quarter ${q}`,
    compute: 'Compute the proposals',
    notComputed: 'This quarter’s proposals are not computed yet.',
    advisor: 'Advisor',
    team: 'Team',
    explanation: 'Explanation',
    state: 'State',
    pending: 'pending',
    approved: 'approved',
    overridden: (v, r) => `overridden with ${v}: ${r}`,
    ineligible: (n, min) => `ineligible: ${n} responses, minimum ${min}`,
    component: 'Component',
    input: 'Input (n, mean, interval)',
    target: 'Target',
    weight: 'Weight',
    attainment: 'Attainment',
    total: 'Total',
    guardrails: 'Guardrails fired',
    noGuardrail: 'none',
    approve: 'Approve',
    approvePending: (n) => `Approve the ${n} pending rows as computed`,
    approvePendingHelp:
      'Once you have read the explanations below: each row still pending is approved as computed (overridden rows keep their value) and each approval is written to the audit log.',
    overrideValue: 'Value to pay',
    reason: 'Reason',
    override: 'Override',
    contests: 'Contests',
    noContest: 'No contest.',
    accept: 'Accept',
    reject: 'Reject',
    resolve: 'Resolve',
    close: 'Close the quarter',
    closed: (r, n, at) => `Revision ${r} closed on ${at}, rows: ${n}.`,
    exportCommand: 'Payroll export:',
    problems: 'The request was refused:',
  },
};
