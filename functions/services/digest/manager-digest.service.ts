import { defaultAnonymityThreshold } from '../../../shared/analytics/anonymity.js';
import { digestWeek, type TeamDigest, teamDigest } from '../../../shared/digest/manager-digest.js';
import { isoYearOfWeek } from '../../../shared/publication/pulse-windows.js';
import type { Team } from '../../../shared/roster/index.js';
import type { EmailBrand } from '../../../web/emails/email-brand.js';
import { renderManagerDigestMail } from '../../../web/emails/render-mail.js';
import type { UserRecord, UserRepository } from '../access/user.port.js';
import { type AnalyticsDeps, teamAnalysis } from '../analytics.service.js';
import { mailBrandOf } from '../mail-brand.js';
import type { BrandRepository } from '../ports/brand.port.js';
import type { DigestLedger } from '../ports/digest-ledger.port.js';
import type { Mailer } from '../ports/mailer.port.js';
import type { PublicationRepository } from '../ports/publication.port.js';

export interface ManagerDigestDeps extends AnalyticsDeps {
  readonly users: Pick<UserRepository, 'listUsers'>;
  readonly digests: DigestLedger;
  readonly mailer: Mailer;
  /** Origin of the manager pages the email links to, without a trailing slash. */
  readonly publicBaseUrl: string;
  readonly newId: () => string;
  /** The centre's brand, shown in the email bodies; the product's own without it. */
  readonly brand?: Pick<BrandRepository, 'getBrand'> | undefined;
  /** One structured line per manager skipped or failed. */
  readonly log: (message: string, fields: Record<string, unknown>) => void;
}

export interface ManagerDigestSummary {
  /** The week the digests speak of (last week). */
  readonly week: string;
  /** The latest week whose pulse figures are published, if any. */
  readonly publishedWeek: string | null;
  managers: number;
  sent: number;
  alreadySent: number;
  /** Another run holds the claim (it may be sending now); the next run sends if it did not. */
  beingSent: number;
  /** Managers without a team in the roster. */
  skipped: number;
  failed: number;
}

/**
 * How long a claim keeps other runs away: far longer than one render and send (seconds), and
 * shorter than the wait before Lambda's second retry of a failed run (about three minutes), so a
 * run that died between claim and send is made good by the retry.
 */
export const digestClaimLeaseMs = 2 * 60_000;

/** The latest week, at or before `week`, whose pulse publication is complete. */
async function latestPublishedWeek(
  publication: PublicationRepository,
  week: string,
): Promise<string | undefined> {
  const year = isoYearOfWeek(week);
  const [before, current] = await Promise.all([
    publication.publishedWeeks(year - 1),
    publication.publishedWeeks(year),
  ]);
  return [...before, ...current]
    .filter((w) => w <= week)
    .sort()
    .at(-1);
}

/** The manager's teams still in the roster, in the order the user record lists them. */
async function teamsOf(deps: ManagerDigestDeps, manager: UserRecord): Promise<Team[]> {
  const found = manager.teams.length ? await deps.roster.getTeams(manager.teams) : new Map<string, Team>();
  const missing = manager.teams.filter((id) => !found.has(id));
  if (missing.length)
    deps.log('manager digest: teams no longer in the roster', { manager: manager.email, teams: missing });
  return manager.teams.flatMap((id) => found.get(id) ?? []);
}

/** Renders and sends one manager's digest; resolves with the mail system's message id. */
async function sendDigest(
  deps: ManagerDigestDeps,
  manager: UserRecord,
  teams: readonly Team[],
  week: string,
  publishedWeek: string | undefined,
  brand: EmailBrand,
): Promise<string> {
  const parts: TeamDigest[] = [];
  let k = defaultAnonymityThreshold;
  for (const team of teams) {
    const analysis = await teamAnalysis(deps, { teams: [team.teamId] }, team.teamId, { to: week });
    k = analysis.k;
    parts.push(
      teamDigest(
        { teamId: team.teamId, teamName: team.name, k, weeks: analysis.weeks, alerts: analysis.alerts },
        week,
        publishedWeek,
      ),
    );
  }
  const mail = await renderManagerDigestMail({
    digest: { locale: manager.locale, week, teams: parts },
    publicBaseUrl: deps.publicBaseUrl,
    k,
    to: manager.email,
    brand,
  });
  return (await deps.mailer.send(mail)).messageId;
}

/**
 * Sends each team manager the digest of last week, once (DESIGN.md section 9: at-least-once
 * schedules, idempotent jobs).
 * 1. the week: last week, whose customer figures are complete; the latest published pulse week
 * 2. for each user with the manager role: the teams they lead that the roster still has (none:
 *    skipped, with a log line)
 * 3. claim the manager's digest of the week (a conditional write, with a lease) BEFORE sending;
 *    a digest already sent, or claimed by a run still within its lease, is left alone
 * 4. build each team's part from its analysis (published pulse figures only), render in the
 *    manager's language, send, and mark the digest sent; on a failure give the claim back
 */
export async function sendManagerDigests(deps: ManagerDigestDeps): Promise<ManagerDigestSummary> {
  const week = digestWeek(deps.clock.now());
  const publishedWeek = await latestPublishedWeek(deps.publication, week);
  const summary: ManagerDigestSummary = {
    week,
    publishedWeek: publishedWeek ?? null,
    managers: 0,
    sent: 0,
    alreadySent: 0,
    beingSent: 0,
    skipped: 0,
    failed: 0,
  };
  let brand: EmailBrand | undefined;
  const managers = (await deps.users.listUsers())
    .filter((u) => u.role === 'manager')
    .sort((a, b) => a.email.localeCompare(b.email));
  for (const manager of managers) {
    summary.managers++;
    const teams = await teamsOf(deps, manager);
    if (!teams.length) {
      deps.log('manager digest skipped: no team in the roster', { manager: manager.email, week });
      summary.skipped++;
      continue;
    }
    const now = deps.clock.now();
    const claimId = deps.newId();
    const claim = await deps.digests.claim(week, manager.email, {
      claimId,
      now,
      leaseUntil: new Date(now.getTime() + digestClaimLeaseMs),
    });
    if (claim === 'already-sent') summary.alreadySent++;
    if (claim === 'being-sent') summary.beingSent++;
    if (claim !== 'claimed') continue;
    try {
      brand ??= await mailBrandOf(deps.brand, deps.publicBaseUrl);
      const messageId = await sendDigest(deps, manager, teams, week, publishedWeek, brand);
      await deps.digests.markSent(week, manager.email, claimId, { messageId, at: deps.clock.now() });
      summary.sent++;
    } catch (error) {
      await deps.digests.release(week, manager.email, claimId);
      deps.log('manager digest not sent', { manager: manager.email, week, error: (error as Error).message });
      summary.failed++;
    }
  }
  return summary;
}
