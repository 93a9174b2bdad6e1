import type { Context } from 'hono';

/** Whether the request says its body is a url-encoded form (the pages' own forms). */
function isUrlEncoded(c: Context): boolean {
  const type = c.req.header('content-type') ?? '';
  return type.split(';', 1)[0]?.trim().toLowerCase() === 'application/x-www-form-urlencoded';
}

/**
 * The text fields of a posted form; a body that is not a readable form has none (never a 500).
 * A url-encoded body is read as text and split with URLSearchParams (the last value of a
 * repeated name wins, as with `parseBody`); multipart goes through hono's `parseBody`.
 */
export async function formFields(c: Context): Promise<Record<string, string>> {
  try {
    if (isUrlEncoded(c)) return Object.fromEntries(new URLSearchParams(await c.req.text()));
    const body = await c.req.parseBody();
    return Object.fromEntries(
      Object.entries(body).flatMap(([name, value]) => (typeof value === 'string' ? [[name, value]] : [])),
    );
  } catch {
    return {};
  }
}
