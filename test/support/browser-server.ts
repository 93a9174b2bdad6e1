import { AxeBuilder } from '@axe-core/playwright';
import { serve } from '@hono/node-server';
import type { Page } from 'playwright-core';

/** An app served on a free loopback port for a browser. */
export interface ServedApp {
  readonly origin: string;
  close(): Promise<void>;
}

/**
 * Serves `fetch` on a free port of 127.0.0.1. The origin names `localhost` when asked: Chromium
 * treats it as a secure context, so a `__Host-` session cookie is kept over plain http.
 */
export function serveForBrowser(
  fetch: (request: Request) => Response | Promise<Response>,
  host: '127.0.0.1' | 'localhost' = '127.0.0.1',
): Promise<ServedApp> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({
        origin: `http://${host}:${info.port}`,
        close: () => new Promise<void>((done) => server.close(() => done())),
      }),
    );
  });
}

/** The page's serious and critical accessibility violations by axe-core (rule, help, targets). */
export async function seriousAccessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, help: v.help, targets: v.nodes.map((n) => n.target.join(' ')) }));
}
