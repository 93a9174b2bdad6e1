import * as z from 'zod/mini';
import { emailAddress, entityId } from '../roster/ids.schema.js';
import { locales } from '../roster/interaction.schema.js';
import { roles } from './roles.js';

/** A manager leads at most this many teams (a head of several sites is `hr`, not a manager). */
export const maxManagedTeams = 50;

/**
 * A person who may sign in: their role, the teams a manager leads, the payroll id an advisor
 * is, and the language of their pages. The email is stored lowercase: it is how a sign-in
 * (Cognito or /dev/login) finds the person.
 */
export const userSchema = z
  .object({
    email: z.pipe(z.string().check(z.trim(), z.toLowerCase()), emailAddress),
    role: z.enum(roles),
    /** Manager only: the teams they lead, at least one. */
    teams: z._default(z.array(entityId).check(z.maxLength(maxManagedTeams)), []),
    /** Advisor only: their payroll id in the roster. */
    advisorId: z.optional(entityId),
    locale: z._default(z.enum(locales), 'fr'),
  })
  .check(
    z.refine((u) => u.role !== 'manager' || u.teams.length > 0, {
      message: 'a manager needs at least one team',
      params: { code: 'manager-needs-team' },
      path: ['teams'],
    }),
    z.refine((u) => u.role === 'manager' || u.teams.length === 0, {
      message: 'only a manager has teams',
      params: { code: 'teams-manager-only' },
      path: ['teams'],
    }),
    z.refine((u) => u.role !== 'advisor' || u.advisorId !== undefined, {
      message: 'an advisor needs their payroll id',
      params: { code: 'advisor-needs-id' },
      path: ['advisorId'],
    }),
    z.refine((u) => u.role === 'advisor' || u.advisorId === undefined, {
      message: 'only an advisor has a payroll id',
      params: { code: 'id-advisor-only' },
      path: ['advisorId'],
    }),
  );
export type User = z.output<typeof userSchema>;
export type UserInput = z.input<typeof userSchema>;
