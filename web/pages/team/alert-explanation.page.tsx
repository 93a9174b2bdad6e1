import type { Viewer } from '../../../shared/access/index.js';
import type { AlertKind } from '../../../shared/analytics/alerts.js';
import type { Team } from '../../../shared/roster/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { actionsMessages } from '../actions/actions-messages.js';
import { alertExplanationMessages } from './alert-explanation-messages.js';
import { teamMessages } from './team-messages.js';

/** One alert explained for a team's manager: meaning, computation, rarity by chance, what to do. */
export function AlertExplanationPage(props: { viewer: Viewer; team: Team; kind: AlertKind }) {
  const locale = props.viewer.locale;
  const m = alertExplanationMessages[locale];
  const e = m.kinds[props.kind];
  const title = `${e.title} · ${teamMessages[locale].title(props.team.name)}`;
  return (
    <SignedInLayout viewer={props.viewer} title={title}>
      <h1>{e.title}</h1>
      <p class="muted">{teamMessages[locale].title(props.team.name)}</p>
      <section class="card" aria-labelledby="means-heading">
        <h2 id="means-heading">{m.headings.means}</h2>
        <p>{e.means}</p>
      </section>
      <section class="card" aria-labelledby="computed-heading">
        <h2 id="computed-heading">{m.headings.computed}</h2>
        {e.computed.map((line) => (
          <p>{line}</p>
        ))}
      </section>
      <section class="card" aria-labelledby="rarity-heading">
        <h2 id="rarity-heading">{m.headings.rarity}</h2>
        <p>{e.rarity}</p>
      </section>
      <section class="card" aria-labelledby="actions-heading">
        <h2 id="actions-heading">{m.headings.actions}</h2>
        <ul>
          {e.actions.map((line) => (
            <li>{line}</li>
          ))}
        </ul>
        <p>
          <a
            href={`/teams/${encodeURIComponent(props.team.teamId)}/actions/new?alert=${encodeURIComponent(props.kind)}`}
          >
            {actionsMessages[locale].recordAction}
          </a>
        </p>
      </section>
      <p>
        <a href={`/teams/${encodeURIComponent(props.team.teamId)}`}>{m.back}</a>
      </p>
    </SignedInLayout>
  );
}
