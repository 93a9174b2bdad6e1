import type { Locale } from '../../../shared/roster/index.js';

/** Words of the HR pay policy page, French first. */
export const payMessages: Record<
  Locale,
  {
    title: string;
    prerequisites: string;
    cseConsultedOn: string;
    advisorsInformedOn: string;
    notRecorded: string;
    prerequisitesByAdmin: string;
    notJson: string;
    notVersion: string;
    policyValid: string;
    liveCheck: string;
    quarterReviews: string;
    record: string;
    payEnabled: (at: string) => string;
    payDisabled: string;
    enable: string;
    versions: string;
    version: string;
    name: string;
    effectiveFrom: string;
    status: string;
    draft: string;
    published: (at: string, first: string) => string;
    publish: string;
    noVersion: string;
    inForce: (quarter: string) => string;
    noneInForce: (quarter: string) => string;
    newDraft: string;
    policyJson: string;
    policyHelp: string;
    save: string;
    problems: string;
    readOnly: string;
  }
> = {
  fr: {
    title: 'Politique de rémunération variable',
    prerequisites: 'Avant tout usage de la rémunération variable',
    cseConsultedOn: 'Date de consultation du CSE',
    advisorsInformedOn: 'Date d’information des conseillers',
    notRecorded: 'non enregistrée',
    notJson: 'ce n’est pas du JSON valide',
    notVersion: 'un numéro de version (1, 2, …)',
    policyValid: 'Cette politique respecte toutes les règles.',
    liveCheck: 'Vérification pendant la saisie',
    quarterReviews: 'Revue des trimestres et fichiers de paie',
    prerequisitesByAdmin:
      'Un administrateur enregistre ces dates (page « Paie : consultation du CSE ») ; vous pourrez ensuite activer les indicateurs.',
    record: 'Enregistrer les dates',
    payEnabled: (at) => `Indicateurs de rémunération activés le ${at}.`,
    payDisabled: 'Indicateurs de rémunération non activés.',
    enable: 'Activer les indicateurs',
    versions: 'Versions',
    version: 'Version',
    name: 'Nom',
    effectiveFrom: 'À partir de',
    status: 'État',
    draft: 'brouillon',
    published: (at, first) => `publiée le ${at}, s’applique à partir de ${first}`,
    publish: 'Publier',
    noVersion: 'Aucune version enregistrée.',
    inForce: (q) => `En vigueur pour ${q}`,
    noneInForce: (q) => `Aucune politique publiée avant le début de ${q}.`,
    newDraft: 'Nouvelle version (brouillon)',
    policyJson: 'Politique (JSON)',
    policyHelp:
      'Une politique ne s’applique qu’aux trimestres qui commencent après sa publication. Les conceptions interdites sont refusées avec la règle enfreinte.',
    save: 'Enregistrer le brouillon',
    problems: 'La politique n’a pas été enregistrée :',
    readOnly: 'Lecture seule : seuls les RH modifient la politique.',
  },
  en: {
    title: 'Variable-pay policy',
    prerequisites: 'Before any use of variable pay',
    cseConsultedOn: 'Date the CSE was consulted',
    advisorsInformedOn: 'Date advisors were informed',
    notRecorded: 'not recorded',
    notJson: 'not valid JSON',
    notVersion: 'a version number (1, 2, …)',
    policyValid: 'This policy follows every rule.',
    liveCheck: 'Checked as you type',
    quarterReviews: 'Quarter reviews and payroll files',
    prerequisitesByAdmin:
      'An administrator records these dates (page “Pay: staff consultation”); you can then enable the indicators.',
    record: 'Record the dates',
    payEnabled: (at) => `Pay indicators enabled on ${at}.`,
    payDisabled: 'Pay indicators are not enabled.',
    enable: 'Enable pay indicators',
    versions: 'Versions',
    version: 'Version',
    name: 'Name',
    effectiveFrom: 'From',
    status: 'Status',
    draft: 'draft',
    published: (at, first) => `published on ${at}, applies from ${first}`,
    publish: 'Publish',
    noVersion: 'No version saved yet.',
    inForce: (q) => `In force for ${q}`,
    noneInForce: (q) => `No policy was published before ${q} started.`,
    newDraft: 'New version (draft)',
    policyJson: 'Policy (JSON)',
    policyHelp:
      'A policy applies only to quarters that start after it is published. Forbidden designs are refused with the rule they break.',
    save: 'Save the draft',
    problems: 'The policy was not saved:',
    readOnly: 'Read only: only HR change the policy.',
  },
};
