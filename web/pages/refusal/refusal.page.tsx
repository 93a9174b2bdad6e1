import type { Viewer } from '../../../shared/access/index.js';
import type { Locale } from '../../../shared/roster/index.js';
import { Layout } from '../../components/layout.js';
import { ProblemList, type ShownProblem } from '../../components/problem-list.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { refusalPageMessages } from './refusal-page-messages.js';

/** A refused request as a browser sees it; title and detail already worded in `locale`. */
export interface RefusalPageProps {
  readonly locale: Locale;
  /** The signed-in person: their menu and language switch frame the page. */
  readonly viewer?: Viewer | undefined;
  readonly title: string;
  readonly detail: string;
  /** The fields refused (400) or in conflict (409), by their path. */
  readonly problems?: readonly ShownProblem[] | undefined;
}

function RefusalBody(props: RefusalPageProps) {
  const t = refusalPageMessages[props.locale];
  return (
    <>
      <h1>{props.title}</h1>
      <p>{props.detail}</p>
      <ProblemList problems={props.problems} intro={t.fields} />
      <p class="muted">{t.homeHint}</p>
      <p>
        <a href="/">{t.home}</a>
      </p>
    </>
  );
}

/** The page of a refusal (400, 403, 404, 405, 409, 413, 415): what happened and the way home. */
export function RefusalPage(props: RefusalPageProps) {
  if (props.viewer) {
    return (
      <SignedInLayout viewer={props.viewer} title={props.title}>
        <RefusalBody {...props} />
      </SignedInLayout>
    );
  }
  return (
    <Layout title={props.title} lang={props.locale}>
      <RefusalBody {...props} />
    </Layout>
  );
}
