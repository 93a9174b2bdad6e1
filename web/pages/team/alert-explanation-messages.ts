import type { AlertKind } from '../../../shared/analytics/alerts.js';
import type { Locale } from '../../../shared/roster/index.js';

const nbsp = '\u00a0';

/** What one alert means, how it is computed, how rarely it fires by chance, what a manager can do. */
export interface AlertExplanation {
  readonly title: string;
  readonly means: string;
  readonly computed: readonly string[];
  readonly rarity: string;
  readonly actions: readonly string[];
}

export interface AlertExplanationMessages {
  readonly headings: { means: string; computed: string; rarity: string; actions: string };
  readonly back: string;
  readonly kinds: Readonly<Record<AlertKind, AlertExplanation>>;
}

const windowsFr = `On compare les 4${nbsp}dernières semaines aux 8${nbsp}semaines d’avant (il faut au moins 3 et 6${nbsp}semaines avec un chiffre).`;
const windowsEn =
  'The last 4 weeks are compared with the 8 weeks before them (at least 3 and 6 weeks with a figure are needed).';
const rarityFr = `Les seuils ont été réglés par simulation d’équipes où rien ne change vraiment : l’alerte se déclenche alors pour moins de 5${nbsp}% des équipes par trimestre. Elle est donc rare par hasard, mais pas impossible : c’est un signal à regarder avec l’équipe, pas un verdict.`;
const rarityEn =
  'The thresholds were set by simulating teams where nothing really changes: the alert then fires for fewer than 5% of teams a quarter. It is rare by chance, but not impossible: a signal to look at with the team, not a verdict.';

