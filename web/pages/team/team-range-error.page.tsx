import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { teamMessages } from './team-messages.js';

/** Which range field was refused and why. */
export interface TeamRangeProblem {
  readonly field: 'from' | 'to';
  readonly problem: 'bad-week' | 'bad-range';
}

/** The team page refused a period (400): each field named, with what it must be, in the viewer's language. */
export function TeamRangeErrorPage(props: {
  viewer: Viewer;
  teamId: string;
  problems: readonly TeamRangeProblem[];
}) {
  const t = teamMessages[props.viewer.locale];
  const colon = props.viewer.locale === 'fr' ? '\u00a0: ' : ': ';
  return (
    <SignedInLayout viewer={props.viewer} title={t.error.title}>
      <h1>{t.error.title}</h1>
      <div class="card problems" role="alert">
        <p>{t.error.intro}</p>
        <ul>
          {props.problems.map((p) => (
            <li>
              <code>{p.field}</code> ({p.field === 'from' ? t.from : t.to}){colon}
              {p.problem === 'bad-week' ? t.error.badWeek : t.error.badRange}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <a href={`/teams/${encodeURIComponent(props.teamId)}`}>{t.error.back}</a>
      </p>
    </SignedInLayout>
  );
}
