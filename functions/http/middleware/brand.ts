import type { MiddlewareHandler } from 'hono';
import type { Brand } from '../../../shared/brand/brand.schema.js';
import { pageBrandOf } from '../../../web/components/page-brand.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';

/**
 * Reads the centre's brand for the request (the repository remembers it 30 s and forgets it when
 * this instance saves one; a failed read shows no brand) and registers its accent stylesheet
 * before the security headers are computed, so the page CSP allows it by hash. Runs after
 * `contextStorage()` and before `pageSecurityHeaders()`; the layouts read it with `currentBrand()`.
 */
export function loadBrand(repository: BrandRepository | undefined): MiddlewareHandler {
  return async (c, next) => {
    if (repository) {
      const brand: Brand | undefined = await repository.getBrand().catch(() => undefined);
      c.set('brand' as never, pageBrandOf(brand) as never);
    }
    await next();
  };
}
