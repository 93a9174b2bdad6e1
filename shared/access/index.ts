export * from './access-rules.js';
export * from './roles.js';
export * from './user.schema.js';
