import { Layout } from '../components/layout.js';

/** The landing page: where to go next. */
export function HomePage(props: { devTools: boolean }) {
  return (
    <Layout title="Duopulse">
      <h1>Duopulse</h1>
      <p>
        Customer satisfaction and advisor wellbeing, measured side by side all year round, paired per team and
        period.
      </p>
      <ul>
        <li>
          <a href="/api/v1/docs">Integration API reference</a> (<a href="/api/v1/openapi.json">OpenAPI 3.1</a>
          )
        </li>
        {props.devTools && (
          <li>
            <a href="/dev/outbox">Local outbox</a>: the survey emails this machine would have sent
          </li>
        )}
      </ul>
    </Layout>
  );
}
