import type { MiddlewareHandler } from 'hono';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import { pageBrandOf } from '../../../web/components/page-brand.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';

/**
 * Reads the centre's brand for the request (remembered 30 s; a failed read shows no brand) and
 * registers its accent stylesheet before the security headers are computed, so the page CSP
 * allows it by hash. Runs after `contextStorage()` and before `pageSecurityHeaders()`; the
 * layouts read it with `currentBrand()`.
 */
export function loadBrand(repository: BrandRepository | undefined): MiddlewareHandler {
  let cached: { at: number; brand: Promise<Brand | undefined> } | undefined;
  return async (c, next) => {
    if (repository) {
      const now = Date.now();
      if (!cached || now - cached.at > 30_000)
        cached = { at: now, brand: repository.getBrand().catch(() => undefined) };
      c.set('brand' as never, pageBrandOf(await cached.brand) as never);
    }
    await next();
  };
}
