import { roles, type Viewer } from '../../../shared/access/index.js';
import { type Locale, locales } from '../../../shared/roster/index.js';
import { ProblemList } from '../../components/problem-list.js';
import { SavedNotice } from '../../components/saved-notice.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { TableScroll } from '../../components/table-scroll.js';
import { authMessages } from '../auth/auth-messages.js';
import { adminMessages } from './admin-messages.js';

export interface UsersPageUser {
  readonly email: string;
  readonly role: (typeof roles)[number];
  readonly teams: readonly string[];
  readonly advisorId?: string | undefined;
  readonly locale: Locale;
}

/** What the last save did, told on the page the browser comes back to. */
export type UsersPageDone = 'added' | 'removed';

export interface UsersPageProps {
  readonly viewer: Viewer;
  readonly users: readonly UsersPageUser[];
  /** Team ids with their names, to help fill a manager's teams. */
  readonly teams: readonly { readonly teamId: string; readonly name: string }[];
  /** Why the last form was refused, field by field. */
  readonly problems?: readonly { readonly path: string; readonly message: string }[];
  /** What the refused add form held, so nothing typed is lost. */
  readonly draft?: Readonly<Record<string, string>>;
  readonly done?: UsersPageDone | undefined;
}

/** The admin's list of users, with a form to add one and a button to remove each (confirmed next). */
export function UsersPage(props: UsersPageProps) {
  const locale = props.viewer.locale;
  const t = adminMessages[locale];
  const roleNames = authMessages[locale].roleNames;
  const draft = props.draft ?? {};
  const teamNames = new Map(props.teams.map((team) => [team.teamId, team.name]));
  return (
    <SignedInLayout viewer={props.viewer} title={t.title}>
      <h1>{t.title}</h1>
      <p>{t.intro}</p>
      <SavedNotice text={props.done ? t[props.done] : undefined} />
      <ProblemList
        problems={props.problems}
        intro={t.problems}
        labels={{
          email: t.email,
          role: t.role,
          teams: t.teamsColumn,
          advisorId: t.advisorColumn,
          locale: t.locale,
        }}
      />
      {props.users.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableScroll label={t.title}>
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
                  <td>{user.teams.map((teamId) => teamNames.get(teamId) ?? teamId).join(', ')}</td>
                  <td>{user.advisorId ?? ''}</td>
                  <td>{user.locale.toUpperCase()}</td>
                  <td>
                    {user.email === props.viewer.email ? (
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
        </TableScroll>
      )}
      <form method="post" action="/admin/users" class="card">
        <h2>{t.addTitle}</h2>
        <p>
          <label for="email">{t.email}</label>
          <input id="email" name="email" type="email" required maxlength={254} value={draft.email ?? ''} />
        </p>
        <p>
          <label for="role">{t.role}</label>
          <select id="role" name="role" required>
            <option value="" selected={!draft.role}>
              {t.chooseRole}
            </option>
            {roles.map((role) => (
              <option value={role} selected={draft.role === role}>
                {roleNames[role]}
              </option>
            ))}
          </select>
        </p>
        <p>
          <label for="teams">{t.teams}</label>
          <input id="teams" name="teams" value={draft.teams ?? ''} aria-describedby="known-teams" />
          <br />
          <small id="known-teams" class="muted">
            {t.knownTeams} {props.teams.map((team) => `${team.teamId} (${team.name})`).join(', ')}
          </small>
        </p>
        <p>
          <label for="advisorId">{t.advisorId}</label>
          <input id="advisorId" name="advisorId" value={draft.advisorId ?? ''} />
        </p>
        <p>
          <label for="locale">{t.locale}</label>
          <select id="locale" name="locale">
            {locales.map((l) => (
              <option value={l} selected={(draft.locale ?? locale) === l}>
                {l.toUpperCase()}
              </option>
            ))}
          </select>
        </p>
        <button type="submit">{t.add}</button>
      </form>
    </SignedInLayout>
  );
}
