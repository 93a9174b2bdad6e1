import type { Viewer } from '../../../shared/access/index.js';
import { SignedInLayout } from '../../components/signed-in-layout.js';
import { actionsMessages } from './actions-messages.js';
import { TeamActionsSection, type TeamActionsSectionProps } from './team-actions.section.js';

/** A team's actions on a page of their own (also the form sent back with its problems). */
export function TeamActionsPage(props: { viewer: Viewer; teamName: string } & TeamActionsSectionProps) {
  const t = actionsMessages[props.viewer.locale];
  return (
    <SignedInLayout viewer={props.viewer} title={t.pageTitle(props.teamName)}>
      <h1>{t.pageTitle(props.teamName)}</h1>
      <p>
        <a href={`/teams/${encodeURIComponent(props.teamId)}`}>{t.backToTeam}</a>
      </p>
      <TeamActionsSection {...props} />
    </SignedInLayout>
  );
}
