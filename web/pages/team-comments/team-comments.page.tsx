import type { Viewer } from '../../../shared/access/index.js';
import { commentGroupMinimum } from '../../../shared/publication/publish-comments.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { teamCommentsMessages } from './team-comments-messages.js';

const CommentsStyle = styleSheet(
  'ul.comments{list-style:none;padding:0}ul.comments li{border-left:3px solid #5a6b7b;padding:.3em .6em;margin:.4em 0;white-space:pre-wrap}',
);

export interface TeamCommentsPageProps {
  readonly viewer: Viewer;
  readonly teamId: string;
  readonly teamName: string;
  readonly sets: readonly {
    readonly window: { readonly id: string };
    readonly respondents: number;
    readonly comments: readonly string[];
    readonly acknowledged?: { readonly by: string; readonly at: string } | undefined;
  }[];
}

/** A team's published anonymous comments, month by month, each acknowledgeable by its managers. */
export function TeamCommentsPage(props: TeamCommentsPageProps) {
  const t = teamCommentsMessages[props.viewer.locale];
  const base = `/teams/${encodeURIComponent(props.teamId)}`;
  return (
    <SignedInLayout viewer={props.viewer} title={t.title(props.teamName)} head={<CommentsStyle />}>
      <h1>{t.title(props.teamName)}</h1>
      <p>{t.rule(commentGroupMinimum)}</p>
      {props.sets.length === 0 && <p>{t.none}</p>}
      {props.sets.map((set) => (
        <section class="card" data-month={set.window.id}>
          <h2>{t.month(set.window.id, set.respondents, set.comments.length)}</h2>
          <ul class="comments">
            {set.comments.map((comment) => (
              <li>{comment}</li>
            ))}
          </ul>
          {set.acknowledged ? (
            <p>{t.acknowledged(set.acknowledged.by, set.acknowledged.at.slice(0, 10))}</p>
          ) : (
            <form method="post" action={`${base}/comments/${set.window.id}/acknowledge`}>
              <button type="submit">{t.acknowledge}</button>
            </form>
          )}
        </section>
      ))}
      <p>
        <a href={base}>{t.back}</a>
      </p>
    </SignedInLayout>
  );
}
