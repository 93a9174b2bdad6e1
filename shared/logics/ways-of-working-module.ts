import type { Locale } from '../roster/index.js';
import { type PulseItem, pulseItemsFor } from '../surveys/pulse-bank.js';
import { isoWeekOf } from '../time/period.js';
import { mondayOfIsoWeek } from '../time/windows.js';

/**
 * What a "ways of working" item is about. The first three describe how an advisor works and
 * define the logics (`role: 'profile'`); the last three judge what the centre offers and are
 * evaluated logic by logic (`role: 'evaluated'`), never used to find the logics, so a logic's
 * rating of a method is not an echo of how the logic was found (issue 12, DOMAIN.md fact 6).
 */
export type WaysOfWorkingDimension =
  | 'reliance'
  | 'frame'
  | 'worthwhile-contact'
  | 'training-format'
  | 'objective-setting'
  | 'tool-method';

export type ItemRole = 'profile' | 'evaluated';

export const roleOfDimension: Readonly<Record<WaysOfWorkingDimension, ItemRole>> = {
  reliance: 'profile',
  frame: 'profile',
  'worthwhile-contact': 'profile',
  'training-format': 'evaluated',
  'objective-setting': 'evaluated',
  'tool-method': 'evaluated',
};

/** A 1–5 item of the monthly module; `low` and `high` word the ends of its scale. */
export interface WaysOfWorkingItem {
  readonly id: string;
  readonly dimension: WaysOfWorkingDimension;
  readonly role: ItemRole;
  readonly scale: { readonly min: 1; readonly max: 5 };
  readonly text: Readonly<Record<Locale, string>>;
  readonly low: Readonly<Record<Locale, string>>;
  readonly high: Readonly<Record<Locale, string>>;
}

/** A tool or method the centre lists for advisors to rate (kept by an admin). */
export interface CentreToolOrMethod {
  readonly id: string;
  readonly kind: 'tool' | 'method';
  readonly name: Readonly<Record<Locale, string>>;
}

const scale = { min: 1, max: 5 } as const;
const never = { fr: 'jamais', en: 'never' };
const always = { fr: 'tout le temps', en: 'all the time' };
const notAtAll = { fr: 'pas du tout', en: 'not at all' };
const fully = { fr: 'tout à fait', en: 'fully' };
const useless = { fr: 'inutile', en: 'of no help' };
const veryUseful = { fr: 'très utile', en: 'very helpful' };

type ItemDraft = Omit<WaysOfWorkingItem, 'role' | 'scale'>;
const item = (draft: ItemDraft): WaysOfWorkingItem => ({
  ...draft,
  role: roleOfDimension[draft.dimension],
  scale,
});

const reliance = (id: string, fr: string, en: string): WaysOfWorkingItem =>
  item({
    id: `rely-${id}`,
    dimension: 'reliance',
    text: {
      fr: `Pour répondre aux clients, je m’appuie sur ${fr}.`,
      en: `To answer customers, I rely on ${en}.`,
    },
    low: never,
    high: always,
  });

const worthwhile = (id: string, fr: string, en: string): WaysOfWorkingItem =>
  item({
    id: `worthwhile-${id}`,
    dimension: 'worthwhile-contact',
    text: {
      fr: `Un contact vaut la peine pour moi quand ${fr}.`,
      en: `A contact is worthwhile to me when ${en}.`,
    },
    low: notAtAll,
    high: fully,
  });

const training = (id: string, fr: string, en: string): WaysOfWorkingItem =>
  item({
    id: `training-${id}`,
    dimension: 'training-format',
    text: { fr: `Pour progresser, ${fr} m’aide.`, en: `To get better, ${en} helps me.` },
    low: useless,
    high: veryUseful,
  });

const objectives = (id: string, fr: string, en: string): WaysOfWorkingItem =>
  item({
    id: `objectives-${id}`,
    dimension: 'objective-setting',
    text: { fr: `${fr} me conviennent.`, en: `${en} work for me.` },
    low: notAtAll,
    high: fully,
  });

