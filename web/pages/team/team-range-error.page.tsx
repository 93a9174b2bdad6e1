import type { Viewer } from '../../../shared/access/index.js';
import { RangeErrorPage, type RangeProblem } from '../../components/range-error-page.js';
import { teamMessages } from './team-messages.js';

/** Which range field was refused and why. */
export type TeamRangeProblem = RangeProblem;

/** The team page refused a period (400): each field named, with what it must be, in the viewer's language. */
export function TeamRangeErrorPage(props: {
  viewer: Viewer;
  teamId: string;
  problems: readonly TeamRangeProblem[];
}) {
  const t = teamMessages[props.viewer.locale];
  return (
    <RangeErrorPage
      viewer={props.viewer}
      problems={props.problems}
      words={{ ...t.error, from: t.from, to: t.to }}
      backHref={`/teams/${encodeURIComponent(props.teamId)}`}
    />
  );
}
