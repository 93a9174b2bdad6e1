import type { TeamPage } from '../../../functions/services/team-page.service.js';
import { alertAnchor } from '../../../shared/analytics/team-summary.js';
import { alertReading } from '../../../shared/i18n/alert-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { teamMessages } from './team-messages.js';

/** The team's alerts in plain words, each linking to its explanation; none says how rare they are. */
export function TeamAlertsSection(props: { locale: Locale; page: TeamPage }) {
  const { locale, page } = props;
  const t = teamMessages[locale].alerts;
  const alerts = page.analysis.alerts;
  const base = `/teams/${encodeURIComponent(page.team.teamId)}/alerts`;
  return (
    <section class="card" aria-labelledby="alerts-heading">
      <h2 id="alerts-heading">{t.heading}</h2>
      {alerts.length === 0 ? (
        <>
          <p>{t.none}</p>
          <p class="muted">{t.calibration}</p>
        </>
      ) : (
        <ul>
          {alerts.map((a) => (
            <li id={alertAnchor(a.kind, a.channel)}>
              <strong>{t.names[a.kind]}</strong>. {alertReading(a.message, locale)}{' '}
              <a href={`${base}/${a.kind}`}>{t.explain}</a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
