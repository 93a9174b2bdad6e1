import { describe, expect, it } from 'vitest';
import { createApiKey } from '../../functions/services/api-key.service.js';
import { publishClosedWeeks } from '../../functions/services/publication/publish-pulse.service.js';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { publicationDeps } from '../../functions/wiring/publication.wiring.js';
import { pulseItemsFor } from '../../shared/surveys/pulse-bank.js';
import { advisor } from '../support/roster-fixtures.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

const week = '2026-W47';
const fakes = ['F1', 'F2', 'F3', 'F4'];

/** A key with roster scope adds four advisors to Lille, whose one real advisor is P7. */
async function addFakeAdvisors(h: SurveyHarness): Promise<void> {
  const { key } = await createApiKey(h.deps.apiKeys, h.deps.clock, {
    name: 'roster',
    scopes: ['roster:write'],
  });
  const res = await h.app.request('/api/v1/advisors', {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ advisors: fakes.map((id) => advisor(id, 'lille-1')) }),
  });
  expect(res.status).toBe(200);
}

/** Everyone invited to the week answers every item; the attacker knows the fakes' answers. */
async function everyoneAnswers(h: SurveyHarness): Promise<void> {
  await dispatchPulse(h.dispatchDeps, week, 1);
  const form = Object.fromEntries(pulseItemsFor(week).map((item) => [item.id, String(item.scale.min)]));
  for (const mail of h.mailer.sent.filter((m) => m.tags.period === week)) {
    const res = await h.app.request(linkIn(mail, '/s/p/'), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
    expect(res.status).toBe(200);
  }
}

async function lilleFigures(h: SurveyHarness) {
  h.clock.advanceDays(20);
  await publishClosedWeeks({ ...publicationDeps(h.db.config, h.db.clients), clock: h.clock });
  const figures = await h.deps.publication.figuresOfGroups(
    ['team:lille-1', 'team:lille-1/mode:hybrid', 'site:Lille', 'profile:always-on', 'centre'],
    week,
    week,
  );
  return figures.filter((f) => f.leaves.some((leaf) => leaf.startsWith('lille-1/')));
}

describe('advisors added by an integration key', () => {
  it('cannot lift a one-advisor team over k: answers are counted, the newcomers are not', async () => {
    const h = await surveyHarness(new Date('2026-11-16T08:00:00Z'));
    await addFakeAdvisors(h);
    await everyoneAnswers(h);
    // Five Lille answers, one of them real: nothing containing Lille is ever published.
    expect(await lilleFigures(h)).toEqual([]);
  });

  it('count once they have been in the team 28 days (the same five advisors, added earlier)', async () => {
    const h = await surveyHarness(new Date('2026-10-12T08:00:00Z'));
    await addFakeAdvisors(h);
    h.clock.advanceDays(35);
    await everyoneAnswers(h);
    const lille = (await lilleFigures(h)).find((f) => f.group === 'team:lille-1' && f.window.kind === 'week');
    expect(lille?.dimensions.wellbeing).toEqual({ n: 5, sum: 5, sumSq: 5 });
  });
});
