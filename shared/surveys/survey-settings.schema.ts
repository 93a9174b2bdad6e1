import * as z from 'zod/mini';
import { channels } from '../roster/index.js';
import { noControlCharacters } from '../text/free-text.js';

const rate = z.number().check(z.gte(0), z.lte(1));

/** A link's words in each language the survey speaks, 1–80 characters once trimmed. */
const linkLabel = z.string().check(z.trim(), z.minLength(1), z.maxLength(80), noControlCharacters());

/**
 * The optional link offered on the thanks page after a high score (9–10), e.g. the centre's page
 * on a review site: an https address and its label in French and English.
 */
export const highScoreLinkSchema = z.object({
  url: z
    .url({
      protocol: /^https$/,
      hostname: z.regexes.domain,
      error: 'must be an https address on a domain name (https://…)',
    })
    .check(z.maxLength(500)),
  label: z.object({ fr: linkLabel, en: linkLabel }),
});
export type HighScoreLink = z.output<typeof highScoreLinkSchema>;

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
  /** Offered to customers after a score of 9 or 10; absent: a plain thanks. */
  highScoreLink: z.optional(highScoreLinkSchema),
});
export type SurveySettings = z.output<typeof surveySettingsSchema>;

export const defaultSurveySettings: SurveySettings = {
  samplingRate: { phone: 1, email: 1, chat: 1, social: 1, 'in-person': 1 },
  quietPeriodDays: 30,
  pulseCadenceWeeks: 1,
};
