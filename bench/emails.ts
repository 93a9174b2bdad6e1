/**
 * Email rendering benchmark: renders N customer survey emails (FR and EN in turn, every
 * channel) and N pulse invitations, HTML and text, after rendering each template once, and
 * prints emails per second on one core: the loop is sequential on one thread, and the figure
 * per CPU-second (user + system time of this process) is printed too, steadier on a busy
 * machine. Templates are rendered with react-email once per locale (and channel, or period),
 * then filled per recipient; every email carries a centre's brand (name, accent, logo), as in
 * production. Then the Lambda bundle sizes. `npm run bench -- emails [N]`.
 */
import { SingleBar } from 'cli-progress';
import { nodeEnvironment } from '../scripts/local/local-config.js';
import { channels } from '../shared/roster/index.js';
import type { EmailBrand } from '../web/emails/email-brand.js';
import { renderCustomerSurveyMail, renderPulseInvitationMail } from '../web/emails/render-mail.js';
import { printBundleSizes } from './bundles.js';

const locales = ['fr', 'en'] as const;

/** A centre's brand with a logo, as an admin sets it: every email carries it. */
const brand: EmailBrand = {
  displayName: 'Assurances Rhône',
  accent: '#8a1538',
  logoUrl: 'https://barometre.example.fr/brand/logo?v=v7f3a',
};

function customerSurvey(i: number) {
  return renderCustomerSurveyMail({
    locale: locales[i % 2] ?? 'fr',
    advisorFirstName: 'Camille',
    channel: channels[i % channels.length] ?? 'phone',
    surveyUrl: `https://barometre.example.fr/s/c/token-${i}`,
    unsubscribeUrl: `https://barometre.example.fr/u/unsubscribe-${i}`,
    to: `client${i}@client.example`,
    brand,
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
    brand,
  });
}

interface Rate {
  /** Emails per second of wall time, on one core. */
  readonly wall: number;
  /** Emails per second of CPU time used by this process. */
  readonly cpu: number;
}

/** Emails per second of `render` over n sequential renders, after one warm-up render. */
async function rate(label: string, n: number, render: (i: number) => Promise<unknown>): Promise<Rate> {
  // Warm-up: one email of each template (locale × channel, locale × reminder), rendered once
  // with react-email as a dispatch does on its first email of each.
  for (let i = 0; i < 10; i++) await render(i);
  const bar = new SingleBar({ format: `${label.padEnd(9)} [{bar}] {value}/{total}`, hideCursor: true });
  bar.start(n, 0);
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    await render(i);
    if (i % 100 === 99 || i === n - 1) bar.update(i + 1);
  }
  const cpu = process.cpuUsage(cpuStart);
  const seconds = (performance.now() - start) / 1000;
  bar.stop();
  return { wall: n / seconds, cpu: n / ((cpu.user + cpu.system) / 1e6) };
}

export async function benchEmails(n: number): Promise<void> {
  const customer = await rate('Customer', n, customerSurvey);
  const pulse = await rate('Pulse', n, pulseInvitation);
  console.log(`\nemails: ${n} of each, one core, NODE_ENV=${nodeEnvironment() ?? '(unset)'}`);
  const line = (what: string, r: Rate) =>
    `  ${what} (FR/EN alternating, HTML + text): ${r.wall.toFixed(0)} emails/s per core (${r.cpu.toFixed(0)} per CPU-second)`;
  console.log(line('customer survey ', customer));
  console.log(line('pulse invitation', pulse));
  await printBundleSizes();
}
