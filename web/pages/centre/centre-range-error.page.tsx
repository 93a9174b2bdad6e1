import type { Viewer } from '../../../shared/access/index.js';
import { RangeErrorPage, type RangeProblem } from '../../components/range-error-page.js';
import { centreMessages } from './centre-messages.js';

/** Which range field was refused and why, in the viewer's language. */
export type CentreRangeProblem = RangeProblem;

/** The centre overview refused a period: each field named with what it must be (400). */
export function CentreRangeErrorPage(props: { viewer: Viewer; problems: readonly CentreRangeProblem[] }) {
  const t = centreMessages[props.viewer.locale];
  return (
    <RangeErrorPage
      viewer={props.viewer}
      problems={props.problems}
      words={{ ...t.error, from: t.from, to: t.to }}
      backHref="/centre"
    />
  );
}
