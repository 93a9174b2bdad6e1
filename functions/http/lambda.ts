import { handle } from 'hono/aws-lambda';
import { awsAppDeps } from '../wiring/app.wiring.js';
import { createApp } from './app.js';

export const handler = handle(createApp(awsAppDeps()));
