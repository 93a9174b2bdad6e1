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
  customerInvitation: 'CustomerInvitation',
  pulseInvitation: 'PulseInvitation',
  customerResponse: 'CustomerResponse',
  pulseAnswer: 'PulseAnswer',
  pulsePublication: 'PulsePublication',
  publishedPulseFigure: 'PublishedPulseFigure',
  customerContact: 'CustomerContact',
  customerAggregate: 'CustomerAggregate',
  advisorQuarterAggregate: 'AdvisorQuarterAggregate',
  surveySettings: 'SurveySettings',
  rosterChange: 'RosterChange',
  customerWorkModeAggregate: 'CustomerWorkModeAggregate',
  advisorWeekCustomerAggregate: 'AdvisorWeekCustomerAggregate',
  advisorCustomerComment: 'AdvisorCustomerComment',
  managerDigest: 'ManagerDigest',
  queuedCustomerMail: 'QueuedCustomerMail',
  logicsMonth: 'LogicsMonth',
  logicsList: 'LogicsList',
} as const;

/**
 * Partition prefix of the manager digest markers: the digest job's role may write items under
 * it and nowhere else on the main table (infra/stateless-stack.ts).
 */
export const managerDigestPartitionPrefix = 'DIGEST#';

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
  pendingSurvey: (endedDay: string, teamId: string, externalId: string) => ({
    pk: `PENDING_SURVEY#${endedDay}`,
    sk: `TEAM#${teamId}#INTERACTION#${externalId}`,
  }),
  pendingSurveyPartition: (endedDay: string) => `PENDING_SURVEY#${endedDay}`,
  /** A customer survey email to send or retry, with the plain email; deleted once it is done. */
  queuedCustomerMail: (issuedDay: string, invitationId: string) => ({
    pk: `CUSTOMER_MAIL#${issuedDay}`,
    sk: `INVITATION#${invitationId}`,
  }),
  queuedCustomerMailPartition: (issuedDay: string) => `CUSTOMER_MAIL#${issuedDay}`,

  operationsAggregate: (teamId: string, period: string, channel: string) => ({
    pk: `TEAM#${teamId}#OPERATIONS`,
    sk: `PERIOD#${period}#CHANNEL#${channel}`,
  }),
  operationsOfTeamPartition: (teamId: string) => `TEAM#${teamId}#OPERATIONS`,

  apiKey: (secretHash: string) => ({ pk: `APIKEY#${secretHash}`, sk: 'APIKEY' }),
  apiKeyListing: (keyId: string) => ({ gsi1pk: 'APIKEYS', gsi1sk: `APIKEY#${keyId}` }),
  apiKeysPartition: () => 'APIKEYS',

  customerInvitation: (invitationId: string) => ({ pk: `INVITATION#${invitationId}`, sk: 'CUSTOMER' }),
  pulseInvitation: (invitationId: string) => ({ pk: `INVITATION#${invitationId}`, sk: 'PULSE' }),
  pulseInvitationListing: (period: string, teamId: string, advisorId: string) => ({
    gsi1pk: `PULSE_INVITATIONS#${period}`,
    gsi1sk: `TEAM#${teamId}#ADVISOR#${advisorId}`,
  }),
  pulseInvitationsPartition: (period: string) => `PULSE_INVITATIONS#${period}`,
  customerResponse: (responseId: string) => ({ pk: `RESPONSE#${responseId}`, sk: 'CUSTOMER' }),
  customerResponseListing: (teamId: string, period: string, responseId: string) => ({
    gsi1pk: `TEAM#${teamId}#RESPONSES`,
    gsi1sk: `PERIOD#${period}#RESPONSE#${responseId}`,
  }),
  /** Pulse table: anonymous answers grouped by team and period; the sort key is a random id. */
  pulseAnswer: (teamId: string, period: string, answerId: string) => ({
    pk: `TEAM#${teamId}#PERIOD#${period}`,
    sk: `ANSWER#${answerId}`,
  }),
  pulseAnswersPartition: (teamId: string, period: string) => `TEAM#${teamId}#PERIOD#${period}`,
  customerContact: (customerKey: string) => ({ pk: `CUSTOMER#${customerKey}`, sk: 'CONTACT' }),
  customerAggregate: (teamId: string, period: string, channel: string) => ({
    pk: `TEAM#${teamId}#CUSTOMER`,
    sk: `PERIOD#${period}#CHANNEL#${channel}`,
  }),
  customerAggregatesOfTeamPartition: (teamId: string) => `TEAM#${teamId}#CUSTOMER`,
  advisorQuarterAggregate: (advisorId: string, quarter: string) => ({
    pk: `ADVISOR#${advisorId}#CUSTOMER`,
    sk: `QUARTER#${quarter}`,
  }),
  /** A week's pulse publication is complete: its figures carry the same publication id. */
  pulsePublication: (isoYear: number, week: string) => ({ pk: `PUBLICATION#${isoYear}`, sk: `WEEK#${week}` }),
  pulsePublicationsPartition: (isoYear: number) => `PUBLICATION#${isoYear}`,
  /** One published pulse figure of a group, ordered by its first week; listed per ISO year. */
  publishedPulseFigure: (group: string, firstWeek: string, windowKind: string, windowId: string) => ({
    pk: `PUBLISHED#${group}`,
    sk: `WEEK#${firstWeek}#${windowKind}#${windowId}`,
  }),
  publishedPulseFiguresPartition: (group: string) => `PUBLISHED#${group}`,
  publishedPulseFigureListing: (isoYear: number, group: string, windowKind: string, windowId: string) => ({
    gsi1pk: `PUBLISHED_YEAR#${isoYear}`,
    gsi1sk: `${windowKind}#${windowId}#${group}`,
  }),
  publishedPulseFiguresOfYearPartition: (isoYear: number) => `PUBLISHED_YEAR#${isoYear}`,
  surveySettings: () => ({ pk: 'SETTINGS', sk: 'SURVEY' }),
  /** One month's published advisor logics (aggregates only), written once. */
  logicsMonth: (month: string) => ({ pk: 'LOGICS', sk: `MONTH#${month}` }),
  logicsMonthsPartition: () => 'LOGICS',
  /** One of the admin's two logics lists (tools and methods, resources), saved whole. */
  logicsList: (list: 'TOOLS_AND_METHODS' | 'RESOURCES') => ({ pk: 'SETTINGS', sk: `LOGICS#${list}` }),

  /** Marks that the local demo centre was seeded, so a restart does not seed it again. */
  demoSeed: () => ({ pk: 'DEMO', sk: 'SEED' }),

  /** An interaction, namespaced by the team it was recorded for: one key cannot shadow another team's id. */
  teamInteraction: (externalId: string, teamId: string) => ({
    pk: `INTERACTION#${externalId}`,
    sk: `TEAM#${teamId}`,
  }),
  interactionsWithExternalIdPartition: (externalId: string) => `INTERACTION#${externalId}`,
  /** Append-only roster history, ordered by time; `entryId` is random. */
  rosterHistoryEntry: (at: string, entryId: string) => ({ pk: 'ROSTER_HISTORY', sk: `AT#${at}#${entryId}` }),
  rosterHistoryPartition: () => 'ROSTER_HISTORY',
  /** Customer responses of one team's advisors of one work mode (at dispatch), per ISO week. */
  customerWorkModeAggregate: (teamId: string, period: string, workMode: string) => ({
    pk: `TEAM#${teamId}#CUSTOMER_WORK_MODE`,
    sk: `PERIOD#${period}#MODE#${workMode}`,
  }),
  customerWorkModeAggregatesOfTeamPartition: (teamId: string) => `TEAM#${teamId}#CUSTOMER_WORK_MODE`,
  /** Customer responses about one advisor's contacts, per ISO week (their own page; the doping check). */
  advisorWeekCustomerAggregate: (advisorId: string, period: string) => ({
    pk: `ADVISOR#${advisorId}#CUSTOMER_WEEK`,
    sk: `PERIOD#${period}`,
  }),
  advisorWeekCustomerAggregatesPartition: (advisorId: string) => `ADVISOR#${advisorId}#CUSTOMER_WEEK`,
  /** A customer's comment about one of the advisor's contacts, for that advisor's page, by week. */
  advisorCustomerComment: (advisorId: string, period: string, responseId: string) => ({
    pk: `ADVISOR#${advisorId}#CUSTOMER_COMMENTS`,
    sk: `PERIOD#${period}#RESPONSE#${responseId}`,
  }),
  advisorCustomerCommentsPartition: (advisorId: string) => `ADVISOR#${advisorId}#CUSTOMER_COMMENTS`,
  /** The weekly digest of one manager: claimed before sending, then marked sent (idempotency). */
  managerDigest: (week: string, managerEmail: string) => ({
    pk: `${managerDigestPartitionPrefix}${week}`,
    sk: `MANAGER#${managerEmail}`,
  }),
} as const;

