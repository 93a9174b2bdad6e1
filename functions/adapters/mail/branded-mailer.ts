import type { Brand } from '../../../shared/brand/brand.schema.js';
import type { BrandRepository } from '../../services/ports/brand.port.js';
import type { Mailer, OutgoingMail } from '../../services/ports/mailer.port.js';

/**
 * Sends every message with the centre's sender name and reply-to address when an admin set
 * them (`/admin/brand`). The brand is read once per process run (a job run, a cold start);
 * without a brand, or when it cannot be read, messages leave as before.
 */
export function brandedMailer(mailer: Mailer, brands: BrandRepository | undefined): Mailer {
  let brand: Promise<Brand | undefined> | undefined;
  return {
    async send(mail: OutgoingMail) {
      brand ??= brands ? brands.getBrand().catch(() => undefined) : Promise.resolve(undefined);
      const b = await brand;
      return mailer.send({
        ...mail,
        ...(b?.senderName && !mail.fromName ? { fromName: b.senderName } : {}),
        ...(b?.replyTo && !mail.replyTo ? { replyTo: b.replyTo } : {}),
      });
    },
  };
}
