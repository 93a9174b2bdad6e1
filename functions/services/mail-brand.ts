import { type EmailBrand, emailBrandOf, productEmailBrand } from '../../web/emails/email-brand.js';
import type { BrandRepository } from './ports/brand.port.js';

/**
 * The centre's brand for the email bodies of one run (a dispatch, a digest): read once; with no
 * brand set, or when it cannot be read, the emails carry the product's own, as the sender name
 * does (`brandedMailer`).
 */
export async function mailBrandOf(
  brands: Pick<BrandRepository, 'getBrand'> | undefined,
  publicBaseUrl: string,
): Promise<EmailBrand> {
  if (!brands) return productEmailBrand;
  try {
    return emailBrandOf(await brands.getBrand(), publicBaseUrl);
  } catch (error) {
    console.error(`Brand not read, emails carry the product's own: ${(error as Error).message}`);
    return productEmailBrand;
  }
}
