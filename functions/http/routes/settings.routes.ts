import { Hono } from 'hono';
import { surveySettingsSchema } from '../../../shared/surveys/survey-settings.schema.js';
import { assertCentreWide } from '../../services/scope.js';
import { parseOrThrow } from '../../services/validation.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { jsonBody } from '../request.js';

/** Survey sampling per channel, customer quiet period and pulse cadence, for the whole centre. */
export function settingsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/survey', requireScope('settings:read'), async (c) => {
      assertCentreWide(c.var.scope, 'Survey settings');
      return c.json(await deps.dispatch.getSurveySettings());
    })
    .put('/survey', requireScope('settings:write'), async (c) => {
      assertCentreWide(c.var.scope, 'Survey settings');
      const settings = parseOrThrow(surveySettingsSchema, await jsonBody(c));
      await deps.dispatch.putSurveySettings(settings);
      return c.json(settings);
    });
}
