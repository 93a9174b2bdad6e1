import { describe, expect, it } from 'vitest';
import { renderPulseInvitationMail } from '../../../web/emails/render-mail.js';

const surveyUrl = 'https://barometre.example.fr/pulse/eyJhbGciOiJIUzI1NiJ9.eyJwIjoiMjAyNi1XMDcifQ.c2ln';
const privacyUrl = 'https://barometre.example.fr/privacy?lang=fr';

describe.each(['fr', 'en'] as const)('pulse invitation mail (%s)', (locale) => {
  it('invites to the week’s pulse with one link, in HTML and in text', async () => {
    const mail = await renderPulseInvitationMail({
      locale,
      surveyUrl,
      to: 'conseiller@example.fr',
      reminder: false,
      period: '2026-W07',
      privacyUrl,
    });
    expect(mail.to).toBe('conseiller@example.fr');
    expect(mail.subject).toBe(
      locale === 'fr'
        ? 'Votre questionnaire de la semaine 7, du 9 au 15 février\u00a0: moins d’une minute'
        : 'Your pulse for week 7, 9–15 February: under a minute',
    );
    expect(mail.html).toContain(`lang="${locale}"`);
    expect(mail.html).toContain(`href="${surveyUrl}"`);
    expect(mail.text).toContain(surveyUrl);
    expect(mail.text).toContain(locale === 'fr' ? 'anonymes' : 'anonymous');
    expect(mail.tags).toEqual({ kind: 'pulse-invitation', locale, period: '2026-W07' });
    expect(mail.html).toContain(`href="${privacyUrl}"`);
    expect(mail.text).toContain(privacyUrl);
    expect(mail.html).not.toMatch(/<img|<script/i);
  });

  it('words the reminder differently and tags it as the reminder', async () => {
    const invitation = await renderPulseInvitationMail({
      locale,
      surveyUrl,
      to: 'conseiller@example.fr',
      reminder: false,
      period: '2026-W07',
      privacyUrl,
    });
    const reminder = await renderPulseInvitationMail({
      locale,
      surveyUrl,
      to: 'conseiller@example.fr',
      reminder: true,
      period: '2026-W07',
      privacyUrl,
    });
    expect(reminder.subject).toMatch(locale === 'fr' ? /^Rappel\u00a0: / : /^Reminder: /);
    expect(reminder.subject).not.toBe(invitation.subject);
    expect(reminder.text).toContain(surveyUrl);
    expect(reminder.tags.kind).toBe('pulse-reminder');
  });
});

describe('pulse invitation period', () => {
  it('shows a period that is not an ISO week as it is', async () => {
    const mail = await renderPulseInvitationMail({
      locale: 'en',
      surveyUrl,
      to: 'advisor@example.fr',
      reminder: false,
      period: '2026-02',
      privacyUrl,
    });
    expect(mail.subject).toBe('Your pulse for 2026-02: under a minute');
  });
});

describe('the pulse invitation in the monthly module’s week', () => {
  it('says the pulse is longer that week (about two minutes), FR and EN, invitation and reminder; other weeks under a minute', async () => {
    const render = (locale: 'fr' | 'en', period: string, reminder: boolean) =>
      renderPulseInvitationMail({
        locale,
        surveyUrl,
        to: 'conseiller@example.fr',
        reminder,
        period,
        privacyUrl,
      });
    // 2026-W06 (2–8 February) is the first week of February: the module's week.
    const fr = await render('fr', '2026-W06', false);
    expect(fr.subject).toBe(
      'Votre questionnaire de la semaine 6, du 2 au 8 février\u00a0: environ deux minutes ce mois-ci',
    );
    const words = (text: string) => text.replace(/\s+/g, ' ');
    expect(words(fr.text)).toContain('vos façons de travailler');
    expect(words(fr.text)).toContain('Environ deux minutes, chaque question peut être passée.');
    const en = await render('en', '2026-W06', true);
    expect(en.subject).toBe('Reminder: your pulse for week 6, 2–8 February, about two minutes');
    expect(words(en.text)).toContain('This week, once a month, the pulse is longer');
    const plain = await render('en', '2026-W07', false);
    expect(plain.subject).toContain('under a minute');
    expect(plain.text).not.toContain('ways of working');
  });
});
