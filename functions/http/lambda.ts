import { handle } from 'hono/aws-lambda';
import { awsAppDeps } from '../wiring/app.wiring.js';
import { createApp } from './app.js';
import { deployedApiRateLimit } from './middleware/api-rate-limit.js';

const apiRateLimit = { ...deployedApiRateLimit, nowMs: () => performance.now() };
export const handler = handle(createApp({ ...awsAppDeps(), apiRateLimit }));
