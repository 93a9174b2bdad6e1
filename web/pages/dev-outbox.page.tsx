import { Layout } from '../components/layout.js';
import { styleSheet } from '../components/style-sheet.js';

/** One outbox message as the list shows it. */
export interface OutboxListItem {
  file: string;
  to: string;
  subject: string;
  /** ISO 8601, empty when the message has no readable Date header. */
  date: string;
}

export interface OutboxMessageView extends OutboxListItem {
  headers: Record<string, string>;
  html: string;
  text: string;
}

/** Widths the HTML part is previewed at: a small phone and a desktop client's reading pane. */
const previewWidths = [360, 640] as const;

/** Sandbox: no script and no access to this origin, but score links still open in a new tab. */
const previewSandbox = 'allow-popups allow-popups-to-escape-sandbox';

function shownTime(iso: string): string {
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 19)} UTC` : '—';
}

const pageCss = `
.previews{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}
.previews figure{margin:0}.previews figcaption{font-size:.85rem;color:var(--muted)}
.previews iframe{border:1px solid var(--line);background:#fff;height:60rem;max-width:100%}
.preview-360{width:360px}.preview-640{width:640px}
.headers td:first-child{white-space:nowrap;font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.85rem}
.headers td{word-break:break-all}pre.text{white-space:pre-wrap;word-break:break-word}
`;
const OutboxStyle = styleSheet(pageCss);

/**
 * /dev/outbox in local mode: every message the local mailer wrote, newest first.
 * `basePath` is where the outbox routes are mounted, so links work under any prefix.
 */
export function DevOutboxListPage(props: { basePath: string; messages: readonly OutboxListItem[] }) {
  return (
    <Layout title="Local outbox · Duopulse">
      <h1>Local outbox</h1>
      <p class="muted">
        Messages this machine would have sent, stored as .eml files. Nothing here leaves the machine.
      </p>
      {props.messages.length === 0 ? (
        <p class="card">No message yet. Survey and pulse dispatch jobs write here in local mode.</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">Time</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
            </tr>
          </thead>
          <tbody>
            {props.messages.map((message) => (
              <tr>
                <td>
                  <time datetime={message.date}>{shownTime(message.date)}</time>
                </td>
                <td>{message.to}</td>
                <td>
                  <a href={`${props.basePath}/${message.file}`}>{message.subject || '(no subject)'}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/**
 * One outbox message: the HTML part in sandboxed frames (loaded from the `/html` route, which
 * has its own policy: a `srcdoc` frame would inherit this page's and lose the email's inline
 * styles), the text part, then every header.
 */
export function DevOutboxMessagePage(props: { basePath: string; message: OutboxMessageView }) {
  const { message } = props;
  return (
    <Layout title={`${message.subject} · Local outbox`}>
      <OutboxStyle />
      <p>
        <a href={props.basePath}>← Local outbox</a>
      </p>
      <h1>{message.subject || '(no subject)'}</h1>
      <p class="muted">
        To {message.to}, {shownTime(message.date)} ·{' '}
        <a href={`${props.basePath}/${message.file}/html`}>HTML part alone</a>
      </p>
      <section class="card">
        <h2>HTML</h2>
        <div class="previews">
          {previewWidths.map((width) => (
            <figure>
              <figcaption>{width}px wide</figcaption>
              <iframe
                title={`HTML part at ${width}px`}
                src={`${props.basePath}/${message.file}/html`}
                sandbox={previewSandbox}
                width={String(width)}
                class={`preview-${width}`}
              />
            </figure>
          ))}
        </div>
      </section>
      <section class="card">
        <h2>Plain text</h2>
        <pre class="text">{message.text}</pre>
      </section>
      <section class="card">
        <h2>Headers</h2>
        <table class="headers">
          <tbody>
            {Object.entries(message.headers).map(([name, value]) => (
              <tr>
                <td>{name}</td>
                <td>{value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Layout>
  );
}
