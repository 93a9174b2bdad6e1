import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { loadBrand } from './middleware/brand.js';
import { refuseCrossSiteRequests } from './middleware/cross-site-guard.js';
import { pageSecurityHeaders } from './middleware/page-security.js';
import { notFound, onError } from './problem.js';
import { callbackRoutes } from './routes/callback.routes.js';
import { type SurveyRouteDeps, surveyRoutes } from './routes/survey.routes.js';

/** Only the survey routes (/s/…, /u/…, callback requests): what the survey-recording function serves in AWS. */
export function createSurveyApp(deps: SurveyRouteDeps) {
  const app = new Hono();
  // The centre's brand on the survey pages, as in the main app (accent sheet before the CSP).
  app.use(contextStorage());
  app.use(loadBrand(deps.brand));
  app.use(pageSecurityHeaders());
  app.use(refuseCrossSiteRequests());
  app.onError(onError);
  app.notFound(notFound);
  app.route('/', surveyRoutes(deps));
  // After a low score, the thanks page's callback request (/s/c/:token/callback).
  if (deps.callbacks) app.route('/', callbackRoutes({ ...deps, callbacks: deps.callbacks }));
  return app;
}
