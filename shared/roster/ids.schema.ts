import * as z from 'zod/mini';
import { isoWeekOf } from '../time/period.js';
import { mondayOfIsoWeek } from '../time/windows.js';

/** Longest identifier accepted anywhere (team, payroll, external interaction ids). */
export const maxIdLength = 128;
/** Longest email address RFC 5321 allows (a 254-character path). */
export const maxEmailLength = 254;
/** Longest free-text name (team, site, key name). */
export const maxNameLength = 200;

/** An identifier chosen by the integrator's source system: letters, digits and `._:-`, 1–128 chars. */
export const entityId = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(maxIdLength),
    z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'use letters, digits and . _ : - only'),
  );

/** An email address of at most 254 characters (RFC 5321). */
export const emailAddress = z.email().check(z.maxLength(maxEmailLength));

/** A calendar date, YYYY-MM-DD. */
export const isoDate = z.iso.date();

/**
 * An instant with its offset, ISO 8601. Stored and compared as UTC (see `utcInstant`): the same
 * instant written `+02:00` or `Z` is the same contact time.
 */
export const isoDateTime = z.iso.datetime({ offset: true });

/** The UTC form of an ISO 8601 instant (`2026-03-02T08:00:00+02:00` → `2026-03-02T06:00:00.000Z`). */
export function utcInstant(isoInstant: string): string {
  return new Date(isoInstant).toISOString();
}

/** Whether an ISO week id names a week that exists (`2026-W53` does, `2025-W53` does not). */
export function isRealIsoWeek(week: string): boolean {
  return /^\d{4}-W\d{2}$/.test(week) && isoWeekOf(mondayOfIsoWeek(week)) === week;
}

/** An ISO week id that exists, such as `2026-W07`. */
export const isoWeek = z
  .string()
  .check(z.maxLength(8), z.refine(isRealIsoWeek, 'an ISO week that exists, such as 2026-W07'));
