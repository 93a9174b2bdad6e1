import type { Locale } from '../../../shared/roster/index.js';
import { Layout } from '../../components/layout.js';
import { authMessages, type SignInRefusalReason } from './auth-messages.js';

/** A refused sign-in: why, in the browser's language, and the way back; no session was opened. */
export function SignInRefusedPage(props: { locale: Locale; reason: SignInRefusalReason }) {
  const t = authMessages[props.locale];
  return (
    <Layout title={t.refusedTitle} lang={props.locale}>
      <h1>{t.refusedTitle}</h1>
      <p>{t.refusals[props.reason]}</p>
      <p>
        <a href="/auth/sign-in">{t.tryAgain}</a>
      </p>
    </Layout>
  );
}
