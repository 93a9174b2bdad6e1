import type { Viewer } from '../../shared/access/index.js';
import { SignedInLayout } from './signed-in-layout.js';

/** Which range field was refused and why. */
export interface RangeProblem {
  readonly field: 'from' | 'to';
  readonly problem: 'bad-week' | 'bad-range';
}

/** The words of a range refusal, in the viewer's language. */
export interface RangeErrorWords {
  readonly title: string;
  readonly intro: string;
  readonly from: string;
  readonly to: string;
  readonly badWeek: string;
  readonly badRange: string;
  readonly back: string;
}

/** A page refused a period (400): each field named, with what it must be, and the way back. */
export function RangeErrorPage(props: {
  viewer: Viewer;
  problems: readonly RangeProblem[];
  words: RangeErrorWords;
  backHref: string;
}) {
  const w = props.words;
  const colon = props.viewer.locale === 'fr' ? '\u00a0: ' : ': ';
  return (
    <SignedInLayout viewer={props.viewer} title={w.title}>
      <h1>{w.title}</h1>
      <div class="card problems" role="alert">
        <p>{w.intro}</p>
        <ul>
          {props.problems.map((p) => (
            <li>
              <code>{p.field}</code> ({p.field === 'from' ? w.from : w.to}){colon}
              {p.problem === 'bad-week' ? w.badWeek : w.badRange}
            </li>
          ))}
        </ul>
      </div>
      <p>
        <a href={props.backHref}>{w.back}</a>
      </p>
    </SignedInLayout>
  );
}
