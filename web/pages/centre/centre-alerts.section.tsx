import type { Alert } from '../../../shared/analytics/alerts.js';
import { alertReading } from '../../../shared/i18n/alert-messages.js';
import type { Locale } from '../../../shared/roster/index.js';
import { centreMessages } from './centre-messages.js';

/** The centre's alerts, each under its team's name and opening the alert's page on the team. */
export function CentreAlertsSection(props: {
  locale: Locale;
  alerts: readonly Alert[];
  teamName: (teamId: string) => string;
}) {
  const t = centreMessages[props.locale].alerts;
  return (
    <section class="card" aria-labelledby="centre-alerts">
      <h2 id="centre-alerts">{t.heading}</h2>
      {props.alerts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul>
          {props.alerts.map((alert) => (
            <li>
              <strong>{props.teamName(alert.teamId)}</strong> — {alertReading(alert.message, props.locale)}{' '}
              <a href={`/teams/${encodeURIComponent(alert.teamId)}/alerts/${encodeURIComponent(alert.kind)}`}>
                {t.open}
              </a>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
