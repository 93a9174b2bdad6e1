import type { Locale } from '../roster/index.js';
import { mondayOfIsoWeek } from '../time/windows.js';
import type { PulseDimension } from './pulse-dimensions.js';

/** A pulse question: a 1–5 agreement item of one dimension, or the 0–10 eNPS question. */
export interface PulseItem {
  readonly id: string;
  readonly dimension: PulseDimension | 'enps';
  readonly scale: { readonly min: number; readonly max: number };
  readonly text: Readonly<Record<Locale, string>>;
}

const agree = { min: 1, max: 5 } as const;

/** The bank the weekly pulse rotates through (DOMAIN.md facts 4, 9, 10). */
export const pulseBank: readonly PulseItem[] = [
  {
    id: 'wellbeing-week',
    dimension: 'wellbeing',
    scale: agree,
    text: {
      fr: 'Cette semaine-là, je me suis senti(e) bien au travail.',
      en: 'That week I felt good at work.',
    },
  },
  {
    id: 'workload-manageable',
    dimension: 'workload',
    scale: agree,
    text: { fr: 'Ma charge de travail était tenable.', en: 'My workload was manageable.' },
  },
  {
    id: 'autonomy-frame',
    dimension: 'autonomy',
    scale: agree,
    text: {
      fr: 'J’ai pu décider de la meilleure façon d’aider mes clients, dans un cadre clair.',
      en: 'I could decide how best to help my customers, within a clear frame.',
    },
  },
  {
    id: 'manager-support',
    dimension: 'manager-support',
    scale: agree,
    text: {
      fr: 'Mon manager m’a aidé(e) quand j’en avais besoin.',
      en: 'My manager helped me when I needed it.',
    },
  },
  {
    id: 'tools-knowledge',
    dimension: 'tools-knowledge',
    scale: agree,
    text: {
      fr: 'Cette semaine-là, j’avais ce qu’il me fallait pour répondre aux clients.',
      en: 'That week I had what I needed to answer customers.',
    },
  },
  {
    id: 'recognition',
    dimension: 'recognition',
    scale: agree,
    text: { fr: 'Mon travail a été reconnu.', en: 'My work was recognised.' },
  },
  {
    id: 'meaning',
    dimension: 'meaning',
    scale: agree,
    text: { fr: 'Mon travail a du sens pour moi.', en: 'My work feels meaningful.' },
  },
  {
    id: 'team-spirit',
    dimension: 'team-spirit',
    scale: agree,
    text: { fr: 'Je peux compter sur mon équipe.', en: 'I can count on my team.' },
  },
  {
    id: 'work-life-balance',
    dimension: 'work-life-balance',
    scale: agree,
    text: {
      fr: 'J’ai pu concilier travail et vie personnelle.',
      en: 'I could balance work and personal life.',
    },
  },
  {
    id: 'enps',
    dimension: 'enps',
    scale: { min: 0, max: 10 },
    text: {
      fr: 'Recommanderiez-vous votre service comme lieu de travail à un proche\u202f?',
      en: 'Would you recommend your team as a place to work to a friend?',
    },
  },
];

const rotating = pulseBank.filter((i) => i.dimension !== 'wellbeing' && i.dimension !== 'enps');

function weekOf(period: string): { week: number } {
  const match = /^(\d{4})-W(\d{2})$/.exec(period);
  const week = Number(match?.[2]);
  if (!match || week < 1 || week > 53) throw new Error(`Not an ISO week id: ${period}`);
  return { week };
}

/**
 * The items asked in a period: the wellbeing item every time (the barometer's spine), three
 * of the other eight in rotation (each comes back about every three weeks), and eNPS in weeks
 * 4, 8, 12, …: 4 or 5 items, under a minute.
 */
export function pulseItemsFor(period: string): PulseItem[] {
  const { week } = weekOf(period);
  const wellbeing = pulseBank.find((i) => i.dimension === 'wellbeing');
  const enps = pulseBank.find((i) => i.dimension === 'enps');
  if (!wellbeing || !enps) throw new Error('pulse bank lacks wellbeing or eNPS');
  const weeksSinceEpoch = Math.floor(mondayOfIsoWeek(period).getTime() / (7 * 86_400_000));
  const start = (weeksSinceEpoch * 3) % rotating.length;
  const picked = [0, 1, 2].map((j) => rotating[(start + j) % rotating.length] as PulseItem);
  return week % 4 === 0 ? [wellbeing, ...picked, enps] : [wellbeing, ...picked];
}
