import { Logger } from '@aws-lambda-powertools/logger';

/** Structured JSON logs (Powertools), one logger per process. */
export const logger = new Logger({ serviceName: 'duopulse' });
