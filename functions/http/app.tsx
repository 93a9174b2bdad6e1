import { Hono } from 'hono';
import { contextStorage } from 'hono/context-storage';
import { SignedInHomePage } from '../../web/pages/auth/signed-in-home.page.js';
import { HomePage } from '../../web/pages/home.page.js';
import { payPolicyCheckScript } from '../../web/scripts/pay-policy-check.script.js';
import { apiKeyAuth } from './api-key-auth.js';
import type { AppDeps, AppEnv } from './app-deps.js';
import { apiBodyLimit } from './middleware/api-body-limit.js';
import { methodNotAllowed } from './middleware/api-methods.js';
import { apiRateLimit } from './middleware/api-rate-limit.js';
import { loadBrand } from './middleware/brand.js';
import { refuseCrossSiteRequests } from './middleware/cross-site-guard.js';
import { loopbackOnly } from './middleware/loopback-only.js';
import { loadMenuTeamNames } from './middleware/menu-team-names.js';
import { pageSecurityHeaders } from './middleware/page-security.js';
import { browserLocale, pageLanguage } from './middleware/request-locale.js';
import { resolveSession } from './middleware/session.js';
import { notFound, onError } from './problem.js';
import { accountRoutes } from './routes/account.routes.js';
import { adminRoutes } from './routes/admin.routes.js';
import { advisorPagesRoutes } from './routes/advisor-pages.routes.js';
import { advisorPayRoutes } from './routes/advisor-pay.routes.js';
import { advisorsRoutes } from './routes/advisors.routes.js';
import { analyticsRoutes } from './routes/analytics.routes.js';
import { apiReferenceRoutes } from './routes/api-reference.routes.js';
import { authRoutes, devLoginRoutes } from './routes/auth.routes.js';
import { brandAdminRoutes, brandLogoRoutes } from './routes/brand.routes.js';
import { callbackRoutes } from './routes/callback.routes.js';
import { centrePagesRoutes } from './routes/centre-pages.routes.js';
import { devOutboxRoutes } from './routes/dev-outbox.routes.js';
import { faviconRoutes } from './routes/favicon.routes.js';
import { interactionsRoutes } from './routes/interactions.routes.js';
import { logicsListsAdminRoutes } from './routes/logics-lists.routes.js';
import { logicsPagesRoutes } from './routes/logics-pages.routes.js';
import { payPolicyRoutes } from './routes/pay-policy.routes.js';
import { payPrerequisitesRoutes } from './routes/pay-prerequisites.routes.js';
import { payrollExportRoutes } from './routes/payroll-export.routes.js';
import { privacyRoutes } from './routes/privacy.routes.js';
import { quarterReviewRoutes } from './routes/quarter-review.routes.js';
import { rosterHistoryRoutes } from './routes/roster-history.routes.js';
import { settingsRoutes } from './routes/settings.routes.js';
import { surveyRoutes } from './routes/survey.routes.js';
import { teamActionsRoutes } from './routes/team-actions.routes.js';
import { teamCallbacksRoutes } from './routes/team-callbacks.routes.js';
import { teamCommentsRoutes } from './routes/team-comments.routes.js';
import { teamPagesRoutes } from './routes/team-pages.routes.js';
import { teamsRoutes } from './routes/teams.routes.js';

