import type { Locale } from '../../shared/roster/index.js';
import { bernoulli, createDemoRng, type DemoRng, pick } from './demo-rng.js';

/** Share of demo pulse answers that carry a comment. */
const commentRate = 0.18;

/** Pulse comments the demo advisors write, in their language, by how their week went. */
const bank: Readonly<Record<Locale, { low: readonly string[]; high: readonly string[] }>> = {
  fr: {
    low: [
      'Trop de rappels en fin de journée, on n’a pas le temps de finir les dossiers.',
      'Les scripts ne collent pas aux vraies questions des clients.',
      'La base de connaissances n’est pas à jour sur les nouvelles offres.',
      'On manque de temps pour se former entre deux appels.',
      'Les objectifs de durée d’appel mettent la pression.',
    ],
    high: [
      'Bonne ambiance dans l’équipe cette semaine.',
      'Le point d’équipe du matin aide vraiment.',
      'Merci pour la souplesse sur les horaires.',
      'Les retours clients positifs font du bien.',
      'Le binôme avec un collègue expérimenté m’a beaucoup appris.',
    ],
  },
  en: {
    low: [
      'Too many callbacks at the end of the day, no time to finish cases.',
      'The scripts do not match what customers actually ask.',
      'The knowledge base is out of date on the new offers.',
      'No time to train between calls.',
      'Handle-time targets put pressure on us.',
    ],
    high: [
      'Good atmosphere in the team this week.',
      'The morning team huddle really helps.',
      'Thanks for the flexibility on hours.',
      'Positive customer feedback feels good.',
      'Pairing with an experienced colleague taught me a lot.',
    ],
  },
};

/**
 * The demo's comment stream, apart from the answers' stream so adding comments changes no
 * drawn answer: the same seed gives the same centre and the same comments.
 */
export function demoCommentRng(seed: number): DemoRng {
  return createDemoRng(seed, 7_001);
}

/** A comment for an answer whose wellbeing was `wellbeing` (1–5), or none. */
export function demoPulseComment(
  rng: DemoRng,
  locale: Locale,
  wellbeing: number | undefined,
): string | undefined {
  if (!bernoulli(rng, commentRate)) return undefined;
  return pick(rng, (wellbeing ?? 3) <= 2 ? bank[locale].low : bank[locale].high);
}
