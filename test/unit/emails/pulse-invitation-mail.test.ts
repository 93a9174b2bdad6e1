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
        ? 'Votre pulse de la semaine 7, du 9 au 15 février\u00a0: moins d’une minute'
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
