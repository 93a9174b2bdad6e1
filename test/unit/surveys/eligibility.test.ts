import { describe, expect, it } from 'vitest';
import { customerSurveyEligibility } from '../../../shared/surveys/eligibility.js';
import {
  defaultSurveySettings,
  type SurveySettings,
} from '../../../shared/surveys/survey-settings.schema.js';

const now = new Date('2026-12-01T10:00:00.000Z');
const settings: SurveySettings = {
  ...defaultSurveySettings,
  samplingRate: { phone: 0.3, email: 1, chat: 0, social: 1, 'in-person': 1 },
  quietPeriodDays: 30,
};

describe('customer survey eligibility', () => {
  it('sends to a customer the system has never surveyed', () => {
    expect(
      customerSurveyEligibility({ channel: 'email', contact: undefined, settings, now, draw: 0.99 }),
    ).toEqual({ eligible: true });
  });

  it('never sends to an unsubscribed customer, even long after the quiet period', () => {
    expect(
      customerSurveyEligibility({
        channel: 'email',
        contact: { unsubscribedAt: '2025-01-01T00:00:00.000Z', lastSurveyedAt: '2024-12-01T00:00:00.000Z' },
        settings,
        now,
        draw: 0,
      }),
    ).toEqual({ eligible: false, reason: 'unsubscribed' });
  });

  it('never sends to a suppressed address, whether it bounced or complained', () => {
    for (const suppressed of ['bounce', 'complaint'] as const) {
      expect(
        customerSurveyEligibility({ channel: 'email', contact: { suppressed }, settings, now, draw: 0 }),
      ).toEqual({ eligible: false, reason: 'suppressed' });
    }
  });

  it('keeps the quiet period until exactly quietPeriodDays after the last survey', () => {
    const at = (iso: string) =>
      customerSurveyEligibility({
        channel: 'email',
        contact: { lastSurveyedAt: '2026-11-01T10:00:00.000Z' },
        settings,
        now: new Date(iso),
        draw: 0,
      });
    expect(at('2026-11-02T10:00:00.000Z')).toEqual({ eligible: false, reason: 'quiet-period' });
    expect(at('2026-12-01T09:59:59.999Z')).toEqual({ eligible: false, reason: 'quiet-period' });
    expect(at('2026-12-01T10:00:00.000Z')).toEqual({ eligible: true });
  });

  it('follows the quiet period set by HR', () => {
    const contact = { lastSurveyedAt: '2026-11-20T10:00:00.000Z' };
    const eligibility = (quietPeriodDays: number) =>
      customerSurveyEligibility({
        channel: 'email',
        contact,
        settings: { ...settings, quietPeriodDays },
        now,
        draw: 0,
      });
    expect(eligibility(7)).toEqual({ eligible: true });
    expect(eligibility(11)).toEqual({ eligible: true });
    expect(eligibility(12)).toEqual({ eligible: false, reason: 'quiet-period' });
  });

  it('samples a contact when its draw is below its channel’s rate', () => {
    const draw = (channel: 'phone' | 'chat' | 'email', value: number) =>
      customerSurveyEligibility({ channel, contact: undefined, settings, now, draw: value });
    expect(draw('phone', 0)).toEqual({ eligible: true });
    expect(draw('phone', 0.2999)).toEqual({ eligible: true });
    expect(draw('phone', 0.3)).toEqual({ eligible: false, reason: 'not-sampled' });
    expect(draw('phone', 0.7)).toEqual({ eligible: false, reason: 'not-sampled' });
    expect(draw('chat', 0)).toEqual({ eligible: false, reason: 'not-sampled' });
    expect(draw('email', 0.9999)).toEqual({ eligible: true });
  });

  it('checks opt-out and quiet period before sampling', () => {
    expect(
      customerSurveyEligibility({
        channel: 'chat',
        contact: { lastSurveyedAt: '2026-11-30T10:00:00.000Z' },
        settings,
        now,
        draw: 0.5,
      }),
    ).toEqual({ eligible: false, reason: 'quiet-period' });
  });
});
