import type { MiddlewareHandler } from 'hono';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import { pageBrandOf } from '../../../web/components/page-brand.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';

/**
 * Reads the centre's brand for the request (remembered 30 s with its page form; a failed read shows no brand) and
 * registers its accent stylesheet before the security headers are computed, so the page CSP
 * allows it by hash. Runs after `contextStorage()` and before `pageSecurityHeaders()`; the
 * layouts read it with `currentBrand()`.
 */
export function loadBrand(repository: BrandRepository | undefined): MiddlewareHandler {
  let cached: { at: number; brand: Promise<ReturnType<typeof pageBrandOf>> } | undefined;
  return async (c, next) => {
    if (repository) {
      const now = Date.now();
      if (!cached || now - cached.at > 30_000) {
        const read: Promise<Brand | undefined> = repository.getBrand().catch(() => undefined);
        cached = { at: now, brand: read.then(pageBrandOf) };
      }
      c.set('brand' as never, (await cached.brand) as never);
    }
    await next();
  };
}
