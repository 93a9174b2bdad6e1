import * as z from 'zod/mini';
import type { AlertKind } from '../analytics/alerts.js';
import { isoWeek } from '../roster/ids.schema.js';
import {
  controlCharacterMessage,
  multiLineControlCharacterMessage,
  noControlCharacters,
  type TextLines,
} from '../text/free-text.js';

/** Longest description of what a manager does (a few sentences). */
export const actionWhatMaxLength = 500;
/** Longest "who carries it" (a name, a role, a few people). */
export const actionWhoMaxLength = 120;

/** The alerts an action may answer (shared/analytics/alerts.ts). */
export const actionAlertKinds = [
  'wellbeing-falling',
  'quadrant-customers-at-advisors-expense',
  'productivity-pressure',
  'once-and-done-drop',
] as const satisfies readonly AlertKind[];

/** The form's fields, as the form posts them; field-level messages are keyed by these. */
export const actionFields = ['what', 'who', 'week', 'alert'] as const;
export type ActionField = (typeof actionFields)[number];

const text = (field: string, max: number, lines: TextLines) =>
  z
    .string(`${field}: text expected`)
    .check(
      z.trim(),
      z.minLength(1, `${field}: required, 1 to ${max} characters`),
      z.maxLength(max, `${field}: at most ${max} characters`),
      noControlCharacters(
        lines,
        `${field}: ${lines === 'single-line' ? controlCharacterMessage : multiLineControlCharacterMessage}`,
      ),
    );

/**
 * A manager's action as recorded from the form: what is done, who carries it, the ISO week it
 * starts, and the alert it answers (optional; an empty field means none). Messages name the
 * field; pages show each field's own message in the person's language (actions-messages.ts).
 * Whether the week is inside the team's analysed range and not in the future is checked where
 * the clock is known (team-actions.service.ts).
 */
export const actionInputSchema = z.object({
  what: text('what', actionWhatMaxLength, 'multi-line'),
  who: text('who', actionWhoMaxLength, 'single-line'),
  week: z.pipe(
    z.string('week: an ISO week such as 2026-W07').check(z.trim()),
    z.string().check(z.refine((w) => isoWeek.safeParse(w).success, 'week: an ISO week such as 2026-W07')),
  ),
  alert: z.pipe(
    z.pipe(
      z.optional(z.string('alert: an alert kind').check(z.trim())),
      z.transform((a) => (a ? a : undefined)),
    ),
    z.optional(z.enum(actionAlertKinds, `alert: one of ${actionAlertKinds.join(', ')}`)),
  ),
});
export type ActionInput = z.output<typeof actionInputSchema>;

/** A recorded action of a team, as stored. */
export interface TeamAction {
  readonly teamId: string;
  readonly actionId: string;
  readonly what: string;
  readonly who: string;
  /** ISO week it starts, e.g. `2026-W07`. */
  readonly week: string;
  readonly alert?: (typeof actionAlertKinds)[number] | undefined;
  /** The manager's (or hr's) email. */
  readonly createdBy: string;
  /** ISO instant. */
  readonly createdAt: string;
}
