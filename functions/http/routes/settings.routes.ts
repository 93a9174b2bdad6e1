import { Hono } from 'hono';
import { surveySettingsSchema } from '../../../shared/surveys/survey-settings.schema.js';
import { ForbiddenError } from '../../services/errors.js';
import type { CallerScope } from '../../services/scope.js';
import { parseOrThrow } from '../../services/validation.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { jsonBody } from '../request.js';

function assertCentreWide(scope: CallerScope): void {
  if (scope.teams)
    throw new ForbiddenError('Survey settings apply to the whole centre; this key is limited to some teams');
}

/** Survey sampling per channel, customer quiet period and pulse cadence, for the whole centre. */
export function settingsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get('/survey', async (c) => {
      assertCentreWide(c.var.scope);
      return c.json(await deps.dispatch.getSurveySettings());
    })
    .put('/survey', async (c) => {
      assertCentreWide(c.var.scope);
      const settings = parseOrThrow(surveySettingsSchema, await jsonBody(c));
      await deps.dispatch.putSurveySettings(settings);
      return c.json(settings);
    });
}
