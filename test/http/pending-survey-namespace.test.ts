import { describe, expect, it } from 'vitest';
import { dispatchCustomerSurveys } from '../../functions/services/customer-dispatch.service.js';
import { interaction } from '../support/roster-fixtures.js';
import { surveyHarness } from '../support/survey-harness.js';

describe('contacts of two teams with the same external id', () => {
  it('each wait for, and get, their own customer survey', async () => {
    const h = await surveyHarness();
    const now = h.clock.now();
    // Two integrators' systems, one per team, happen to number a contact alike.
    await h.record([
      { ...interaction('shared-1', 'P1', now, 60), customerEmail: 'lyon-customer@client.example' },
    ]);
    await h.record([
      { ...interaction('shared-1', 'P7', now, 50), customerEmail: 'lille-customer@client.example' },
    ]);
    const summary = await dispatchCustomerSurveys(h.dispatchDeps);
    expect(summary).toEqual({ considered: 2, sent: 2, retrying: 0, failed: 0, skipped: {} });
    expect(h.mailer.to('lyon-customer@client.example')).toHaveLength(1);
    expect(h.mailer.to('lille-customer@client.example')).toHaveLength(1);
  });
});