/** The one Hono app, served by Lambda in AWS and by Node on this machine. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  // The centre's brand for the layouts (request context), its accent sheet registered before
  // the security headers compute the page CSP.
  app.use(contextStorage());
  app.use(loadBrand(deps.brand));
  app.use(pageSecurityHeaders());
  // Pages with no signed-in person speak the browser's language (survey, pulse, landing, privacy).
  app.use(pageLanguage());
  // The integration API authenticates with bearer keys, which a browser never sends by itself.
  app.use(refuseCrossSiteRequests({ except: ['/api/'] }));
  app.onError(onError);
  app.notFound(notFound);
  app.use(resolveSession(deps));
  app.use(loadMenuTeamNames(deps.roster));

  // Signed out: the public landing page; signed in: who you are and what your role may open.
  app.get('/', async (c) => {
    const viewer = c.get('viewer');
    if (!viewer) return c.html(<HomePage locale={browserLocale(c)} devTools={Boolean(deps.devOutboxDir)} />);
    c.header('Cache-Control', 'no-store');
    const teams = viewer.role === 'manager' ? [...(await deps.roster.getTeams(viewer.teams)).values()] : [];
    return c.html(<SignedInHomePage viewer={viewer} teams={teams} />);
  });
  app.get('/login', (c) => c.redirect('/auth/sign-in', 303));
  app.route('/auth', authRoutes(deps));
  app.route('/admin', adminRoutes(deps));
  if (deps.brand) {
    app.route('/admin', brandAdminRoutes({ ...deps, brand: deps.brand }));
    app.route('/brand', brandLogoRoutes({ brand: deps.brand }));
  }
  if (deps.logicsLists)
    app.route('/admin', logicsListsAdminRoutes({ ...deps, logicsLists: deps.logicsLists }));
  app.route('/admin', payPrerequisitesRoutes(deps));
  app.route('/account', accountRoutes(deps));
  app.route('/teams', teamActionsRoutes(deps));
  app.route('/teams', teamPagesRoutes(deps));
  app.route('/teams', teamCommentsRoutes(deps));
  const { callbacks } = deps;
  if (callbacks) app.route('/teams', teamCallbacksRoutes({ ...deps, callbacks }));
  app.route('/me', advisorPagesRoutes(deps));
  app.route('/centre', centrePagesRoutes(deps));
  if (deps.logicsPublication)
    app.route('/logics', logicsPagesRoutes({ ...deps, logicsPublication: deps.logicsPublication }));
  app.route('/pay', payPolicyRoutes(deps));
  const { reviews, closedQuarters } = deps;
  if (reviews && closedQuarters) app.route('/pay', quarterReviewRoutes({ ...deps, reviews, closedQuarters }));
  if (reviews && closedQuarters) app.route('/me/pay', advisorPayRoutes({ ...deps, reviews, closedQuarters }));
  if (closedQuarters && deps.exportStore)
    app.route('/pay', payrollExportRoutes({ ...deps, closedQuarters, exportStore: deps.exportStore }));
  app.get('/health', (c) => c.json({ status: 'ok' }));
  app.route('/', faviconRoutes());
  app.get('/assets/pay-policy-check.js', (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(payPolicyCheckScript);
  });
  app.route(
    '/api/v1',
    apiReferenceRoutes(() => app),
  );

  const api = new Hono<AppEnv>();
  api.use(methodNotAllowed(api, '/api/v1'));
  api.use(apiBodyLimit());
  api.use(apiKeyAuth(deps.apiKeys));
  if (deps.apiRateLimit) api.use(apiRateLimit(deps.apiRateLimit));
  api.route('/teams', teamsRoutes(deps));
  api.route('/advisors', advisorsRoutes(deps));
  api.route('/interactions', interactionsRoutes(deps));
  api.route('/settings', settingsRoutes(deps));
  api.route('/analytics', analyticsRoutes(deps));
  api.route('/roster-history', rosterHistoryRoutes(deps));
  app.route('/api/v1', api);
  app.route('/privacy', privacyRoutes());
  const { surveys, pulseSeal } = deps;
  if (surveys && pulseSeal) app.route('/', surveyRoutes({ ...deps, surveys, pulseSeal }));
  if (surveys && callbacks) app.route('/', callbackRoutes({ ...deps, callbacks }));
  if (deps.devOutboxDir) {
    app.use('/dev/*', loopbackOnly(deps.peerAddress));
    app.route('/dev/outbox', devOutboxRoutes(deps.devOutboxDir));
    if (deps.signIn?.devLogin) app.route('/dev/login', devLoginRoutes(deps));
  }

  return app;
}
