import { handle } from 'hono/aws-lambda';
import { awsDeps } from '../adapters/aws-deps.js';
import { createApp } from './app.js';

export const handler = handle(createApp(awsDeps()));
