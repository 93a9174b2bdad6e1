import { areasOf, type Viewer } from '../../../shared/access/index.js';
import type { Team } from '../../../shared/roster/index.js';
import { Layout } from '../../components/layout.js';
import { authMessages } from './auth-messages.js';
import { SignOutForm } from './sign-out-form.js';

/** Where a person lands after sign-in: who they are, and what their role may open. */
export function SignedInHomePage(props: {
  viewer: Viewer;
  teams?: readonly Pick<Team, 'teamId' | 'name'>[];
}) {
  const { viewer } = props;
  const t = authMessages[viewer.locale];
  const areas = areasOf(viewer.role);
  return (
    <Layout title="Duopulse" lang={viewer.locale}>
      <h1>Duopulse</h1>
      <p>
        {t.signedInAs} <strong>{viewer.email}</strong> ({t.asRole} {t.roleNames[viewer.role]}).
      </p>
      {viewer.role === 'manager' && (
        <>
          <p>{t.yourTeams}</p>
          <ul>
            {(props.teams ?? []).map((team) => (
              <li>
                <a href={`/teams/${encodeURIComponent(team.teamId)}`}>{team.name}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {viewer.advisorId !== undefined && (
        <p>
          {t.yourPayrollId} {viewer.advisorId}
        </p>
      )}
      <h2>{t.whatYouCanOpen}</h2>
      <ul>
        {areas.includes('centre') && (
          <li>
            <a href="/centre">{t.centreOverview}</a>
          </li>
        )}
        {areas.includes('advisor') && (
          <li>
            <a href="/me">{t.myResults}</a>
          </li>
        )}
        {areas.includes('pay') && (
          <li>
            <a href="/pay/policy">{t.payPolicy}</a>
          </li>
        )}
        {areas.includes('users') && (
          <li>
            <a href="/admin/users">{t.manageUsers}</a>
          </li>
        )}
        {areas.includes('logics-lists') && (
          <li>
            <a href="/admin/logics">{t.logicsLists}</a>
          </li>
        )}
      </ul>
      <SignOutForm locale={viewer.locale} />
    </Layout>
  );
}
