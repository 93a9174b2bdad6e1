import { Hono } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import type { AppDeps } from './app-deps.js';
import { notFound, onError } from './problem.js';
import { surveyRoutes } from './routes/survey.routes.js';

/** Only the survey routes (/s/…, /u/…): what the survey-recording function serves in AWS. */
export function createSurveyApp(deps: AppDeps) {
  const app = new Hono();
  app.use(secureHeaders());
  app.onError(onError);
  app.notFound(notFound);
  app.route('/', surveyRoutes(deps));
  return app;
}
