/**
 * Email rendering benchmark: renders N customer survey emails (FR and EN in turn) and N pulse
 * invitations with react-email, HTML and text, after one warm-up render of each, and prints
 * emails per second. React is much faster with NODE_ENV=production, so the figure says which
 * NODE_ENV it ran under. `npm run bench -- emails [N]`.
 */
import { SingleBar } from 'cli-progress';
import { nodeEnvironment } from '../scripts/local/local-config.js';
import { channels } from '../shared/roster/index.js';
import { renderCustomerSurveyMail, renderPulseInvitationMail } from '../web/emails/render-mail.js';

const locales = ['fr', 'en'] as const;

function customerSurvey(i: number) {
  return renderCustomerSurveyMail({
    locale: locales[i % 2] ?? 'fr',
    advisorFirstName: 'Camille',
    channel: channels[i % channels.length] ?? 'phone',
    surveyUrl: `https://barometre.example.fr/s/c/token-${i}`,
    unsubscribeUrl: `https://barometre.example.fr/u/unsubscribe-${i}`,
    to: `client${i}@client.example`,
  });
}

function pulseInvitation(i: number) {
  return renderPulseInvitationMail({
    locale: locales[i % 2] ?? 'fr',
    surveyUrl: `https://barometre.example.fr/s/p/token-${i}`,
    to: `conseiller${i}@centre.example`,
    reminder: i % 5 === 4,
    period: '2026-W07',
    privacyUrl: 'https://barometre.example.fr/privacy?lang=fr',
  });
}

/** Emails per second of `render` over n sequential renders, after one warm-up render. */
async function rate(label: string, n: number, render: (i: number) => Promise<unknown>): Promise<number> {
  await render(0);
  const bar = new SingleBar({ format: `${label.padEnd(9)} [{bar}] {value}/{total}`, hideCursor: true });
  bar.start(n, 0);
  const start = performance.now();
  for (let i = 0; i < n; i++) {
    await render(i);
    bar.update(i + 1);
  }
  const seconds = (performance.now() - start) / 1000;
  bar.stop();
  return n / seconds;
}

export async function benchEmails(n: number): Promise<void> {
  const customer = await rate('Customer', n, customerSurvey);
  const pulse = await rate('Pulse', n, pulseInvitation);
  console.log(`\nemails: ${n} of each, NODE_ENV=${nodeEnvironment() ?? '(unset)'}`);
  console.log(`  customer survey (FR/EN alternating, HTML + text): ${customer.toFixed(0)} emails/s`);
  console.log(`  pulse invitation (FR/EN alternating, HTML + text): ${pulse.toFixed(0)} emails/s`);
}
