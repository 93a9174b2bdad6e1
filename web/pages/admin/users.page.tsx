import { roles } from '../../../shared/access/index.js';
import { type Locale, locales } from '../../../shared/roster/index.js';
import { Layout } from '../../components/layout.js';
import { ProblemList } from '../../components/problem-list.js';
import { authMessages } from '../auth/auth-messages.js';
import { SignOutForm } from '../auth/sign-out-form.js';
import { adminMessages } from './admin-messages.js';

export interface UsersPageUser {
  readonly email: string;
  readonly role: (typeof roles)[number];
  readonly teams: readonly string[];
  readonly advisorId?: string | undefined;
  readonly locale: Locale;
}

export interface UsersPageProps {
  readonly locale: Locale;
  readonly viewerEmail: string;
  readonly users: readonly UsersPageUser[];
  /** Team ids with their names, to help fill a manager's teams. */
  readonly teams: readonly { readonly teamId: string; readonly name: string }[];
  /** Why the last form was refused, field by field. */
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
  /** What the refused add form held, so nothing typed is lost. */
  readonly draft?: Readonly<Record<string, string>>;
}

/** The admin's list of users, with a form to add one and a button to remove each. */
export function UsersPage(props: UsersPageProps) {
  const t = adminMessages[props.locale];
  const roleNames = authMessages[props.locale].roleNames;
  const draft = props.draft ?? {};
  return (
    <Layout title={t.title} lang={props.locale}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <ProblemList problems={props.problems} intro={t.problems} />
      {props.users.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t.email}</th>
              <th scope="col">{t.role}</th>
              <th scope="col">{t.teamsColumn}</th>
              <th scope="col">{t.advisorColumn}</th>
              <th scope="col">{t.locale}</th>
              <td />
            </tr>
          </thead>
          <tbody>
            {props.users.map((user) => (
              <tr>
                <td>{user.email}</td>
                <td>{roleNames[user.role]}</td>
                <td>{user.teams.join(', ')}</td>
                <td>{user.advisorId ?? ''}</td>
                <td>{user.locale.toUpperCase()}</td>
                <td>
                  {user.email === props.viewerEmail ? (
                    <span class="muted">{t.you}</span>
                  ) : (
                    <form method="post" action="/admin/users/remove">
                      <input type="hidden" name="email" value={user.email} />
                      <button type="submit" aria-label={`${t.remove} ${user.email}`}>
                        {t.remove}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form method="post" action="/admin/users" class="card">
        <h2>{t.addTitle}</h2>
        <p>
          <label for="email">{t.email}</label>
          <br />
          <input id="email" name="email" type="email" required maxlength={254} value={draft.email ?? ''} />
        </p>
        <p>
          <label for="role">{t.role}</label>
          <br />
          <select id="role" name="role">
            {roles.map((role) => (
              <option value={role} selected={draft.role === role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="teams">{t.teams}</label>
          <br />
          <input id="teams" name="teams" value={draft.teams ?? ''} aria-describedby="known-teams" />
          <br />
          <small id="known-teams" class="muted">
            {t.knownTeams} {props.teams.map((team) => `${team.teamId} (${team.name})`).join(', ')}
          </small>
        </p>
        <p>
          <label for="advisorId">{t.advisorId}</label>
          <br />
          <input id="advisorId" name="advisorId" value={draft.advisorId ?? ''} />
        </p>
        <p>
          <label for="locale">{t.locale}</label>
          <br />
          <select id="locale" name="locale">
            {locales.map((locale) => (
              <option value={locale} selected={draft.locale === locale}>
                {locale.toUpperCase()}
              </option>
            ))}
          </select>
        </p>
        <button type="submit">{t.add}</button>
      </form>
      <SignOutForm locale={props.locale} />
    </Layout>
  );
}
