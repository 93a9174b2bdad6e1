import {
  type PlantedCentre,
  plantCentre,
  plantedLogics,
  plantedTools,
} from '../../shared/logics/plant-logics.js';
import type { CentreResource } from '../../shared/logics/resources-by-logic.js';
import { asksWaysOfWorking, type CentreToolOrMethod } from '../../shared/logics/ways-of-working-module.js';
import type { AnonymousPulseAnswer } from '../../shared/publication/pulse-cells.js';

/** The demo centre's tools and methods list: the planted centre's (shared/logics/plant-logics.ts). */
export const demoTools: readonly CentreToolOrMethod[] = plantedTools;

/**
 * The demo centre's resources list, each tagged with the distinctive answers of one planted
 * logic (shared/logics/README.md), so the logics page has something to propose to each.
 */
export const demoResources: readonly CentreResource[] = [
  {
    id: 'reflex-sheets',
    kind: 'process',
    title: {
      fr: 'Fiches réflexes et scripts tenus à jour chaque semaine',
      en: 'Reflex sheets and scripts updated weekly',
    },
    addresses: [
      { itemId: 'rely-procedures', when: 'high' },
      { itemId: 'rely-knowledge-base', when: 'high' },
      { itemId: 'frame-freedom', when: 'low' },
    ],
  },
  {
    id: 'short-e-learning',
    kind: 'training-format',
    title: { fr: 'Modules d’e-learning de dix minutes', en: 'Ten-minute e-learning modules' },
    addresses: [{ itemId: 'training-e-learning', when: 'high' }],
  },
  {
    id: 'decision-latitude',
    kind: 'process',
    title: {
      fr: 'Marge de manœuvre écrite : ce que le conseiller décide seul',
      en: 'Written decision latitude: what an advisor decides alone',
    },
    addresses: [
      { itemId: 'frame-freedom', when: 'high' },
      { itemId: 'rely-own-experience', when: 'high' },
      { itemId: 'rely-procedures', when: 'low' },
    ],
  },
  {
    id: 'expert-pairing',
    kind: 'training-format',
    title: { fr: 'Binôme avec un conseiller expert', en: 'Pairing with an expert advisor' },
    addresses: [{ itemId: 'training-pairing', when: 'high' }],
  },
  {
    id: 'co-built-objectives',
    kind: 'objective-setting',
    title: { fr: 'Objectifs construits avec le manager', en: 'Objectives built with the manager' },
    addresses: [{ itemId: 'objectives-co-built', when: 'high' }],
  },
  {
    id: 'peer-debrief-ritual',
    kind: 'process',
    title: { fr: 'Débrief entre pairs après un appel difficile', en: 'Peer debrief after a hard call' },
    addresses: [
      { itemId: 'rely-colleagues', when: 'high' },
      { itemId: 'tool-peer-debrief', when: 'high' },
    ],
  },
  {
    id: 'daily-huddle',
    kind: 'training-format',
    title: { fr: 'Point d’équipe court chaque matin', en: 'A short team huddle every morning' },
    addresses: [
      { itemId: 'training-huddles', when: 'high' },
      { itemId: 'rely-manager', when: 'high' },
    ],
  },
  {
    id: 'time-to-help',
    kind: 'talking-points',
    title: {
      fr: 'Reconnaître le temps passé à aider vraiment un client',
      en: 'Recognising time spent truly helping a customer',
    },
    addresses: [
      { itemId: 'worthwhile-helped-person', when: 'high' },
      { itemId: 'worthwhile-efficient', when: 'low' },
    ],
  },
  {
    id: 'team-objectives',
    kind: 'objective-setting',
    title: { fr: 'Objectifs d’équipe partagés', en: 'Shared team objectives' },
    addresses: [{ itemId: 'objectives-collective', when: 'high' }],
  },
];

/** The smallest planted logic's share: every module week must give it at least k respondents. */
export const smallestPlantedShare = Math.min(...plantedLogics.map((l) => l.share));

/**
 * One module week's planted answers: `plantCentre` (shared/logics/plant-logics.ts) for the
 * week's respondents, seeded from the demo seed and the week, so each month's draw differs and
 * the same demo gives the same answers. The planted labels stay here: the seeding stores the
 * answer vectors only, anonymous like every pulse answer.
 */
export function plantDemoLogicsWeek(seed: number, week: string, respondents: number): PlantedCentre {
  const weekNumber = Number(week.slice(0, 4)) * 100 + Number(week.slice(6));
  return plantCentre({ respondents, seed: (seed ^ (weekNumber * 2_654_435_761)) >>> 0 });
}

/**
 * Adds the planted module answers to a module week's pulse answers, in their order (one vector
 * per answer; a skipped item is left out). Other weeks are returned as they are.
 */
export function withPlantedModuleAnswers(
  seed: number,
  week: string,
  answers: readonly AnonymousPulseAnswer[],
): AnonymousPulseAnswer[] {
  if (!asksWaysOfWorking(week) || answers.length === 0) return [...answers];
  const planted = plantDemoLogicsWeek(seed, week, answers.length);
  return answers.map((answer, i) => {
    const module: Record<string, number> = {};
    planted.items.forEach((item, j) => {
      const value = planted.answers[i]?.[j];
      if (value !== null && value !== undefined) module[item.id] = value;
    });
    return { ...answer, answers: { ...answer.answers, ...module } };
  });
}
