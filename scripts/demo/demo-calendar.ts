import { isoWeekOf } from '../../shared/time/period.js';

const dayMs = 86_400_000;

/** Parses a YYYY-MM-DD date to its UTC midnight in ms, or throws. */
export function utcMidnight(date: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const ms = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : Number.NaN;
  if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  }
  return ms;
}

export function isoDateOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return isoDateOf(utcMidnight(date) + days * dayMs);
}

/** The Mondays of `weeks` consecutive ISO weeks ending with the week of `endMonday`. */
export function weekMondaysEndingWith(endMonday: string, weeks: number): string[] {
  const end = utcMidnight(endMonday);
  if (new Date(end).getUTCDay() !== 1) throw new RangeError(`endWeekMonday must be a Monday: ${endMonday}`);
  return Array.from({ length: weeks }, (_, i) => isoDateOf(end - (weeks - 1 - i) * 7 * dayMs));
}

export function isoWeekOfDate(date: string): string {
  return isoWeekOf(new Date(utcMidnight(date) + dayMs / 2));
}

function lastSundayOf(year: number, month0: number): number {
  const lastDay = new Date(Date.UTC(year, month0 + 1, 0));
  return lastDay.getUTCDate() - lastDay.getUTCDay();
}

/**
 * UTC offset of Europe/Paris in hours for an instant: +2 between the last Sundays of March and
 * October at 01:00 UTC (EU summer time, Directive 2000/84/EC), +1 otherwise.
 */
export function parisOffsetHours(utcMs: number): 1 | 2 {
  const year = new Date(utcMs).getUTCFullYear();
  const start = Date.UTC(year, 2, lastSundayOf(year, 2), 1);
  const end = Date.UTC(year, 9, lastSundayOf(year, 9), 1);
  return utcMs >= start && utcMs < end ? 2 : 1;
}

/** The instant of a Paris wall-clock time (seconds after local midnight) on a date. */
export function parisInstant(date: string, secondsOfDay: number): number {
  const midnight = utcMidnight(date);
  const offset = parisOffsetHours(midnight + dayMs / 2);
  return midnight + secondsOfDay * 1000 - offset * 3_600_000;
}

/** ISO 8601 with the Paris offset and whole seconds: `2026-06-03T09:14:27+02:00`. */
export function formatParis(utcMs: number): string {
  const offset = parisOffsetHours(utcMs);
  const local = new Date(Math.floor(utcMs / 1000) * 1000 + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}+0${offset}:00`;
}