const fr: AlertExplanationMessages = {
  headings: {
    means: 'Ce que cela veut dire',
    computed: 'Comment elle est calculée',
    rarity: 'À quel point elle est rare sans vrai changement',
    actions: 'Ce que vous pouvez faire',
  },
  back: 'Revenir à la page de l’équipe',
  kinds: {
    'wellbeing-falling': {
      title: 'Alerte : bien-être en baisse',
      means:
        'Le bien-être des conseillers de l’équipe, tel que le pouls anonyme le mesure, a nettement baissé ces dernières semaines. Aucune réponse individuelle n’est en cause ni visible : seuls les chiffres publiés de l’équipe, chacun d’au moins 5 conseillers, sont utilisés.',
      computed: [
        `Chaque semaine du dernier trimestre (jusqu’à 13${nbsp}semaines) est comparée au niveau habituel de l’équipe sur les 13${nbsp}semaines d’avant (au moins 8, dont 6 avec un chiffre), en tenant compte de l’incertitude de chaque chiffre et de la façon dont une semaine ressemble à la précédente dans cette équipe.`,
        'Les écarts vers le bas s’additionnent semaine après semaine (somme cumulée) : une baisse qui dure se voit même si chaque semaine, seule, ne dit rien ; une semaine qui remonte la fait redescendre. La baisse est datée de la semaine où cette somme a commencé à monter.',
        'L’alerte se déclenche quand cette somme dépasse sa limite et que la moyenne des semaines depuis le début de la baisse est sous le niveau habituel d’au moins 5 points sur 100 et d’au moins 3,5 fois l’erreur type de l’écart.',
        'Méthode : somme cumulée unilatérale (CUSUM, Page 1954) sur les résidus d’un modèle AR(1) propre à l’équipe (Lu et Reynolds 1999).',
      ],
      rarity: `${rarityFr} Mesuré sur des équipes simulées sans changement : environ 1${nbsp}% des équipes par trimestre à 8${nbsp}réponses par semaine, 4,9${nbsp}% quand les semaines varient fortement d’elles-mêmes (comme dans le centre de démonstration).`,
      actions: [
        'En parler avec l’équipe, collectivement : charge, outils, reconnaissance, équilibre vie pro-vie perso.',
        'Regarder les dimensions du pouls qui ont le plus baissé et celles qui comptent le plus pour les clients.',
        'Vérifier si la charge ou les objectifs ont changé ces dernières semaines (campagne, absences, nouveaux outils).',
        'Suivre les semaines suivantes : une action utile se voit d’abord sur le bien-être, puis souvent sur les clients.',
      ],
    },
    'quadrant-customers-at-advisors-expense': {
      title: 'Alerte : clients servis aux dépens des conseillers',
      means:
        'Les clients restent bien servis, mais le bien-être des conseillers a baissé au point de passer sous la médiane du centre : l’équipe tient la qualité en puisant dans ses réserves. C’est un risque d’épuisement qui finit souvent par toucher les clients.',
      computed: [
        'Cette alerte suppose d’abord une baisse du bien-être sur les 4 dernières semaines par rapport aux 8 d’avant, d’au moins 5 points sur 100 et d’environ 3,7 fois son erreur type.',
        windowsFr,
        'Sur les dernières semaines, le bien-être doit être nettement sous la médiane du centre et la satisfaction client nettement au-dessus (les deux intervalles à 95 % d’un seul côté), alors que ce n’était pas le cas auparavant.',
      ],
      rarity: `${rarityFr} Comme elle demande en plus un changement de quadrant, elle est encore plus rare que la seule baisse du bien-être.`,
      actions: [
        'Alléger la pression là où elle pèse : pics de charge, planning, pauses, objectifs individuels de productivité.',
        'Reconnaître explicitement la qualité que l’équipe maintient.',
        'Demander à l’équipe ce qui lui manque pour répondre aux clients (outils, connaissances, soutien).',
        'Ne pas relâcher l’attention aux clients : viser l’équilibre, pas l’inverse.',
      ],
    },
    'productivity-pressure': {
      title: 'Alerte : pression de productivité',
      means:
        'La durée moyenne de traitement a nettement baissé pendant que le bien-être des conseillers baissait aussi : les appels se raccourcissent peut-être sous la pression, ce qui use l’équipe et abîme souvent la qualité ensuite.',
      computed: [
        windowsFr,
        'Deux conditions ensemble : la durée moyenne de traitement baisse d’au moins 5 % et nettement au-delà de son incertitude, et le bien-être baisse sur les mêmes semaines d’au moins 5 points sur 100 et d’environ 3,7 fois son erreur type.',
      ],
      rarity: rarityFr,
      actions: [
        'Vérifier qu’aucun objectif individuel de durée de traitement ne pèse sur les conseillers : la productivité ne compte qu’au niveau de l’équipe.',
        'Regarder la résolution au premier contact : des appels plus courts qui reviennent ne sont pas un gain.',
        'En parler avec l’équipe et ajuster les consignes ou le planning.',
      ],
    },
    'once-and-done-drop': {
      title: 'Alerte : résolution au premier contact en baisse',
      means:
        'Sur un canal, moins de clients disent que leur demande a été réglée dès le premier contact. Les clients doivent revenir, ce qui pèse sur eux et sur l’équipe.',
      computed: [
        windowsFr,
        'Le taux de résolution au premier contact, d’après les réponses des clients sur ce canal, doit baisser d’au moins 5 points de pourcentage et nettement au-delà de son incertitude (environ 3,5 fois son erreur type).',
      ],
      rarity: rarityFr,
      actions: [
        'Chercher avec l’équipe les questions auxquelles elle ne sait pas répondre sur ce canal.',
        'Renforcer les connaissances et le soutien plutôt que la pression : formation, fiches, accès à un référent.',
        'Vérifier si un changement récent (offre, outil, procédure) crée de nouvelles demandes.',
      ],
    },
  },
};

