import { Hono } from 'hono';
import { faviconIco } from '../../../web/components/favicon.js';

const icon = faviconIco();

/** `/favicon.ico`, which browsers ask for on every page: the product's icon, cached a day. */
export function faviconRoutes() {
  return new Hono().get('/favicon.ico', (c) => {
    c.header('Content-Type', 'image/x-icon');
    c.header('Cache-Control', 'public, max-age=86400');
    return c.body(icon.slice());
  });
}
