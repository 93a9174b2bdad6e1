import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { styleSheet } from '../../components/style-sheet.js';
import { formatDate } from '../../format/locale-format.js';
import { teamCallbacksMessages } from './team-callbacks-messages.js';

const CallbacksStyle = styleSheet(
  'ul.callbacks{list-style:none;padding:0}ul.callbacks dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0 0 .75rem}ul.callbacks dt{font-weight:600}ul.callbacks dd{margin:0}',
);

export interface TeamCallbacksPageProps {
  readonly viewer: Viewer;
  readonly teamId: string;
  readonly teamName: string;
  readonly open: readonly {
    readonly responseId: string;
    readonly score: number;
    readonly channel: 'phone' | 'email' | 'chat' | 'social' | 'in-person';
    readonly requestedAt: string;
    readonly contactKind: 'email' | 'phone';
    readonly contact: string;
  }[];
  readonly handled: readonly { readonly responseId: string; readonly handledAt: string }[];
}

/**
 * A team's callback requests (hr and the team's managers): each open one with its score, the
 * contact's channel, the date and the contact the customer gave, and a "handled" button that
 * deletes the contact; handled ones say only when.
 */
export function TeamCallbacksPage(props: TeamCallbacksPageProps) {
  const locale = props.viewer.locale;
  const t = teamCallbacksMessages[locale];
  const base = `/teams/${encodeURIComponent(props.teamId)}`;
  const date = (iso: string) => formatDate(locale, new Date(iso));
  return (
    <SignedInLayout viewer={props.viewer} title={t.title(props.teamName)} head={<CallbacksStyle />}>
      <h1>{t.title(props.teamName)}</h1>
      <p>{t.rule}</p>
      {props.open.length === 0 && props.handled.length === 0 && <p>{t.none}</p>}
      {props.open.length > 0 && (
        <section>
          <h2>{t.openHeading(props.open.length)}</h2>
          <ul class="callbacks">
            {props.open.map((request) => (
              <li class="card" data-response={request.responseId}>
                <h3>{t.score(request.score)}</h3>
                <dl>
                  <dt>{t.channel}</dt>
                  <dd>{t.channels[request.channel]}</dd>
                  <dt>{t.requestedOn}</dt>
                  <dd>
                    <time datetime={request.requestedAt}>{date(request.requestedAt)}</time>
                  </dd>
                  <dt>{t.contact}</dt>
                  <dd>
                    {t.contactKinds[request.contactKind]} :{' '}
                    <a
                      href={
                        request.contactKind === 'email'
                          ? `mailto:${request.contact}`
                          : `tel:${request.contact.replace(/[^0-9+]/g, '')}`
                      }
                    >
                      {request.contact}
                    </a>
                  </dd>
                </dl>
                <form
                  method="post"
                  action={`${base}/callbacks/${encodeURIComponent(request.responseId)}/handled`}
                >
                  <button type="submit" aria-describedby="handle-hint">
                    {t.handle}
                  </button>
                </form>
              </li>
            ))}
          </ul>
          <p id="handle-hint" class="muted">
            {t.handleHint}
          </p>
        </section>
      )}
      {props.handled.length > 0 && (
        <section>
          <h2>{t.handledHeading(props.handled.length)}</h2>
          <ul>
            {props.handled.map((request) => (
              <li data-response={request.responseId}>{t.handledOn(date(request.handledAt))}</li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a href={base}>{t.back}</a>
      </p>
    </SignedInLayout>
  );
}
