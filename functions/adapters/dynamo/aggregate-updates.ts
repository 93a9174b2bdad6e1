import type { AggregateTarget, CounterDelta } from '../../../shared/aggregates/counter-deltas.js';
import { entityTypes, keys } from './keys.js';
import type { TransactItem } from './transactions.js';

/** The key and the descriptive attributes of an aggregate target. */
export function aggregateItemOf(target: AggregateTarget): {
  key: Record<string, string>;
  attributes: Record<string, string>;
} {
  switch (target.kind) {
    case 'customer-team':
      return {
        key: keys.customerAggregate(target.teamId, target.period, target.channel),
        attributes: {
          type: entityTypes.customerAggregate,
          teamId: target.teamId,
          period: target.period,
          channel: target.channel,
        },
      };
    case 'customer-team-work-mode':
      return {
        key: keys.customerWorkModeAggregate(target.teamId, target.period, target.workMode),
        attributes: {
          type: entityTypes.customerWorkModeAggregate,
          teamId: target.teamId,
          period: target.period,
          workMode: target.workMode,
        },
      };
    case 'customer-advisor':
      return {
        key: keys.advisorQuarterAggregate(target.advisorId, target.quarter),
        attributes: {
          type: entityTypes.advisorQuarterAggregate,
          advisorId: target.advisorId,
          quarter: target.quarter,
        },
      };
    case 'customer-advisor-week':
      return {
        key: keys.advisorWeekCustomerAggregate(target.advisorId, target.period),
        attributes: {
          type: entityTypes.advisorWeekCustomerAggregate,
          advisorId: target.advisorId,
          period: target.period,
        },
      };
  }
}

export function aggregateKeyString(target: AggregateTarget): string {
  const { key } = aggregateItemOf(target);
  return `${key.pk}|${key.sk}`;
}

/** An `ADD` update for one aggregate's counters, for a transaction. */
export function counterUpdate(tableName: string, delta: CounterDelta): TransactItem {
  const { key, attributes } = aggregateItemOf(delta.target);
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const sets = Object.entries(attributes).map(([name, value], i) => {
    names[`#s${i}`] = name;
    values[`:s${i}`] = value;
    return `#s${i} = :s${i}`;
  });
  const adds = Object.entries(delta.add).map(([name, value], i) => {
    names[`#a${i}`] = name;
    values[`:a${i}`] = value;
    return `#a${i} :a${i}`;
  });
  return {
    Update: {
      TableName: tableName,
      Key: key,
      UpdateExpression: `SET ${sets.join(', ')} ADD ${adds.join(', ')}`,
      ExpressionAttributeNames: names,
      ExpressionAttributeValues: values,
    },
  };
}
