import type { Locale } from '../roster/index.js';

/** Narrow no-break space before « ? » and « ! »; no-break space before « : ». */
const nnbsp = '\u202f';
const nbsp = '\u00a0';

/** One reader of Duopulse: what they can see, and what they can never learn. */
export interface ThreatModelReader {
  readonly id:
    | 'manager'
    | 'hr-payroll'
    | 'admin'
    | 'integration-key'
    | 'table-reader'
    | 'account-administrator';
  readonly who: string;
  readonly sees: string;
  readonly neverLearns: string;
}

export interface ThreatModelMessages {
  readonly title: string;
  readonly intro: readonly string[];
  readonly seesLabel: string;
  readonly neverLabel: string;
  readonly readers: readonly ThreatModelReader[];
  readonly howHeading: string;
  readonly how: readonly string[];
}

/**
 * The plain threat model, as advisors read it from the link in their pulse email. Every claim
 * has a test (README, "Who can see what").
 */
export const threatModelMessages: Record<Locale, ThreatModelMessages> = {
  fr: {
    title: 'Qui peut voir quoi dans vos réponses au questionnaire hebdomadaire',
    intro: [
      `Vos réponses au questionnaire hebdomadaire sont anonymes${nbsp}: personne ne peut les relier à vous, ni votre manager, ni les RH, ni un administrateur.`,
      `Le système sait seulement que vous avez répondu à la semaine (pour ne pas vous relancer), jamais ce que vous avez répondu${nbsp}; cette information n’est montrée à personne, personne par personne.`,
    ],
    seesLabel: `Voit${nbsp}:`,
    neverLabel: `Ne peut jamais savoir${nbsp}:`,
    readers: [
      {
        id: 'manager',
        who: 'Votre manager',
        sees: `Les résultats de l’équipe, seulement quand au moins 5 conseillers présents depuis 28 jours ou plus ont répondu à chaque question, sur une semaine ou une période plus large.`,
        neverLearns: `Vos réponses, ni celles d’un groupe de moins de 5 personnes, même en comparant deux semaines, deux périodes ou deux pages.`,
      },
      {
        id: 'hr-payroll',
        who: 'Les RH et la paie',
        sees: `Les mêmes résultats publiés, par équipe, site, profil de management et pour tout le centre.`,
        neverLearns: `Vos réponses. Le bien-être n’entre jamais dans votre rémunération individuelle.`,
      },
      {
        id: 'admin',
        who: 'Un administrateur de l’application',
        sees: `Les résultats publiés, et qui a répondu à quelle semaine (pour les relances).`,
        neverLearns: `Le contenu d’une réponse, ni qui l’a donnée${nnbsp}: ajouter des conseillers fictifs à une équipe ne fait pas passer le seuil, ils ne comptent qu’après 28 jours.`,
      },
      {
        id: 'integration-key',
        who: 'Un système relié par clé d’API',
        sees: `Les résultats publiés des équipes auxquelles la clé donne accès.`,
        neverLearns: `Plus que ce qui a été publié une fois pour toutes à la clôture de chaque semaine, quelles que soient les dates demandées.`,
      },
      {
        id: 'table-reader',
        who: 'Quelqu’un qui lit ou exporte les tables de données',
        sees: `Pour chaque équipe et semaine, des réponses chiffrées de même longueur, avec un identifiant aléatoire, sans heure ni ordre${nbsp}; et, à part, qui a répondu à quelle semaine.`,
        neverLearns: `Le contenu des réponses (chiffrées), ni à quelle invitation correspond une réponse${nnbsp}: enregistrer une réponse ne modifie rien d’autre que l’invitation.`,
      },
      {
        id: 'account-administrator',
        who: 'Un administrateur du compte AWS',
        sees: `Tout ce que le compte contient, y compris la clé de chiffrement.`,
        neverLearns: `L’heure d’une réponse à partir des sauvegardes${nnbsp}: la table des réponses est sauvegardée une fois par jour, jamais en continu. Un tel administrateur pourrait en théorie croiser les journaux d’écriture${nbsp}; c’est la limite de toute application hébergée, et la raison pour laquelle ces accès doivent rester rares et tracés.`,
      },
    ],
    howHeading: 'Comment c’est garanti',
    how: [
      `Les résultats sont décidés une seule fois, à la clôture de chaque semaine, pour tous les groupes et toutes les périodes à la fois, puis ne changent plus${nbsp}: aucune combinaison de résultats publiés ne permet d’isoler moins de 5 personnes.`,
      `Chaque question compte ses propres répondants${nbsp}: une question à laquelle trop peu de personnes ont répondu n’est pas montrée.`,
    ],
  },
  en: {
    title: 'Who can see what of your pulse answers',
    intro: [
      'Your pulse answers are anonymous: nobody can tie them to you, not your manager, not HR, not an administrator.',
      'The system only knows that you answered a week (so it does not remind you), never what you answered; this is shown to nobody, person by person.',
    ],
    seesLabel: 'Sees:',
    neverLabel: 'Can never learn:',
    readers: [
      {
        id: 'manager',
        who: 'Your manager',
        sees: 'Team results, only when at least 5 advisors who have been in the team for 28 days or more answered each question, over a week or a wider period.',
        neverLearns:
          'Your answers, nor those of any group of fewer than 5 people, even by comparing two weeks, two periods or two pages.',
      },
      {
        id: 'hr-payroll',
        who: 'HR and payroll',
        sees: 'The same published results, by team, site, management profile and for the whole centre.',
        neverLearns: 'Your answers. Wellbeing never enters your individual pay.',
      },
      {
        id: 'admin',
        who: 'An administrator of the application',
        sees: 'The published results, and who answered which week (for reminders).',
        neverLearns:
          'What an answer says, or who gave it: adding made-up advisors to a team does not lift it over the threshold, they only count after 28 days.',
      },
      {
        id: 'integration-key',
        who: 'A system connected with an API key',
        sees: 'The published results of the teams the key may reach.',
        neverLearns:
          'More than what was published once and for all when each week closed, whatever dates it asks for.',
      },
      {
        id: 'table-reader',
        who: 'Someone who reads or exports the data tables',
        sees: 'For each team and week, encrypted answers of one length with a random id, no time and no order; and, apart, who answered which week.',
        neverLearns:
          'What the answers say (encrypted), nor which invitation an answer belongs to: recording an answer changes nothing but the invitation.',
      },
      {
        id: 'account-administrator',
        who: 'An administrator of the AWS account',
        sees: 'Everything the account holds, the encryption key included.',
        neverLearns:
          'When an answer was given, from backups: the answers table is backed up once a day, never continuously. Such an administrator could in theory cross write logs; that is the limit of any hosted application, and why such access must stay rare and audited.',
      },
    ],
    howHeading: 'How this is guaranteed',
    how: [
      'Results are decided once, when each week closes, for every group and period together, and never change: no combination of published results can isolate fewer than 5 people.',
      'Each question counts its own respondents: a question too few people answered is not shown.',
    ],
  },
};