const en: AlertExplanationMessages = {
  headings: {
    means: 'What it means',
    computed: 'How it is computed',
    rarity: 'How rarely it fires with no real change',
    actions: 'What you can do',
  },
  back: 'Back to the team page',
  kinds: {
    'wellbeing-falling': {
      title: 'Alert: wellbeing falling',
      means:
        'The team’s advisor wellbeing, as the anonymous pulse measures it, has clearly fallen over the last weeks. No individual answer is involved or visible: only the team’s published figures, each from at least 5 advisors, are used.',
      computed: [
        'Every week of the last quarter (up to 13 weeks) is compared with the team’s usual level over the 13 weeks before (at least 8, 6 of them with a figure), allowing for each figure’s own uncertainty and for how much one week resembles the previous one in this team.',
        'Shortfalls add up week after week (a cumulative sum): a fall that lasts shows even when no single week says anything; a week that recovers brings the sum back down. The fall is dated from the week the sum started to rise.',
        'The alert fires when that sum passes its limit and the mean of the weeks since the fall started is below the usual level by at least 5 points out of 100 and by at least 3.5 standard errors of the difference.',
        'Method: one-sided cumulative sum (CUSUM, Page 1954) on the residuals of the team’s own AR(1) model (Lu & Reynolds 1999).',
      ],
      rarity: `${rarityEn} Measured on simulated teams with no change: about 1% of teams a quarter at 8 answers a week, 4.9% when weeks swing strongly on their own (as in the demo centre).`,
      actions: [
        'Talk about it with the team, together: workload, tools, recognition, work-life balance.',
        'Look at the pulse dimensions that fell most and at those that matter most to customers.',
        'Check whether workload or objectives changed in the last weeks (campaign, absences, new tools).',
        'Follow the next weeks: a useful action shows first on wellbeing, then often on customers.',
      ],
    },
    'quadrant-customers-at-advisors-expense': {
      title: 'Alert: customers served at the advisors’ expense',
      means:
        'Customers are still well served, but advisor wellbeing has fallen below the centre’s median: the team holds quality by drawing on its reserves. This is a burn-out risk that often reaches customers in the end.',
      computed: [
        'This alert first needs wellbeing to fall over the last 4 weeks against the 8 before, by at least 5 points out of 100 and about 3.7 times its standard error.',
        windowsEn,
        'Over the last weeks, wellbeing must be clearly below the centre’s median and customer satisfaction clearly above it (both 95% intervals on one side), when that was not the case before.',
      ],
      rarity: `${rarityEn} Since it also needs a change of quadrant, it is even rarer than the wellbeing fall alone.`,
      actions: [
        'Ease the pressure where it weighs: workload peaks, schedules, breaks, individual productivity targets.',
        'Recognise explicitly the quality the team keeps up.',
        'Ask the team what it lacks to answer customers (tools, knowledge, support).',
        'Do not drop the attention to customers: aim for balance, not the reverse.',
      ],
    },
    'productivity-pressure': {
      title: 'Alert: productivity pressure',
      means:
        'Mean handle time fell clearly while advisor wellbeing fell too: contacts may be getting shorter under pressure, which wears the team down and often harms quality later.',
      computed: [
        windowsEn,
        'Two conditions together: mean handle time falls by at least 5% and clearly beyond its uncertainty, and wellbeing falls over the same weeks by at least 5 points out of 100 and about 3.7 times its standard error.',
      ],
      rarity: rarityEn,
      actions: [
        'Make sure no individual handle-time objective weighs on advisors: productivity counts only at team level.',
        'Look at first-contact resolution: shorter contacts that come back are no gain.',
        'Talk it over with the team and adjust instructions or schedules.',
      ],
    },
    'once-and-done-drop': {
      title: 'Alert: first-contact resolution falling',
      means:
        'On one channel, fewer customers say their request was settled at the first contact. Customers have to come back, which weighs on them and on the team.',
      computed: [
        windowsEn,
        'The first-contact resolution rate, from customers’ answers on that channel, must fall by at least 5 percentage points and clearly beyond its uncertainty (about 3.5 times its standard error).',
      ],
      rarity: rarityEn,
      actions: [
        'Find with the team the questions it cannot answer on that channel.',
        'Strengthen knowledge and support rather than pressure: training, guides, access to an expert.',
        'Check whether a recent change (offer, tool, procedure) creates new requests.',
      ],
    },
  },
};

export const alertExplanationMessages: Record<Locale, AlertExplanationMessages> = { fr, en };
