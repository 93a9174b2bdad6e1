import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoDispatchRepository } from '../../functions/adapters/dynamo/dispatch.repository.js';
import { defaultSurveySettings } from '../../shared/surveys/survey-settings.schema.js';
import { createTestDatabase, type TestDatabase } from '../support/test-tables.js';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterEach(() => {
  vi.useRealTimers();
});

const withLink = {
  ...defaultSurveySettings,
  highScoreLink: { url: 'https://avis.example.com/centre', label: { fr: 'Votre avis', en: 'Your review' } },
};

describe('survey settings read by the survey function (remembered 30 s)', () => {
  it("shows its own change at once, another function's within 30 s, and never remembers a failed read", async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-01T08:00:00Z') });
    const table = db.config.MAIN_TABLE_NAME;
    const survey = new DynamoDispatchRepository(db.clients, table);
    const admin = new DynamoDispatchRepository(db.clients, table);
    expect(await survey.getSurveySettings()).toEqual(defaultSurveySettings);

    await admin.putSurveySettings(withLink);
    expect(await admin.getSurveySettings()).toEqual(withLink);
    vi.advanceTimersByTime(29_000);
    expect(await survey.getSurveySettings()).toEqual(defaultSurveySettings);
    vi.advanceTimersByTime(1_000);
    expect(await survey.getSurveySettings()).toEqual(withLink);

    await survey.putSurveySettings(defaultSurveySettings);
    expect(await survey.getSurveySettings()).toEqual(defaultSurveySettings);

    // A failed read is not remembered: the next thanks page reads again.
    vi.advanceTimersByTime(30_000);
    const send = vi.spyOn(db.clients.doc, 'send').mockRejectedValueOnce(new Error('throttled'));
    await expect(survey.getSurveySettings()).rejects.toThrow('throttled');
    expect(await survey.getSurveySettings()).toEqual(defaultSurveySettings);
    expect(send).toHaveBeenCalledTimes(2);
    send.mockRestore();
  });
});
