import { handle } from 'hono/aws-lambda';
import { awsSurveyDeps } from '../wiring/survey.wiring.js';
import { createSurveyApp } from './survey-app.js';

/** The survey pages and recording, in their own small function with write access to the pulse table. */
export const handler = handle(createSurveyApp(awsSurveyDeps()));
