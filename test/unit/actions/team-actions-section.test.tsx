import { describe, expect, it } from 'vitest';
import type { TeamAction } from '../../../shared/actions/action.schema.js';
import type { ActionEffect } from '../../../shared/analytics/action-effect.js';
import {
  actionMarkers,
  type TeamActionItem,
  TeamActionsSection,
} from '../../../web/pages/actions/team-actions.section.js';
import { render } from '../survey-pages/html-probe.js';

const action: TeamAction = {
  teamId: 'lyon-1',
  actionId: 'a1',
  what: 'Coaching on hard calls',
  who: 'Claire Martin',
  week: '2026-W40',
  alert: 'wellbeing-falling',
  createdBy: 'claire.martin@centre.example',
  createdAt: '2026-10-02T08:00:00.000Z',
};

const effect: ActionEffect = {
  week: '2026-W40',
  wellbeing: {
    side: 'wellbeing',
    state: 'estimated',
    before: {
      weeks: ['2026-W36', '2026-W37', '2026-W38', '2026-W39'],
      answers: 49,
      mean: 62.25,
      low: 57.1,
      high: 67.4,
    },
    after: {
      weeks: ['2026-W41', '2026-W42', '2026-W43', '2026-W44'],
      answers: 55,
      mean: 70,
      low: 64.9,
      high: 75.1,
    },
    change: 7.75,
    se: 2.44,
    low: 2.65,
    high: 12.85,
    df: 20,
    direction: 'rose',
  },
  customer: {
    side: 'customer',
    state: 'insufficient',
    reason: 'too-few-weeks-after',
    weeksBefore: 4,
    weeksAfter: 2,
    weeksNeeded: 3,
  },
};

const tooEarly: TeamActionItem = {
  action: {
    ...action,
    actionId: 'a2',
    week: '2026-W47',
    what: 'Morning huddle',
    who: 'Sam',
    alert: undefined,
  },
  effect: {
    week: '2026-W47',
    wellbeing: {
      side: 'wellbeing',
      state: 'too-early',
      readyOn: '2026-12-21',
      weeksPassed: 0,
      weeksNeeded: 4,
    },
    customer: { side: 'customer', state: 'too-early', readyOn: '2026-12-21', weeksPassed: 0, weeksNeeded: 4 },
  },
};

const section = (locale: 'fr' | 'en', extra = {}) =>
  render(
    <TeamActionsSection
      locale={locale}
      teamId="lyon-1"
      actions={[{ action, effect }, tooEarly]}
      weeks={['2026-W46', '2026-W47', '2026-W48']}
      {...extra}
    />,
  );

describe('team actions section', () => {
  it('reads each side in French: change with its interval in the locale, the state in words, and why not', async () => {
    const html = await section('fr');
    expect(html).toContain('id="actions"');
    expect(html).toContain('en hausse');
    expect(html).toContain('Variation +7,8 points, intervalle à 95\u202f% [2,7 ; 12,9]');
    expect(html).toContain('Avant\u00a0: 62,3 [57,1 ; 67,4], 4 semaines, 49 réponses');
    expect(html).toContain('Pas assez de semaines publiées après l’action (2 sur 3 nécessaires');
    expect(html).toContain('Trop tôt pour conclure jusqu’au 21 déc. 2026 (0 semaine écoulée sur 4).');
    expect(html).toContain('En réponse à l’alerte « Bien-être des conseillers en baisse »');
    // The newest action first; a chart only for the action with an estimate.
    expect(html.indexOf('Morning huddle')).toBeLessThan(html.indexOf('Coaching on hard calls'));
    expect(html.match(/class="chart action-effect-chart"/g)?.length).toBe(1);
    expect(html).not.toContain('style="');
  });

  it('reads in English with English numbers', async () => {
    const html = await section('en');
    expect(html).toContain('rose');
    expect(html).toContain('Change +7.8 points, 95% interval [2.7, 12.9]');
    expect(html).toContain('Too early to tell until 21 Dec 2026 (0 of 4 weeks passed).');
  });

  it('sends a refused form back with each field’s message in the person’s language and what was typed', async () => {
    const html = await section('en', {
      draft: { what: 'Typed text', who: '', week: '2026-W47' },
      problems: [
        { path: 'who', message: 'who: required, 1 to 120 characters' },
        { path: 'week', message: 'week: not in the future (at most 2026-W48)' },
      ],
    });
    expect(html).toContain('Nothing was saved:');
    expect(html).toContain('Say who carries the action, in 1 to 120 characters.');
    expect(html).toContain('Choose a week of the analysed range');
    expect(html).not.toContain('Describe the action');
    expect(html).toContain('>Typed text</textarea>');
    expect(html).toContain('<option value="2026-W47" selected="">');
  });

  it('turns actions into chart markers on their weeks', () => {
    expect(actionMarkers([{ action, effect }, tooEarly], 'fr')).toEqual([
      { week: '2026-W40', label: 'Action\u00a0: Coaching on hard calls (Claire Martin)' },
      { week: '2026-W47', label: 'Action\u00a0: Morning huddle (Sam)' },
    ]);
    expect(actionMarkers([action], 'en')).toEqual([
      { week: '2026-W40', label: 'Action: Coaching on hard calls (Claire Martin)' },
    ]);
  });
});
