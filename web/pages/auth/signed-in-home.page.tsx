import { areasOf, type Viewer } from '../../../shared/access/index.js';
import type { Team } from '../../../shared/roster/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { authMessages } from './auth-messages.js';

/** Where a person lands after sign-in: who they are, and what their role may open. */
export function SignedInHomePage(props: {
  viewer: Viewer;
  teams?: readonly Pick<Team, 'teamId' | 'name'>[];
}) {
  const { viewer } = props;
  const t = authMessages[viewer.locale];
  const areas = areasOf(viewer.role);
  const links: { href: string; text: string }[] = [
    ...(areas.includes('centre') ? [{ href: '/centre', text: t.centreOverview }] : []),
    ...(areas.includes('logics') ? [{ href: '/logics', text: t.logicsPage }] : []),
    ...(areas.includes('advisor')
      ? [
          { href: '/me', text: t.myResults },
          { href: '/me/pay', text: t.myPay },
        ]
      : []),
    ...(areas.includes('pay') ? [{ href: '/pay/policy', text: t.payPolicy }] : []),
    ...(areas.includes('users')
      ? [
          { href: '/admin/users', text: t.manageUsers },
          { href: '/admin/brand', text: t.brand },
          { href: '/admin/pay-prerequisites', text: t.payPrerequisites },
        ]
      : []),
    ...(areas.includes('logics-lists') ? [{ href: '/admin/logics', text: t.logicsLists }] : []),
  ];
  const teams = props.teams ?? [];
  return (
    <SignedInLayout
      viewer={viewer}
      title={t.homeTitle}
      teamNames={Object.fromEntries(teams.map((team) => [team.teamId, team.name]))}
    >
      <h1>Duopulse</h1>
      <p>
        {t.signedInAs} <strong>{viewer.email}</strong> ({t.asRole} {t.roleNames[viewer.role]}).
      </p>
      {viewer.role === 'manager' && teams.length > 0 && (
        <>
          <p>{t.yourTeams}</p>
          <ul>
            {teams.map((team) => (
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
      {links.length > 0 && (
        <>
          <h2>{t.whatYouCanOpen}</h2>
          <ul>
            {links.map((link) => (
              <li>
                <a href={link.href}>{link.text}</a>
              </li>
            ))}
          </ul>
        </>
      )}
    </SignedInLayout>
  );
}
