import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';

type Pattern = { readonly segments: readonly string[]; readonly methods: Set<string> };

function segmentsOf(path: string): string[] {
  return path.split('/').filter(Boolean);
}

function matches(pattern: readonly string[], path: readonly string[]): boolean {
  return pattern.length === path.length && pattern.every((p, i) => p.startsWith(':') || p === path[i]);
}

/** The methods each route path of an app answers, read from the app's own routes. */
type RoutedApp = { readonly routes: readonly { readonly method: string; readonly path: string }[] };

function routePatterns(app: RoutedApp): Pattern[] {
  const byPath = new Map<string, Pattern>();
  for (const route of app.routes) {
    if (route.method === 'ALL') continue;
    const pattern = byPath.get(route.path) ?? { segments: segmentsOf(route.path), methods: new Set() };
    pattern.methods.add(route.method);
    if (route.method === 'GET') pattern.methods.add('HEAD');
    byPath.set(route.path, pattern);
  }
  return [...byPath.values()];
}

/**
 * A known path asked with a method it does not answer gets 405 with `Allow` (RFC 9110 §15.5.6),
 * before authentication: the routes are public in the OpenAPI document anyway.
 * `app` is the sub-app mounted at `prefix`; its routes are read on the first request.
 */
export function methodNotAllowed(app: RoutedApp, prefix: string) {
  let patterns: Pattern[] | undefined;
  return createMiddleware(async (c, next) => {
    patterns ??= routePatterns(app);
    const path = segmentsOf(c.req.path.slice(prefix.length));
    const known = patterns.filter((p) => matches(p.segments, path));
    const method = c.req.method.toUpperCase();
    if (known.length > 0 && !known.some((p) => p.methods.has(method))) {
      const allow = [...new Set(known.flatMap((p) => [...p.methods]))].sort().join(', ');
      c.header('Allow', allow);
      throw new HTTPException(405, { message: `${method} is not allowed here; use ${allow}` });
    }
    await next();
  });
}
