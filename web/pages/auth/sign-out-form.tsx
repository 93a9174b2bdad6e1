import type { Locale } from '../../../shared/roster/index.js';
import { authMessages } from './auth-messages.js';

/** Sign-out is a POST (a link could be followed by a prefetch or another site). */
export function SignOutForm(props: { locale: Locale }) {
  return (
    <form method="post" action="/auth/sign-out">
      <button type="submit">{authMessages[props.locale].signOut}</button>
    </form>
  );
}
