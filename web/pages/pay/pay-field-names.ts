import type { Locale } from '../../../shared/roster/index.js';

/** The name a person reads for each field a pay refusal can name, French first. */
const fieldNames: Record<Locale, Record<string, string>> = {
  fr: {
    quarter: 'Trimestre',
    revision: 'Révision',
    file: 'Fichier',
    kind: 'Fichier',
    version: 'Version de la politique',
    policy: 'Politique',
    '(body)': 'Politique',
    payEnabledAt: 'Activation des indicateurs',
    cseConsultedOn: 'Date de consultation du CSE',
    advisorsInformedOn: 'Date d’information des conseillers',
    rows: 'Lignes non revues',
    contests: 'Contestations ouvertes',
    reason: 'Motif',
    value: 'Valeur retenue',
    decision: 'Décision',
    responseId: 'Réponse contestée',
    payrollId: 'Conseiller',
    correctionReason: 'Motif de correction',
    form: 'Formulaire',
    // The policy's own fields (the JSON the editor holds).
    schemaVersion: 'Version du format',
    name: 'Nom',
    effectiveFrom: 'Premier trimestre',
    components: 'Composantes',
    qualityGate: 'Seuil de qualité',
    award: 'Mode d’attribution',
    eligibility: 'Éligibilité',
    shrinkage: 'Rapprochement vers l’équipe',
    limits: 'Planchers et plafonds',
  },
  en: {
    quarter: 'Quarter',
    revision: 'Revision',
    file: 'File',
    kind: 'File',
    version: 'Policy version',
    policy: 'Policy',
    '(body)': 'Policy',
    payEnabledAt: 'Pay indicators enabled',
    cseConsultedOn: 'Date the CSE was consulted',
    advisorsInformedOn: 'Date advisors were informed',
    rows: 'Unreviewed rows',
    contests: 'Open contests',
    reason: 'Reason',
    value: 'Value to pay',
    decision: 'Decision',
    responseId: 'Contested response',
    payrollId: 'Advisor',
    correctionReason: 'Correction reason',
    form: 'Form',
    schemaVersion: 'Format version',
    name: 'Name',
    effectiveFrom: 'First quarter',
    components: 'Components',
    qualityGate: 'Quality gate',
    award: 'Award mode',
    eligibility: 'Eligibility',
    shrinkage: 'Shrinkage toward the team',
    limits: 'Floors and caps',
  },
};

const componentWord: Record<Locale, (n: number) => string> = {
  fr: (n) => `Composante ${n}`,
  en: (n) => `Component ${n}`,
};

/**
 * The field a refusal names, in `locale`: a form field by its label (`quarter` → « Trimestre »);
 * a field inside the policy JSON by its label then its place in the JSON the person typed
 * (`components.1.weight` → « Composante 2 (components.1.weight) »).
 */
export function payFieldName(locale: Locale, path: string): string {
  const names = fieldNames[locale];
  const whole = names[path];
  if (whole) return whole;
  const [head = '', index] = path.split('.');
  const label =
    head === 'components' && index !== undefined && /^\d+$/.test(index)
      ? componentWord[locale](Number(index) + 1)
      : (names[head] ?? names.form);
  return `${label} (${path})`;
}

/** « Trimestre : … » in French (no-break space before the colon), "Quarter: …" in English. */
export function fieldLine(locale: Locale, path: string, text: string): string {
  return `${payFieldName(locale, path)}${locale === 'fr' ? '\u00a0: ' : ': '}${text}`;
}
