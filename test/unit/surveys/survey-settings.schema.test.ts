import { describe, expect, it } from 'vitest';
import {
  defaultSurveySettings,
  surveySettingsSchema,
} from '../../../shared/surveys/survey-settings.schema.js';

function withQuietPeriod(quietPeriodDays: number) {
  return surveySettingsSchema.safeParse({ ...defaultSurveySettings, quietPeriodDays });
}

describe('survey settings', () => {
  it('accepts a quiet period of 7 to 365 days', () => {
    for (const days of [7, 30, 365]) expect(withQuietPeriod(days).success, String(days)).toBe(true);
  });

  it('rejects a quiet period under 7 days, over 365 days or not whole, on quietPeriodDays', () => {
    for (const days of [6, 366, 0, 30.5]) {
      const result = withQuietPeriod(days);
      expect(result.success, String(days)).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['quietPeriodDays']);
    }
  });

  it('accepts the defaults and rejects a sampling rate outside 0–1', () => {
    expect(surveySettingsSchema.safeParse(defaultSurveySettings).success).toBe(true);
    const result = surveySettingsSchema.safeParse({
      ...defaultSurveySettings,
      samplingRate: { ...defaultSurveySettings.samplingRate, chat: 1.5 },
    });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['samplingRate.chat']);
  });
});
