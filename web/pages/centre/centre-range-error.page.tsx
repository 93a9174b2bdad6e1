import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { centreMessages } from './centre-messages.js';

/** Which range field was refused and why, in the viewer's language. */
export interface CentreRangeProblem {
  readonly field: 'from' | 'to';
  readonly problem: 'bad-week' | 'bad-range';
}

/** The centre overview refused a period: each field named with what it must be (400). */
export function CentreRangeErrorPage(props: { viewer: Viewer; problems: readonly CentreRangeProblem[] }) {
  const t = centreMessages[props.viewer.locale];
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
        <a href="/centre">{t.error.back}</a>
      </p>
    </SignedInLayout>
  );
}
