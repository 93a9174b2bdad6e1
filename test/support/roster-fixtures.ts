import type { AdvisorInput, InteractionInput, TeamInput } from '../../shared/roster/index.js';

export const lyonTeam: TeamInput = {
  teamId: 'lyon-1',
  name: 'Lyon Particuliers',
  site: 'Lyon',
  managementProfile: 'connector',
  managers: ['claire.martin@centre.example'],
};

export const lilleTeam: TeamInput = {
  teamId: 'lille-1',
  name: 'Lille Pros',
  site: 'Lille',
  managementProfile: 'always-on',
};

export function advisor(payrollId: string, teamId = lyonTeam.teamId): AdvisorInput {
  return {
    payrollId,
    email: `${payrollId.toLowerCase()}@centre.example`,
    teamId,
    workMode: 'hybrid',
    fte: 0.8,
    startDate: '2025-03-01',
  };
}

/** A contact that ended `minutesAgo` before `now`. */
export function interaction(
  externalId: string,
  advisorId: string,
  now: Date,
  minutesAgo = 30,
): InteractionInput {
  const ended = new Date(now.getTime() - minutesAgo * 60_000);
  const started = new Date(ended.getTime() - 6 * 60_000);
  return {
    externalId,
    advisorId,
    channel: 'phone',
    startedAt: started.toISOString(),
    endedAt: ended.toISOString(),
    handleTimeSeconds: 360,
    resolvedFirstContact: true,
    customerEmail: `client-${externalId}@client.example`,
    customerLocale: 'fr',
  };
}
