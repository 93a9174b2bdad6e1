export * from './advisor.schema.js';
export * from './advisor-activity.js';
export * from './batch.schema.js';
export * from './ids.schema.js';
export * from './interaction.schema.js';
export * from './roster-history.js';
export * from './team.schema.js';
