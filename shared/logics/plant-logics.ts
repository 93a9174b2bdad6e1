import { seededNormal, seededUniform } from '../analytics/inference/seeded-random.js';
import type { AnswerVector } from './standardise-answers.js';
import {
  type CentreToolOrMethod,
  type WaysOfWorkingItem,
  waysOfWorkingModule,
} from './ways-of-working-module.js';

/** The tools and methods the simulated centre lists (the demo's admin list). */
export const plantedTools: readonly CentreToolOrMethod[] = [
  { id: 'guided-scripts', kind: 'tool', name: { fr: 'Les scripts guidés', en: 'Guided scripts' } },
  {
    id: 'kb-search',
    kind: 'tool',
    name: { fr: 'La recherche dans la base de connaissances', en: 'Knowledge base search' },
  },
  {
    id: 'peer-debrief',
    kind: 'method',
    name: { fr: 'Le débrief entre pairs après un appel difficile', en: 'Peer debrief after a hard call' },
  },
  {
    id: 'advisor-callbacks',
    kind: 'method',
    name: { fr: 'Le rappel du client à l’initiative du conseiller', en: 'Advisor-initiated callbacks' },
  },
  {
    id: 'quality-grid',
    kind: 'method',
    name: { fr: 'La grille qualité d’écoute', en: 'The call quality grid' },
  },
];

/** A planted logic: its share of the centre and its mean answer per item (3 where not listed). */
export interface PlantedLogic {
  readonly name: string;
  readonly share: number;
  readonly means: Readonly<Record<string, number>>;
}

/** The three planted logics of shared/logics/README.md. */
export const plantedLogics: readonly PlantedLogic[] = [
  {
    name: 'procedure-seekers',
    share: 0.45,
    means: {
      'rely-procedures': 4.5,
      'rely-knowledge-base': 4.4,
      'rely-colleagues': 2.8,
      'rely-manager': 3.0,
      'rely-own-experience': 2.2,
      'frame-freedom': 1.8,
      'worthwhile-solved': 4.2,
      'worthwhile-helped-person': 3.0,
      'worthwhile-efficient': 3.8,
      'training-e-learning': 4.4,
      'training-pairing': 2.8,
      'training-classroom': 3.6,
      'training-huddles': 2.9,
      'objectives-individual': 3.6,
      'tool-guided-scripts': 4.3,
      'tool-kb-search': 4.2,
      'tool-peer-debrief': 2.5,
      'tool-advisor-callbacks': 2.4,
    },
  },
  {
    name: 'autonomous-experts',
    share: 0.35,
    means: {
      'rely-procedures': 1.8,
      'rely-knowledge-base': 3.2,
      'rely-colleagues': 2.6,
      'rely-manager': 2.2,
      'rely-own-experience': 4.7,
      'frame-freedom': 4.6,
      'worthwhile-solved': 4.0,
      'worthwhile-helped-person': 3.2,
      'worthwhile-efficient': 4.0,
      'training-e-learning': 2.4,
      'training-pairing': 4.4,
      'training-classroom': 2.2,
      'training-huddles': 2.8,
      'objectives-individual': 2.6,
      'objectives-co-built': 3.9,
      'tool-guided-scripts': 1.8,
      'tool-kb-search': 3.4,
      'tool-peer-debrief': 2.4,
      'tool-advisor-callbacks': 4.3,
    },
  },
  {
    name: 'relational',
    share: 0.2,
    means: {
      'rely-procedures': 2.8,
      'rely-knowledge-base': 2.8,
      'rely-colleagues': 4.6,
      'rely-manager': 4.4,
      'rely-own-experience': 3.0,
      'frame-freedom': 3.0,
      'worthwhile-solved': 3.2,
      'worthwhile-helped-person': 4.7,
      'worthwhile-efficient': 2.2,
      'training-e-learning': 2.6,
      'training-pairing': 3.4,
      'training-classroom': 3.0,
      'training-huddles': 4.5,
      'objectives-collective': 4.2,
      'tool-guided-scripts': 2.8,
      'tool-kb-search': 3.0,
      'tool-peer-debrief': 4.4,
      'tool-advisor-callbacks': 2.6,
    },
  },
];

/** One population with no logics: every item 3 on average (for the false-flag simulation). */
export const onePopulation: readonly PlantedLogic[] = [{ name: 'everyone', share: 1, means: {} }];

export interface PlantedCentre {
  readonly items: readonly WaysOfWorkingItem[];
  readonly answers: AnswerVector[];
  /** Each respondent's planted logic name (the truth the discovery is checked against). */
  readonly planted: string[];
}

/**
 * A month of module answers from a simulated centre: respondents split by the logics' shares
 * (rounded, the last logic takes the rest), in seeded random order; each answer is the
 * logic's mean plus a personal lean shared by all of a respondent's answers (a response style,
 * sd `responseStyleSd`, default 0.25) and noise (sd 0.75), rounded to 1–5; each answer is
 * missing with probability `missingRate` (default 3%).
 */
export function plantCentre(input: {
  readonly respondents: number;
  readonly seed: number;
  readonly logics?: readonly PlantedLogic[];
  readonly missingRate?: number;
  readonly responseStyleSd?: number;
}): PlantedCentre {
  const logics = input.logics ?? plantedLogics;
  const items = waysOfWorkingModule(plantedTools);
  const uniform = seededUniform(input.seed);
  const normal = seededNormal(input.seed ^ 0x9e3779b9);
  const planted: string[] = [];
  let left = input.respondents;
  logics.forEach((logic, g) => {
    const count = g === logics.length - 1 ? left : Math.round(logic.share * input.respondents);
    for (let i = 0; i < count; i += 1) planted.push(logic.name);
    left -= count;
  });
  for (let i = planted.length - 1; i > 0; i -= 1) {
    const j = Math.floor(uniform() * (i + 1));
    [planted[i], planted[j]] = [planted[j] as string, planted[i] as string];
  }
  const missingRate = input.missingRate ?? 0.03;
  const answers = planted.map((name) => {
    const means = logics.find((l) => l.name === name)?.means ?? {};
    const lean = (input.responseStyleSd ?? 0.25) * normal();
    return items.map((item) => {
      if (uniform() < missingRate) return null;
      const value = Math.round((means[item.id] ?? 3) + lean + 0.75 * normal());
      return Math.min(item.scale.max, Math.max(item.scale.min, value));
    });
  });
  return { items, answers, planted };
}
