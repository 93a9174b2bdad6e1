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
}

/** Roster, interactions, invitations, customer responses, aggregates, pay, keys, audit. */
export const mainTable: TableSpec = {
  name: 'main',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [{ name: 'gsi1', partitionKey: 'gsi1pk', sortKey: 'gsi1sk' }],
  timeToLiveAttribute: 'expiresAt',
};

/**
 * Anonymous advisor pulse answers only: team, period, item answers, a random id. Nothing in it
 * identifies an advisor; the roles that read pages and exports get no access to it.
 */
export const pulseTable: TableSpec = {
  name: 'pulse',
  partitionKey: 'pk',
  sortKey: 'sk',
  globalIndexes: [],
};

export const tableSpecs = [mainTable, pulseTable] as const;

/** Physical table name for a logical table in an environment, e.g. `duopulse-local-main`. */
export function physicalTableName(prefix: string, spec: TableSpec): string {
  return `${prefix}-${spec.name}`;
}
