import { describe, expect, it } from 'vitest';
import { jobs } from '../../functions/services/jobs.js';
import { linkIn, surveyHarness } from '../support/survey-harness.js';

describe('the pulse speaks of the right week', () => {
  it('sent on Monday 30 November (week 49 starts), it asks about week 48 with the same words in the email and on the page', async () => {
    const h = await surveyHarness(new Date('2026-11-30T07:00:00Z'));
    const summary = await jobs['pulse-dispatch'](h.dispatchDeps);
    expect(summary.period).toBe('2026-W48');
    const french = h.mailer.to('p1@centre.example')[0];
    const english = h.mailer.to('p7@centre.example')[0];
    if (!french || !english) throw new Error('no invitations');
    expect(french.subject).toContain('semaine 48, du 23 au 29 novembre');
    expect(french.text).toContain('Comment s’est passée votre semaine 48, du 23 au 29 novembre');
    expect(english.subject).toContain('week 48, 23–29 November');
    const page = await (await h.app.request(linkIn(french, '/s/p/'))).text();
    expect(page).toContain('semaine 48, du 23 au 29 novembre');
    expect(page).toContain('Cette semaine-là');
    expect(page).not.toContain('semaine 49');

    // The reminder goes out from Thursday for the same week, and the link is still open then.
    h.clock.advanceDays(3);
    const reminded = await jobs['pulse-reminder'](h.dispatchDeps);
    expect(reminded.period).toBe('2026-W48');
    expect(h.mailer.sent.filter((m) => m.tags.kind === 'pulse-reminder').length).toBeGreaterThan(0);
    expect((await h.app.request(linkIn(french, '/s/p/'))).status).toBe(200);
  });
});
