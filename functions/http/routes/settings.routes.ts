import { Hono } from 'hono';
import { surveySettingsSchema } from '../../../shared/surveys/survey-settings.schema.js';
import { assertCentreWide } from '../../services/scope.js';
import { parseOrThrow } from '../../services/validation.js';
import { surveySettingsExample } from '../api-examples.js';
import { requireScope } from '../api-key-auth.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { apiOperation } from '../openapi.js';
import { jsonBody } from '../request.js';

const centreWide =
  'The key lacks the scope, or is limited to some teams (the settings cover the whole centre).';

/**
 * Survey sampling per channel, customer quiet period, pulse cadence and the high-score link of
 * the thanks page, for the whole centre.
 */
export function settingsRoutes(deps: AppDeps) {
  return new Hono<AppEnv>()
    .get(
      '/survey',
      apiOperation({
        operationId: 'getSurveySettings',
        tag: 'settings',
        scope: 'settings:read',
        summary: 'Survey settings of the centre',
        description:
          'Sampling rate per channel, the customer quiet period, the pulse cadence and the optional link offered to customers after a score of 9 or 10.',
        responses: {
          '200': { description: 'The settings.', schema: 'SurveySettings', example: surveySettingsExample },
        },
        refusals: { '403': centreWide },
      }),
      requireScope('settings:read'),
      async (c) => {
        assertCentreWide(c.var.scope, 'Survey settings');
        return c.json(await deps.dispatch.getSurveySettings());
      },
    )
    .put(
      '/survey',
      apiOperation({
        operationId: 'putSurveySettings',
        tag: 'settings',
        scope: 'settings:write',
        summary: 'Set the survey settings',
        description:
          'Sampling per channel (0–1), the customer quiet period (7–365 days), the pulse cadence (1–4 weeks) and, optionally, the link offered on the thanks page after a score of 9 or 10 (`highScoreLink`: an https address and its French and English label), all at once.',
        body: { schema: 'SurveySettingsInput', example: surveySettingsExample },
        responses: {
          '200': { description: 'Stored.', schema: 'SurveySettings', example: surveySettingsExample },
        },
        refusals: { '403': centreWide },
      }),
      requireScope('settings:write'),
      async (c) => {
        assertCentreWide(c.var.scope, 'Survey settings');
        const settings = parseOrThrow(surveySettingsSchema, await jsonBody(c));
        await deps.dispatch.putSurveySettings(settings);
        return c.json(settings);
      },
    );
}
