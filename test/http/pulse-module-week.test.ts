import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { aesPulseSeal } from '../../functions/adapters/pulse/pulse-seal.js';
import { dispatchPulse } from '../../functions/services/pulse-dispatch.service.js';
import { plantedTools } from '../../shared/logics/plant-logics.js';
import {
  asksWaysOfWorking,
  pulseWeekQuestions,
  waysOfWorkingItems,
  waysOfWorkingModule,
  waysOfWorkingWeekOf,
} from '../../shared/logics/ways-of-working-module.js';
import { linkIn, type SurveyHarness, surveyHarness } from '../support/survey-harness.js';

let h: SurveyHarness;
/** The first ISO week of November 2026 asks the module; the next one does not. */
const moduleWeek = waysOfWorkingWeekOf('2026-11');
const plainWeek = '2026-W46';
/** The pulse items still asked in the module's week (wellbeing; eNPS in weeks 4, 8, …). */
const pulseCount = pulseWeekQuestions(moduleWeek, []).pulse.length;

async function pulseAnswers(week: string) {
  const out = await h.db.clients.doc.send(
    new ScanCommand({ TableName: h.db.config.PULSE_TABLE_NAME, ConsistentRead: true }),
  );
  const items = (out.Items ?? []).filter((i) => i.period === week);
  return {
    items,
    opened: await Promise.all(items.map((i) => aesPulseSeal(h.db.config.APP_SECRET).open(String(i.sealed)))),
  };
}

function link(to: string, week: string): string {
  const mail = h.mailer.sent.find((m) => m.to === to && m.tags.period === week);
  if (!mail) throw new Error(`no invitation for ${to} in ${week}`);
  return linkIn(mail, '/s/p/');
}

async function post(path: string, form: Record<string, string>) {
  const res = await h.app.request(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(form).toString(),
  });
  return { status: res.status, body: await res.text() };
}

beforeAll(async () => {
  h = await surveyHarness(new Date('2026-11-04T08:00:00Z'));
  expect(moduleWeek).toBe('2026-W45');
  expect(asksWaysOfWorking(plainWeek)).toBe(false);
  await h.deps.logicsLists?.saveToolsAndMethods(plantedTools, 'admin@centre.example', h.clock.now());
  await dispatchPulse(h.dispatchDeps, moduleWeek, 1);
});

describe('the monthly ways-of-working module inside the pulse', () => {
  it('in its week the page asks wellbeing, then the 17 items and one rating per listed tool, each with its scale words (FR/EN)', async () => {
    const fr = await (await h.app.request(link('p1@centre.example', moduleWeek))).text();
    expect(fr).toContain('environ deux minutes cette semaine');
    expect(fr).toContain('<h2>Vos façons de travailler</h2>');
    const questions = waysOfWorkingModule(plantedTools);
    expect(questions).toHaveLength(17 + plantedTools.length);
    for (const item of questions) expect(fr).toContain(`name="${item.id}"`);
    expect(fr).toContain(`Question ${pulseCount + questions.length} sur ${pulseCount + questions.length}`);
    expect(fr).toContain('1 – un cadre précis, pas à pas');
    expect(fr).toContain('5 – une large liberté');
    expect(fr).toContain('Le débrief entre pairs après un appel difficile');
    // The rotating items give way to the module (wellbeing and, in an eNPS week, eNPS stay).
    expect(fr).toContain('name="wellbeing-week"');
    expect(fr).not.toContain('name="workload-manageable"');
    const en = await (await h.app.request(link('p7@centre.example', moduleWeek))).text();
    expect(en).toContain('about two minutes this week');
    expect(en).toContain('<h2>Your ways of working</h2>');
    expect(en).toContain('5 – wide freedom');
    expect(en).toContain('Peer debrief after a hard call: how helpful is it to you?');
  });

  it('records the module answers sealed with the rest, by item id, skipped items left out; nothing else stored', async () => {
    const form: Record<string, string> = {
      'wellbeing-week': '4',
      'frame-freedom': '5',
      'rely-colleagues': '2',
    };
    form['tool-peer-debrief'] = '1';
    form['workload-manageable'] = '3'; // not asked this week: ignored
    expect((await post(link('p2@centre.example', moduleWeek), form)).status).toBe(200);
    const every = Object.fromEntries(
      waysOfWorkingModule(plantedTools).map((item, i) => [item.id, String(1 + (i % 5))]),
    );
    expect((await post(link('p3@centre.example', moduleWeek), { ...every, comment: 'Ça va.' })).status).toBe(
      200,
    );
    const { items, opened } = await pulseAnswers(moduleWeek);
    expect(items).toHaveLength(2);
    expect(new Set(items.map((i) => String(i.sealed).length)).size).toBe(1);
    for (const item of items)
      expect(Object.keys(item).sort()).toEqual(['period', 'pk', 'sealed', 'sk', 'teamId', 'type']);
    const partial = opened.find((o) => o.answers['wellbeing-week'] === 4);
    expect(partial?.answers).toEqual({
      'wellbeing-week': 4,
      'rely-colleagues': 2,
      'frame-freedom': 5,
      'tool-peer-debrief': 1,
    });
    const full = opened.find((o) => o.comment === 'Ça va.');
    expect(Object.keys(full?.answers ?? {})).toHaveLength(17 + plantedTools.length);
    expect(full?.answers['objectives-co-built']).toBe(Number(every['objectives-co-built']));
    expect(full?.answers['tool-quality-grid']).toBe(Number(every['tool-quality-grid']));
  });

  it('refuses an out-of-range module answer naming the question; nothing recorded', async () => {
    const res = await post(link('p4@centre.example', moduleWeek), {
      'frame-freedom': '6',
      'wellbeing-week': '3',
    });
    expect(res.status).toBe(400);
    const position = pulseCount + 1 + waysOfWorkingItems.findIndex((i) => i.id === 'frame-freedom');
    expect(res.body).toContain(`Question ${position} sur ${pulseCount + 17 + plantedTools.length}`);
    expect((await pulseAnswers(moduleWeek)).items).toHaveLength(2);
  });

  it('any other week asks no module and records no module answer', async () => {
    h.clock.advanceDays(7);
    await dispatchPulse(h.dispatchDeps, plainWeek, 1);
    const page = await (await h.app.request(link('p1@centre.example', plainWeek))).text();
    expect(page).not.toContain('Vos façons de travailler');
    expect(page).toContain('moins d’une minute');
    for (const item of waysOfWorkingItems) expect(page).not.toContain(`name="${item.id}"`);
    expect(
      (await post(link('p1@centre.example', plainWeek), { 'wellbeing-week': '5', 'frame-freedom': '5' }))
        .status,
    ).toBe(200);
    const { opened } = await pulseAnswers(plainWeek);
    expect(opened.map((o) => o.answers)).toEqual([{ 'wellbeing-week': 5 }]);
  });
});