/** Entity types of sign-in: people who may sign in, and their server-side sessions. */
export const accessEntityTypes = {
  user: 'User',
  session: 'Session',
} as const;

/** Keys of sign-in items (users by lowercase email, sessions by the SHA-256 of their id). */
export const accessKeys = {
  user: (email: string) => ({ pk: `USER#${email}`, sk: 'USER' }),
  userListing: (email: string) => ({ gsi1pk: 'USERS', gsi1sk: `USER#${email}` }),
  usersPartition: () => 'USERS',
  /** A session, deleted by sign-out and by the table's TTL after it expires. */
  session: (sessionIdHash: string) => ({ pk: `SESSION#${sessionIdHash}`, sk: 'SESSION' }),
} as const;

/** Entity type of a manager's recorded action. */
export const actionEntityTypes = { teamAction: 'TeamAction' } as const;

/** Keys of a team's actions: one partition per team, ordered by the week they start. */
export const actionKeys = {
  teamAction: (teamId: string, week: string, actionId: string) => ({
    pk: `TEAM#${teamId}#ACTIONS`,
    sk: `WEEK#${week}#ACTION#${actionId}`,
  }),
  teamActionsPartition: (teamId: string) => `TEAM#${teamId}#ACTIONS`,
} as const;

/** Entity types of variable pay's prerequisites and policies, and of the audit log. */
export const payEntityTypes = {
  payPrerequisites: 'PayPrerequisites',
  payPolicyVersion: 'PayPolicyVersion',
  auditEntry: 'AuditEntry',
} as const;

