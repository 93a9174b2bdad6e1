/**
 * The one description of Duopulse's DynamoDB tables. The CDK stateful stack and the local
 * stack (scripts/start) both build their tables from it, so they cannot drift apart.
 */
export interface TableSpec {
  /** Logical name; the physical name gets a prefix per environment. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  readonly globalIndexes: readonly {
    readonly name: string;
    readonly partitionKey: string;
    readonly sortKey: string;
  }[];
  /** Attribute holding an epoch-seconds expiry, or undefined when items never expire. */
  readonly timeToLiveAttribute?: string;
  /**
   * How the table is backed up: continuous point-in-time recovery, or one backup a day (the
   * pulse table: restores a second apart could be compared to date each anonymous answer).
   */
  readonly backup: 'point-in-time' | 'daily';
}

/** Roster, interactions, invitations, customer responses, aggregates, pay, keys, audit. */
export const mainTable: TableSpec = {
  name: 'main',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [{ name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
  timeToLiveAttribute: 'expiresAt',
  backup: 'point-in-time',
};

/**
 * Anonymous advisor pulse answers only: team, week, a random id and the sealed answer. Nothing
 * in it identifies an advisor or dates an answer within its week; only the survey function
 * writes it and only the publication job reads it. Backed up daily, never point-in-time.
 */
export const pulseTable: TableSpec = {
  name: 'pulse',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [],
  backup: 'daily',
};

export const tableSpecs = [mainTable, pulseTable] as const;

/** Physical table name for a logical table in an environment, e.g. `duopulse-local-main`. */
export function physicalTableName(prefix: string, spec: TableSpec): string {
  return `${prefix}-${spec.name}`;
}
