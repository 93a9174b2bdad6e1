import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { authMessages } from '../auth/auth-messages.js';
import { adminMessages } from './admin-messages.js';
import type { UsersPageUser } from './users.page.js';

/**
 * The second step of removing a user: names the person and their role, and removes them only
 * when this form is sent (`confirmed=yes`); « Annuler » goes back to the list, nothing removed.
 */
export function RemoveUserPage(props: { readonly viewer: Viewer; readonly user: UsersPageUser }) {
  const locale = props.viewer.locale;
  const t = adminMessages[locale];
  const role = authMessages[locale].roleNames[props.user.role];
  return (
    <SignedInLayout viewer={props.viewer} title={t.confirmTitle}>
      <h1>{t.confirmTitle}</h1>
      <form method="post" action="/admin/users/remove" class="card">
        <p>{t.confirmQuestion(props.user.email, role)}</p>
        <input type="hidden" name="email" value={props.user.email} />
        <input type="hidden" name="confirmed" value="yes" />
        <p>
          <button type="submit" class="primary">
            {t.confirmRemove}
          </button>{' '}
          <a href="/admin/users">{t.cancel}</a>
        </p>
      </form>
    </SignedInLayout>
  );
}