/** The fixed items of the monthly module, in the order they are asked (FR/EN). */
export const waysOfWorkingItems: readonly WaysOfWorkingItem[] = [
  reliance('procedures', 'les procédures et les scripts', 'procedures and scripts'),
  reliance('knowledge-base', 'la base de connaissances', 'the knowledge base'),
  reliance('colleagues', 'mes collègues', 'my colleagues'),
  reliance('manager', 'mon manager', 'my manager'),
  reliance('own-experience', 'ma propre expérience', 'my own experience'),
  item({
    id: 'frame-freedom',
    dimension: 'frame',
    text: {
      fr: 'Dans un cadre clair, je souhaite de la liberté pour choisir comment traiter chaque contact.',
      en: 'Within a clear frame, I want freedom to choose how to handle each contact.',
    },
    low: { fr: 'un cadre précis, pas à pas', en: 'a precise frame, step by step' },
    high: { fr: 'une large liberté', en: 'wide freedom' },
  }),
  item({
    id: 'frame-clear',
    dimension: 'frame',
    text: { fr: 'Le cadre dans lequel je travaille est clair.', en: 'The frame I work in is clear.' },
    low: notAtAll,
    high: fully,
  }),
  worthwhile('solved', 'le problème est réglé du premier coup', 'the problem is solved the first time'),
  worthwhile(
    'helped-person',
    'j’ai aidé une personne, pas seulement traité un dossier',
    'I helped a person, not only handled a case',
  ),
  worthwhile('efficient', 'il est traité vite et efficacement', 'it is handled quickly and efficiently'),
  training('e-learning', 'l’e-learning', 'e-learning'),
  training('pairing', 'le binôme ou la double écoute avec un collègue', 'pairing or shadowing a colleague'),
  training('classroom', 'la formation en salle', 'classroom training'),
  training('huddles', 'le point d’équipe court', 'a short team huddle'),
  objectives('individual', 'Des objectifs chiffrés individuels', 'Individual numeric targets'),
  objectives('collective', 'Des objectifs d’équipe partagés', 'Shared team objectives'),
  objectives('co-built', 'Des objectifs construits avec mon manager', 'Objectives built with my manager'),
];

/** The rating item of a listed tool or method: "How useful is … to you?" (1–5). */
export function toolRatingItem(tool: CentreToolOrMethod): WaysOfWorkingItem {
  return item({
    id: `tool-${tool.id}`,
    dimension: 'tool-method',
    text: {
      fr: `${tool.name.fr}\u202f: à quel point cela vous est-il utile\u202f?`,
      en: `${tool.name.en}: how helpful is it to you?`,
    },
    low: useless,
    high: veryUseful,
  });
}

/** The module as asked in a centre: the fixed items, then one rating per listed tool or method. */
export function waysOfWorkingModule(tools: readonly CentreToolOrMethod[]): WaysOfWorkingItem[] {
  const ids = new Set<string>();
  for (const tool of tools) {
    if (!/^[a-z0-9-]+$/.test(tool.id) || ids.has(tool.id))
      throw new Error(`Bad or repeated tool id: ${tool.id}`);
    ids.add(tool.id);
  }
  return [...waysOfWorkingItems, ...tools.map(toolRatingItem)];
}

/**
 * Whether the module is asked in this ISO week: the first week of each month, months read
 * from a week's Thursday as every pulse window is (windows.ts), so exactly one week a month.
 * That week the module replaces the three rotating items (the wellbeing item stays): the
 * other weeks keep their 4 or 5 items, under a minute.
 */
export function asksWaysOfWorking(period: string): boolean {
  const thursday = new Date(mondayOfIsoWeek(period).getTime() + 3 * 86_400_000);
  return thursday.getUTCDate() <= 7;
}

/** The week (ISO id) the module is asked in a calendar month (`2026-03`). */
export function waysOfWorkingWeekOf(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`Not a month id: ${month}`);
  const year = Number(match[1]);
  const index = Number(match[2]) - 1;
  const first = new Date(Date.UTC(year, index, 1));
  const firstThursday = 1 + ((4 - first.getUTCDay() + 7) % 7);
  return isoWeekOf(new Date(Date.UTC(year, index, firstThursday)));
}

/**
 * The questions of one pulse week: the bank's items as `pulseItemsFor` picks them and, in the
 * module's week, the module in place of the rotating items (wellbeing and eNPS stay). That one
 * week a month is longer (about two minutes for the 17 items and a handful of tools); every
 * other week is unchanged.
 */
export function pulseWeekQuestions(
  period: string,
  tools: readonly CentreToolOrMethod[],
): { readonly pulse: PulseItem[]; readonly waysOfWorking: WaysOfWorkingItem[] } {
  const pulse = pulseItemsFor(period);
  if (!asksWaysOfWorking(period)) return { pulse, waysOfWorking: [] };
  return {
    pulse: pulse.filter((i) => i.dimension === 'wellbeing' || i.dimension === 'enps'),
    waysOfWorking: waysOfWorkingModule(tools),
  };
}
