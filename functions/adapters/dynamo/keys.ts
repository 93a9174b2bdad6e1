/**
 * Every DynamoDB key of Duopulse is built here, and nowhere else. Items carry their entity
 * type in `type`. Generic attributes: pk/sk, gsi1pk/gsi1sk.
 */
export const entityTypes = {
  team: 'Team',
  advisor: 'Advisor',
  interaction: 'Interaction',
  pendingSurvey: 'PendingSurvey',
  operationsAggregate: 'OperationsAggregate',
  apiKey: 'ApiKey',
  demoSeed: 'DemoSeed',
} as const;

export const keys = {
  team: (teamId: string) => ({ pk: `TEAM#${teamId}`, sk: 'TEAM' }),
  teamListing: (teamId: string) => ({ gsi1pk: 'TEAMS', gsi1sk: `TEAM#${teamId}` }),
  teamsPartition: () => 'TEAMS',

  advisor: (payrollId: string) => ({ pk: `ADVISOR#${payrollId}`, sk: 'ADVISOR' }),
  advisorListing: (teamId: string, payrollId: string) => ({
    gsi1pk: 'ADVISORS',
    gsi1sk: `TEAM#${teamId}#ADVISOR#${payrollId}`,
  }),
  advisorsPartition: () => 'ADVISORS',
  advisorsOfTeamPrefix: (teamId: string) => `TEAM#${teamId}#ADVISOR#`,

  interaction: (externalId: string) => ({ pk: `INTERACTION#${externalId}`, sk: 'INTERACTION' }),
  interactionListing: (advisorId: string, startedAt: string, externalId: string) => ({
    gsi1pk: `ADVISOR#${advisorId}#INTERACTIONS`,
    gsi1sk: `${startedAt}#${externalId}`,
  }),
  interactionsOfAdvisorPartition: (advisorId: string) => `ADVISOR#${advisorId}#INTERACTIONS`,

  /** The plain customer email, waiting for the survey dispatch; deleted by TTL at the latest. */
  pendingSurvey: (endedDay: string, externalId: string) => ({
    pk: `PENDING_SURVEY#${endedDay}`,
    sk: `INTERACTION#${externalId}`,
  }),
  pendingSurveyPartition: (endedDay: string) => `PENDING_SURVEY#${endedDay}`,

  operationsAggregate: (teamId: string, period: string, channel: string) => ({
    pk: `TEAM#${teamId}#OPERATIONS`,
    sk: `PERIOD#${period}#CHANNEL#${channel}`,
  }),
  operationsOfTeamPartition: (teamId: string) => `TEAM#${teamId}#OPERATIONS`,

  apiKey: (secretHash: string) => ({ pk: `APIKEY#${secretHash}`, sk: 'APIKEY' }),
  apiKeyListing: (keyId: string) => ({ gsi1pk: 'APIKEYS', gsi1sk: `APIKEY#${keyId}` }),
  apiKeysPartition: () => 'APIKEYS',

  /** Marks that the local demo centre was seeded, so a restart does not seed it again. */
  demoSeed: () => ({ pk: 'DEMO', sk: 'SEED' }),
} as const;
