import * as z from 'zod/mini';
import { channels } from '../roster/index.js';

const rate = z.number().check(z.gte(0), z.lte(1));

/** How the system picks contacts to survey; set by HR, never per contact. */
export const surveySettingsSchema = z.object({
  /** Share of each channel's contacts that get a survey, 0–1. */
  samplingRate: z.object(
    Object.fromEntries(channels.map((c) => [c, rate])) as Record<(typeof channels)[number], typeof rate>,
  ),
  /** At most one survey per customer in this many days, 7–365. */
  quietPeriodDays: z.int().check(z.gte(7), z.lte(365)),
  /** Advisor pulse every N weeks (1 weekly, 2 every two weeks). */
  pulseCadenceWeeks: z.int().check(z.gte(1), z.lte(4)),
});
export type SurveySettings = z.output<typeof surveySettingsSchema>;

export const defaultSurveySettings: SurveySettings = {
  samplingRate: { phone: 1, email: 1, chat: 1, social: 1, 'in-person': 1 },
  quietPeriodDays: 30,
  pulseCadenceWeeks: 1,
};
