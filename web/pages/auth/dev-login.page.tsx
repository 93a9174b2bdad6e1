import type { Role } from '../../../shared/access/index.js';
import type { Locale } from '../../../shared/roster/index.js';
import { Layout } from '../../components/layout.js';
import { authMessages } from './auth-messages.js';

export interface DevLoginUser {
  readonly email: string;
  readonly role: Role;
  readonly scope: string;
}

/** /dev/login: pick a local user; each button posts their email to the same session code. */
export function DevLoginPage(props: { locale: Locale; users: readonly DevLoginUser[] }) {
  const t = authMessages[props.locale];
  return (
    <Layout title={t.devLoginTitle} lang={props.locale}>
      <h1>{t.devLoginTitle}</h1>
      <p>{t.devLoginIntro}</p>
      {props.users.length === 0 ? (
        <p>{t.devLoginNoUsers}</p>
      ) : (
        <table>
          <tbody>
            {props.users.map((user) => (
              <tr>
                <td>{user.email}</td>
                <td>{t.roleNames[user.role]}</td>
                <td class="muted">{user.scope}</td>
                <td>
                  <form method="post" action="/dev/login">
                    <input type="hidden" name="email" value={user.email} />
                    <button type="submit" aria-label={`${t.signInAs} : ${user.email}`}>
                      {t.signInAs}
                    </button>
                  </form>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
