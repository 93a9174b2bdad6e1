import type { ManagementProfile, WorkMode } from '../roster/index.js';

/** A group of advisors a published pulse figure can describe. */
export type PulseGroup =
  | { readonly kind: 'centre' }
  | { readonly kind: 'site'; readonly site: string }
  | { readonly kind: 'profile'; readonly profile: ManagementProfile }
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'team-work-mode'; readonly teamId: string; readonly workMode: WorkMode };

/** A team as the publication sees it: where it sits and its manager's profile. */
export interface TeamOfCentre {
  readonly teamId: string;
  readonly site: string;
  readonly managementProfile: ManagementProfile;
}

/** The finest unit of a pulse figure: one team's advisors of one work mode. */
export const leafId = (teamId: string, workMode: WorkMode): string => `${teamId}/${workMode}`;

export function groupId(group: PulseGroup): string {
  switch (group.kind) {
    case 'centre':
      return 'centre';
    case 'site':
      return `site:${group.site}`;
    case 'profile':
      return `profile:${group.profile}`;
    case 'team':
      return `team:${group.teamId}`;
    case 'team-work-mode':
      return `team:${group.teamId}/mode:${group.workMode}`;
  }
}

/**
 * Every group of a centre, in the order the publication considers them: teams first (what
 * managers read), then sites, management profiles, the centre, and last the work-mode cuts of
 * each team (the smallest groups, published only where they leave nothing isolable).
 */
export function pulseGroupsOf(teams: readonly TeamOfCentre[], workModes: readonly WorkMode[]): PulseGroup[] {
  const sorted = [...teams].sort((a, b) => a.teamId.localeCompare(b.teamId));
  const sites = [...new Set(sorted.map((t) => t.site))].sort();
  const profiles = [...new Set(sorted.map((t) => t.managementProfile))].sort();
  return [
    ...sorted.map((t): PulseGroup => ({ kind: 'team', teamId: t.teamId })),
    ...sites.map((site): PulseGroup => ({ kind: 'site', site })),
    ...profiles.map((profile): PulseGroup => ({ kind: 'profile', profile })),
    { kind: 'centre' },
    ...sorted.flatMap((t) =>
      [...workModes]
        .sort()
        .map((workMode): PulseGroup => ({ kind: 'team-work-mode', teamId: t.teamId, workMode })),
    ),
  ];
}

/** The leaves (team × work mode) a group is made of. */
export function leavesOfGroup(
  group: PulseGroup,
  teams: readonly TeamOfCentre[],
  workModes: readonly WorkMode[],
): string[] {
  const ofTeams = (pick: (t: TeamOfCentre) => boolean) =>
    teams.filter(pick).flatMap((t) => workModes.map((m) => leafId(t.teamId, m)));
  switch (group.kind) {
    case 'centre':
      return ofTeams(() => true);
    case 'site':
      return ofTeams((t) => t.site === group.site);
    case 'profile':
      return ofTeams((t) => t.managementProfile === group.profile);
    case 'team':
      return ofTeams((t) => t.teamId === group.teamId);
    case 'team-work-mode':
      return [leafId(group.teamId, group.workMode)];
  }
}

/** The group a stored group id names, or undefined for an id no group has. */
export function parseGroupId(id: string): PulseGroup | undefined {
  if (id === 'centre') return { kind: 'centre' };
  if (id.startsWith('site:')) return { kind: 'site', site: id.slice(5) };
  if (id.startsWith('profile:')) return { kind: 'profile', profile: id.slice(8) as ManagementProfile };
  const mode = /^team:(.+)\/mode:(.+)$/.exec(id);
  if (mode) return { kind: 'team-work-mode', teamId: mode[1] ?? '', workMode: mode[2] as WorkMode };
  if (id.startsWith('team:')) return { kind: 'team', teamId: id.slice(5) };
  return undefined;
}
