import type { AdvisorPolicySummary, SummaryComponent } from '../pay/advisor-policy-summary.js';
import type { PayMeasure } from '../pay/pay-policy.schema.js';
import type { Locale } from '../roster/index.js';

const nnbsp = '\u202f';
const frNumber = (x: number) => String(x).replace('.', ',');

const measureNames: Record<Locale, Record<PayMeasure, string>> = {
  fr: {
    satisfaction: 'satisfaction client',
    recommendation: 'recommandation',
    'once-and-done': 'résolution au premier contact',
    'handle-time': 'durée moyenne de traitement',
    wellbeing: 'bien-être',
  },
  en: {
    satisfaction: 'customer satisfaction',
    recommendation: 'recommendation',
    'once-and-done': 'once-and-done rate',
    'handle-time': 'average handle time',
    wellbeing: 'wellbeing',
  },
};

function target(c: Pick<SummaryComponent, 'measure' | 'target'>, locale: Locale): string {
  const n = locale === 'fr' ? frNumber : String;
  if (c.measure === 'handle-time')
    return locale === 'fr' ? `${n(c.target)}${nnbsp}s au plus` : `at most ${c.target} s`;
  if (c.measure === 'once-and-done') return `${n(c.target * 100)}${locale === 'fr' ? nnbsp : ''}%`;
  return `${n(c.target)}/10`;
}

function componentLine(c: SummaryComponent, locale: Locale): string {
  const name = measureNames[locale][c.measure];
  const pct = locale === 'fr' ? `${frNumber(c.weightPercent)}${nnbsp}%` : `${c.weightPercent}%`;
  if (locale === 'fr') {
    const whose = c.level === 'team' ? 'de votre équipe' : 'vos propres résultats';
    return `${pct} : ${name} (${whose}), objectif ${target(c, locale)}.`;
  }
  const whose = c.level === 'team' ? "your team's" : 'your own results';
  return `${pct}: ${name} (${whose}), target ${target(c, locale)}.`;
}

/** The policy in force as sentences an advisor reads, in `locale`. */
export function advisorPolicyLines(summary: AdvisorPolicySummary, locale: Locale): string[] {
  const fr = locale === 'fr';
  if (summary.state === 'none') {
    return [
      fr
        ? `Aucune politique de rémunération variable n’a été publiée avant le début du trimestre ${summary.quarter}.`
        : `No variable-pay policy was published before ${summary.quarter} started.`,
    ];
  }
  const lines = [
    fr
      ? `Politique en vigueur pour ${summary.quarter} (version ${summary.version}) :`
      : `Policy in force for ${summary.quarter} (version ${summary.version}):`,
    ...summary.components.map((c) => componentLine(c, locale)),
  ];
  const gate = summary.qualityGate;
  if (gate && summary.components.some((c) => c.measure === 'handle-time')) {
    const g = target({ measure: gate.measure, target: gate.minimum }, locale);
    lines.push(
      fr
        ? `La durée de traitement ne compte que pour l’équipe, et seulement si sa ${measureNames.fr[gate.measure]} atteint ${g}.`
        : `Handle time counts for the team only, and only when its ${measureNames.en[gate.measure]} reaches ${g}.`,
    );
  }
  lines.push(
    fr
      ? `En dessous de ${summary.minimumResponses} réponses clients dans le trimestre, votre indicateur suit celui de votre équipe.`
      : `Below ${summary.minimumResponses} customer responses in the quarter, your indicator follows your team's.`,
  );
  if (summary.shrinkTowardTeam)
    lines.push(
      fr
        ? 'Vos résultats sont rapprochés de ceux de votre équipe d’autant plus que vous avez peu de réponses.'
        : "Your results are drawn toward your team's, the more so the fewer responses you have.",
    );
  lines.push(
    fr ? 'Le bien-être n’entre jamais dans votre rémunération.' : 'Wellbeing never enters your pay.',
  );
  return lines;
}
