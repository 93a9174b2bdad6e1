import { Hono } from 'hono';
import { ThreatModelPage } from '../../../web/pages/privacy/threat-model.page.js';
import { browserLocale } from '../middleware/request-locale.js';

/** `/privacy`: who can see what of the pulse answers, FR/EN (`?lang=` or the browser's language). */
export function privacyRoutes() {
  const app = new Hono();
  app.get('/', (c) => {
    const lang = c.req.query('lang');
    const locale = lang === 'en' || lang === 'fr' ? lang : browserLocale(c);
    return c.html(<ThreatModelPage locale={locale} />);
  });
  return app;
}
