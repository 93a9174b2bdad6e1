import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import { emailAddress, entityId, isoDate } from './ids.schema.js';
import { locales } from './interaction.schema.js';

export const workModes = ['on-site', 'remote', 'hybrid'] as const;
export type WorkMode = (typeof workModes)[number];

/** An advisor (conseiller), identified by the payroll id the employer already uses. */
export const advisorSchema = z
  .object({
    payrollId: entityId,
    email: emailAddress,
    /** First name only, as customers see it in the survey email (« votre échange avec Marie »). */
    firstName: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(60), noControlCharacters())),
    teamId: entityId,
    /** Language of the advisor's pulse emails and pages. */
    locale: z._default(z.enum(locales), 'fr'),
    workMode: z.enum(workModes),
    /** Full-time equivalent (ETP), above 0 and at most 1. */
    fte: z.number().check(z.gt(0), z.lte(1)),
    startDate: isoDate,
    endDate: z.optional(z.nullable(isoDate)),
  })
  .check(
    z.refine((a) => !a.endDate || a.endDate >= a.startDate, {
      message: 'endDate must not be before startDate',
      path: ['endDate'],
    }),
  );
export type Advisor = z.output<typeof advisorSchema>;
export type AdvisorInput = z.input<typeof advisorSchema>;
