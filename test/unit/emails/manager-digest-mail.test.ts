import { describe, expect, it } from 'vitest';
import type { ShownWellbeing, TeamWeek } from '../../../shared/analytics/centre-analysis.js';
import type { IndexValue } from '../../../shared/analytics/indices.js';
import {
  digestWeek,
  type ManagerDigest,
  previousWeek,
  type TeamDigestInput,
  teamDigest,
} from '../../../shared/digest/manager-digest.js';
import { renderManagerDigestMail } from '../../../web/emails/render-mail.js';

const base = 'https://barometre.example.fr';
const z = 1.959963984540054;

function index(value: number | null, n: number, se: number | null = null): IndexValue {
  return { n, value, se };
}

function week(
  id: string,
  customer: { responses: number; value: number | null; se: number | null },
  wellbeing: ShownWellbeing,
): TeamWeek {
  const none = index(null, 0);
  return {
    week: id,
    customer: {
      responses: customer.responses,
      satisfaction: index(customer.value, customer.responses, customer.se),
      recommendation: none,
      nps: none,
      effort: none,
      onceAndDone: none,
    },
    wellbeing,
    handleTimeSeconds: null,
    contacts: customer.responses,
  };
}

function shown(id: string, value: number, se: number, respondents: number): ShownWellbeing {
  return {
    state: 'shown',
    window: { kind: 'week', id },
    respondents,
    wellbeing: index(value, respondents, se),
    enps: index(null, 0),
  };
}

const fallingAlert = {
  kind: 'wellbeing-falling',
  message: {
    key: 'wellbeing-falling',
    params: {
      started: '2026-W43',
      from: 72.4,
      to: 64.1,
      recentWeeks: 4,
      recentAnswers: 28,
      baselineWeeks: 8,
      baselineAnswers: 60,
      drop: 8.3,
      low: 3.1,
      high: 13.5,
    },
  },
} as const;

/** Lyon: customers W46–W47, wellbeing published through W46 (week figures W45 and W46), one alert. */
const lyon: TeamDigestInput = {
  teamId: 'lyon-1',
  teamName: 'Lyon Part-Dieu',
  k: 5,
  weeks: [
    week('2026-W45', { responses: 280, value: 80.5, se: 1.2 }, shown('2026-W45', 70.25, 2, 8)),
    week('2026-W46', { responses: 298, value: 83.1, se: 1.1 }, shown('2026-W46', 68.15, 2.5, 9)),
    week('2026-W47', { responses: 312, value: 84.25, se: 1.0 }, { state: 'suppressed' }),
  ],
  alerts: [fallingAlert],
};

/** Lille: its published week has no team figure (fewer than k answered). */
const lille: TeamDigestInput = {
  teamId: 'lille-1',
  teamName: 'Lille Europe',
  k: 5,
  weeks: [
    week('2026-W46', { responses: 0, value: null, se: null }, { state: 'suppressed' }),
    week('2026-W47', { responses: 1, value: 90, se: null }, { state: 'suppressed' }),
  ],
  alerts: [],
};

describe('the digest week and its team figures', () => {
  it('speaks of the last complete ISO week, Monday morning in Paris as any other day', () => {
    expect(digestWeek(new Date('2026-11-23T07:00:00Z'))).toBe('2026-W47');
    expect(digestWeek(new Date('2026-11-29T23:59:00Z'))).toBe('2026-W47');
    expect(digestWeek(new Date('2027-01-04T07:00:00Z'))).toBe('2026-W53');
    expect(previousWeek('2027-W01')).toBe('2026-W53');
  });

  it('gives customer satisfaction with its 95% interval and the change from the week before', () => {
    const digest = teamDigest(lyon, '2026-W47', '2026-W46');
    expect(digest.customer.current).toEqual({
      week: '2026-W47',
      responses: 312,
      satisfaction: { value: 84.25, interval: [84.25 - z, 84.25 + z] },
    });
    expect(digest.customer.previous.responses).toBe(298);
    expect(digest.customer.change).toBeCloseTo(1.15, 10);
  });

  it('shows the latest published week’s wellbeing and its change, never an unpublished week', () => {
    const digest = teamDigest(lyon, '2026-W47', '2026-W46');
    expect(digest.wellbeing).toMatchObject({
      state: 'shown',
      week: '2026-W46',
      respondents: 9,
      wellbeing: { value: 68.15, interval: [68.15 - 2.5 * z, 68.15 + 2.5 * z] },
    });
    expect(digest.wellbeing.state === 'shown' && digest.wellbeing.change).toBeCloseTo(-2.1, 10);
    expect(teamDigest(lyon, '2026-W47', '2026-W45').wellbeing).toMatchObject({
      state: 'shown',
      week: '2026-W45',
      change: null,
    });
    expect(teamDigest(lyon, '2026-W47', undefined).wellbeing).toEqual({ state: 'not-published' });
    expect(teamDigest(lille, '2026-W47', '2026-W46').wellbeing).toEqual({
      state: 'hidden',
      week: '2026-W46',
      k: 5,
    });
  });

  it('has no customer figure for a week without responses and no interval from one response', () => {
    const digest = teamDigest(lille, '2026-W47', '2026-W46');
    expect(digest.customer.previous).toEqual({ week: '2026-W46', responses: 0, satisfaction: null });
    expect(digest.customer.current.satisfaction).toEqual({ value: 90, interval: null });
    expect(digest.customer.change).toBeNull();
  });
});

