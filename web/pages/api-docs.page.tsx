import { Layout } from '../components/layout.js';

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { name: string; in: string; required?: boolean; schema?: { type?: string } }[];
  requestBody?: { content?: Record<string, { schema?: { $ref?: string } }> };
  responses?: Record<string, { description?: string }>;
}

export interface ApiReferenceDocument {
  info: { title: string; description?: string };
  paths: Record<string, Record<string, Operation>>;
  components: {
    schemas: Record<string, { properties?: Record<string, Record<string, unknown>>; required?: string[] }>;
  };
}

function typeOf(property: Record<string, unknown>): string {
  if (Array.isArray(property.enum)) return (property.enum as string[]).join(' | ');
  if (property.$ref) return String(property.$ref).split('/').at(-1) ?? '';
  const type = Array.isArray(property.anyOf)
    ? (property.anyOf as Record<string, unknown>[]).map(typeOf).join(' | ')
    : String(property.type ?? property.format ?? 'any');
  return property.format ? `${type} (${String(property.format)})` : type;
}

function constraints(property: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const key of ['minimum', 'maximum', 'minLength', 'maxLength', 'maxItems', 'default'] as const) {
    if (property[key] !== undefined) parts.push(`${key} ${JSON.stringify(property[key])}`);
  }
  return parts.join(', ');
}

/** The integration API reference, rendered from the OpenAPI document for people. */
export function ApiDocsPage({ doc }: { doc: ApiReferenceDocument }) {
  return (
    <Layout title={`${doc.info.title}: reference`}>
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        Machine-readable: <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1).
      </p>
      <h2>Endpoints</h2>
      {Object.entries(doc.paths).flatMap(([path, operations]) =>
        Object.entries(operations).map(([method, op]) => {
          const body = op.requestBody?.content?.['application/json']?.schema?.$ref?.split('/').at(-1);
          return (
            <section class="card" id={`${method}-${path}`}>
              <h3>
                <span class="method">{method.toUpperCase()}</span> <code>{path}</code>
              </h3>
              <p>{op.summary}</p>
              {op.description && <p class="muted">{op.description}</p>}
              {op.parameters?.length ? (
                <p>
                  Parameters:{' '}
                  {op.parameters.map((p) => (
                    <code>
                      {p.name}
                      {p.required ? '*' : ''} ({p.in}){' '}
                    </code>
                  ))}
                </p>
              ) : null}
              {body && (
                <p>
                  Body: <a href={`#schema-${body}`}>{body}</a>
                </p>
              )}
              <ul>
                {Object.entries(op.responses ?? {}).map(([status, r]) => (
                  <li>
                    <strong>{status}</strong> {r.description}
                  </li>
                ))}
              </ul>
            </section>
          );
        }),
      )}
      <h2>Schemas</h2>
      {Object.entries(doc.components.schemas).map(([name, schema]) => (
        <section class="card" id={`schema-${name}`}>
          <h3>{name}</h3>
          <table>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">Type</th>
                <th scope="col">Constraints</th>
              </tr>
            </thead>
            <tbody>
              {Object.entries(schema.properties ?? {}).map(([field, property]) => (
                <tr>
                  <td>
                    <code>{field}</code>
                    {schema.required?.includes(field) ? ' (required)' : ''}
                  </td>
                  <td>{typeOf(property)}</td>
                  <td>{constraints(property)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </Layout>
  );
}
