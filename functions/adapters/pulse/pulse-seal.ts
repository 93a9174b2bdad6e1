import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import type { PulseSeal, SealedPulseContent } from '../../services/ports/pulse-seal.port.js';

/**
 * Every sealed answer has the same length in bytes, so the ciphertext tells neither how many
 * items were answered, nor whether it is the monthly module's week, nor whether (or how much) a
 * comment was written: room for every pulse item, the 17 module items and 12 tool ratings with
 * 40-character ids, and a 1,000-character comment of 3-byte characters (or of escaped quotes):
 * 4,205 bytes at worst (test/unit/adapters/pulse-seal.test.ts).
 */
export const sealedPlaintextBytes = 4_608;

/**
 * Seals the part of an anonymous pulse answer that tells anything about the advisor (work mode
 * and item values) with AES-256-GCM under a key derived from the application secret: someone
 * who reads or exports the pulse table without the secret sees only team, week, a random id
 * and ciphertext of one fixed length.
 */
export function aesPulseSeal(appSecret: string): PulseSeal {
  const key = createHmac('sha256', appSecret).update('duopulse/pulse-seal/v1').digest();
  return {
    async seal(content) {
      const json = Buffer.from(JSON.stringify(content), 'utf8');
      if (json.byteLength > sealedPlaintextBytes) throw new Error('Pulse answer too large to seal');
      const padded = Buffer.alloc(sealedPlaintextBytes, 0x20);
      json.copy(padded);
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(padded), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
    },
    async open(sealed) {
      const raw = Buffer.from(sealed, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const json = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      return JSON.parse(json) as SealedPulseContent;
    },
  };
}
