import { createHmac } from 'node:crypto';

/**
 * Keyed hash of a customer's email (HMAC-SHA256, lower-cased and trimmed), so survey fatigue
 * and opt-out can be enforced without keeping the address.
 */
export function customerKeyer(secret: string): (email: string) => string {
  const key = createHmac('sha256', secret).update('duopulse/customer-key/v1').digest();
  return (email) => createHmac('sha256', key).update(email.trim().toLowerCase()).digest('base64url');
}
