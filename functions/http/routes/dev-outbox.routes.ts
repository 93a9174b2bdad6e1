import { Hono } from 'hono';
import { DevOutboxListPage, DevOutboxMessagePage } from '../../../web/pages/dev-outbox.page.js';
import { isOutboxFileName, listOutbox, readOutboxMessage } from '../../adapters/mail/local-outbox-mailer.js';
import { NotFoundError } from '../../services/errors.js';

/**
 * The email HTML runs with no script and no access to this origin; its links may open new tabs.
 * Only the outbox's own message page may frame it (the previews).
 */
const rawHtmlPolicy =
  "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; img-src https: data:; style-src 'unsafe-inline'; frame-ancestors 'self'";

async function outboxMessage(outboxDir: string, file: string) {
  const message = isOutboxFileName(file) ? await readOutboxMessage(outboxDir, file) : undefined;
  if (!message) throw new NotFoundError(`No outbox message named ${JSON.stringify(file)}`);
  return message;
}

/**
 * The local outbox viewer, mounted under /dev/outbox in local mode only. Only names the local
 * mailer generates are ever read, so no path can leave `outboxDir`.
 */
export function devOutboxRoutes(outboxDir: string): Hono {
  return new Hono()
    .get('/', async (c) => {
      const basePath = c.req.path.replace(/\/+$/, '');
      return c.html(DevOutboxListPage({ basePath, messages: await listOutbox(outboxDir) }));
    })
    .get('/:file', async (c) => {
      const file = c.req.param('file');
      const message = await outboxMessage(outboxDir, file);
      const basePath = c.req.path.slice(0, c.req.path.lastIndexOf('/'));
      return c.html(DevOutboxMessagePage({ basePath, message }));
    })
    .get('/:file/html', async (c) => {
      const message = await outboxMessage(outboxDir, c.req.param('file'));
      c.header('Content-Security-Policy', rawHtmlPolicy);
      return c.html(message.html);
    });
}
