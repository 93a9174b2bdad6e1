import type { Brand } from '../../../shared/brand/brand.schema.js';

/** The centre's brand (name, accent colour, logo, sender), one record. */
export interface BrandRepository {
  getBrand(): Promise<Brand | undefined>;
  saveBrand(brand: Brand): Promise<void>;
}