/** Sequence numbers zero-padded to 12 digits, so sort keys order like the numbers. */
const sequence = (n: number) => String(n).padStart(12, '0');

/** Keys of pay prerequisites and policy versions (one partition each), and of the audit log. */
export const payKeys = {
  payPrerequisites: () => ({ pk: 'PAY', sk: 'PREREQUISITES' }),
  payPolicyVersion: (version: number) => ({ pk: 'PAY_POLICY', sk: `VERSION#${sequence(version)}` }),
  payPolicyVersionsPartition: () => 'PAY_POLICY',
  /** One audit entry; the conditional put on the next sequence number keeps the log a chain. */
  auditEntry: (seq: number) => ({ pk: 'AUDIT', sk: `SEQ#${sequence(seq)}` }),
  auditPartition: () => 'AUDIT',
} as const;

/** Entity types of closed pay quarters: a revision's header, and its rows. */
export const closedQuarterEntityTypes = {
  revision: 'ClosedQuarterRevision',
  row: 'ClosedQuarterRow',
} as const;

const revisionNumber = (revision: number) => String(revision).padStart(4, '0');

/**
 * Keys of closed pay quarters. A revision's header is put once (conditionally) after its rows,
 * which sit under a row set id of their own: rows of a write that never got its header are
 * reachable from nothing.
 */
export const closedQuarterKeys = {
  revision: (quarter: string, revision: number) => ({
    pk: `CLOSED_QUARTER#${quarter}`,
    sk: `REVISION#${revisionNumber(revision)}`,
  }),
  revisionsPartition: (quarter: string) => `CLOSED_QUARTER#${quarter}`,
  row: (quarter: string, revision: number, rowSetId: string, payrollId: string) => ({
    pk: `CLOSED_QUARTER#${quarter}#REVISION#${revisionNumber(revision)}#ROWS#${rowSetId}`,
    sk: `ADVISOR#${payrollId}`,
  }),
  rowsPartition: (quarter: string, revision: number, rowSetId: string) =>
    `CLOSED_QUARTER#${quarter}#REVISION#${revisionNumber(revision)}#ROWS#${rowSetId}`,
} as const;

/** Entity types of a pay quarter's review: one row per advisor, and the advisors' contests. */
export const quarterReviewEntityTypes = {
  row: 'QuarterReviewRow',
  contest: 'PayContest',
} as const;

/** Keys of a quarter's review: its rows and its contests, one partition each per quarter. */
export const quarterReviewKeys = {
  row: (quarter: string, advisorId: string) => ({
    pk: `QUARTER_REVIEW#${quarter}`,
    sk: `ADVISOR#${advisorId}`,
  }),
  rowsPartition: (quarter: string) => `QUARTER_REVIEW#${quarter}`,
  contest: (quarter: string, responseId: string) => ({
    pk: `QUARTER_CONTESTS#${quarter}`,
    sk: `RESPONSE#${responseId}`,
  }),
  contestsPartition: (quarter: string) => `QUARTER_CONTESTS#${quarter}`,
} as const;

/** Entity type of a customer's request to be called back after a low score. */
export const callbackEntityTypes = { callbackRequest: 'CallbackRequest' } as const;

/**
 * Keys of callback requests: one partition per team (the team of the response), one item per
 * customer response, so a response can ask once (conditional put on the key).
 */
export const callbackKeys = {
  callbackRequest: (teamId: string, responseId: string) => ({
    pk: `TEAM#${teamId}#CALLBACKS`,
    sk: `RESPONSE#${responseId}`,
  }),
  callbackRequestsPartition: (teamId: string) => `TEAM#${teamId}#CALLBACKS`,
} as const;