function digestOf(locale: 'fr' | 'en'): ManagerDigest {
  return {
    locale,
    week: '2026-W47',
    teams: [teamDigest(lyon, '2026-W47', '2026-W46'), teamDigest(lille, '2026-W47', '2026-W46')],
  };
}

async function render(locale: 'fr' | 'en') {
  return renderManagerDigestMail({
    digest: digestOf(locale),
    publicBaseUrl: base,
    k: 5,
    to: 'm@centre.example',
  });
}

describe('manager digest mail', () => {
  it('in French: decimal commas, team names, links, and why a wellbeing figure is hidden', async () => {
    const mail = await render('fr');
    expect(mail.subject).toBe('Votre baromètre de la semaine du 16 nov. 2026');
    expect(mail.html).toContain('lang="fr"');
    for (const body of [mail.text, mail.html]) {
      expect(body).toContain('Lyon Part-Dieu');
      expect(body).toContain('Lille Europe');
      expect(body).toContain(`${base}/teams/lyon-1`);
      expect(body).toContain(`${base}/teams/lille-1`);
      expect(body).toContain(`${base}/teams/lyon-1/alerts/wellbeing-falling`);
    }
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain('84,3 [82,3 ; 86,2] sur 312 réponses');
    expect(text).toContain('Semaine précédente : 83,1 sur 298 réponses (écart : +1,2)');
    expect(text).toContain('Semaine du 9 nov. 2026 : 68,2 [63,3 ; 73,0], 9 conseillers ont répondu');
    expect(text).toContain('Écart avec la semaine d’avant : -2,1');
    expect(text).toContain('Semaine du 9 nov. 2026 : masqué, moins de 5 conseillers ont répondu');
    expect(text).toContain('Le bien-être de l’équipe baisse depuis la semaine 2026-W43 : 64,1 sur 100');
    expect(text).toContain('Aucune réponse la semaine précédente.');
    expect(text).toContain('La semaine du 16 nov. 2026 sera publiée à partir du 30 nov. 2026.');
    expect(text).not.toMatch(/\d\.\d/);
    const words = `${mail.subject} ${text.replace(/https?:\/\/\S+/g, '')}`;
    expect(words).not.toMatch(
      /\b(the|week|weeks|customer|wellbeing|hidden|published|answered|responses|open|alerts?|team page)\b/i,
    );
    expect(mail.tags).toEqual({ kind: 'manager-digest', locale: 'fr', period: '2026-W47' });
  });

  it('in English: decimal points, the same links, and why a wellbeing figure is hidden', async () => {
    const mail = await render('en');
    expect(mail.subject).toBe('Your barometer for the week of 16 Nov 2026');
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain('84.3 [82.3, 86.2] from 312 responses');
    expect(text).toContain('Week of 9 Nov 2026: 68.2 [63.3, 73.0], 9 advisors answered');
    expect(text).toContain('Week of 9 Nov 2026: hidden, fewer than 5 advisors answered (anonymity rule)');
    expect(text).toContain("The team's wellbeing has been falling since week 2026-W43: 64.1 out of 100");
    expect(text).toContain(`${base}/teams/lyon-1/alerts/wellbeing-falling`);
    expect(text).not.toMatch(/\d,\d/);
    expect(text).not.toMatch(/semaine|réponses|bien-être|masqué/i);
  });

  it('names a widened window and says when nothing is published yet', async () => {
    const widened: TeamDigestInput = {
      ...lyon,
      weeks: lyon.weeks.map((w) =>
        w.week === '2026-W46'
          ? {
              ...w,
              wellbeing: {
                ...shown('2026-W46', 66, 1.5, 7),
                window: { kind: 'fortnight', id: '2026-F23' },
              },
            }
          : w,
      ),
    };
    const mail = await renderManagerDigestMail({
      digest: {
        locale: 'fr',
        week: '2026-W47',
        teams: [teamDigest(widened, '2026-W47', '2026-W46'), teamDigest(lille, '2026-W47', undefined)],
      },
      publicBaseUrl: `${base}/`,
      k: 5,
      to: 'm@centre.example',
    });
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      '(chiffre sur la quinzaine du 2 nov. 2026 : trop peu de réponses sur la semaine seule)',
    );
    expect(text).not.toContain('Écart avec la semaine d’avant');
    expect(text).toContain(
      'Pas encore publié : le bien-être d’une semaine est publié quatorze jours après son lundi',
    );
    expect(text).toContain(`${base}/teams/lyon-1 `.trim());
    expect(text).not.toContain(`${base}//teams`);
  });

  it('does not announce a publication date for a week already published', async () => {
    const mail = await renderManagerDigestMail({
      digest: { locale: 'en', week: '2026-W47', teams: [teamDigest(lyon, '2026-W47', '2026-W47')] },
      publicBaseUrl: base,
      k: 5,
      to: 'm@centre.example',
    });
    const text = mail.text.replace(/\s+/g, ' ');
    expect(text).toContain('Week of 16 Nov 2026: hidden, fewer than 5 advisors answered');
    expect(text).not.toContain('will be published');
  });

  it('refuses a recipient with a line break', async () => {
    await expect(
      renderManagerDigestMail({
        digest: digestOf('en'),
        publicBaseUrl: base,
        k: 5,
        to: 'a@b.example\r\nBcc: x@y',
      }),
    ).rejects.toThrow(/line break/);
  });
});
