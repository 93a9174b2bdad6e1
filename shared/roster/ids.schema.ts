import * as z from 'zod/mini';

/** An identifier chosen by the integrator's source system: letters, digits and `._:-`, 1–64 chars. */
export const entityId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'use letters, digits and . _ : - only'),
  );

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

/** An instant with its offset, ISO 8601. */
export const isoDateTime = z.iso.datetime({ offset: true });
