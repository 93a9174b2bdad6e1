import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import { emailAddress, entityId, maxNameLength } from './ids.schema.js';

/** Gartner's four manager profiles (DOMAIN.md fact 5); `unknown` until HR says. */
export const managementProfiles = ['teacher', 'guardian', 'connector', 'always-on', 'unknown'] as const;
export type ManagementProfile = (typeof managementProfiles)[number];

export const teamSchema = z.object({
  teamId: entityId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxNameLength), noControlCharacters()),
  site: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxNameLength), noControlCharacters()),
  managementProfile: z._default(z.enum(managementProfiles), 'unknown'),
  managers: z._default(z.array(emailAddress).check(z.maxLength(20)), []),
});
export type Team = z.output<typeof teamSchema>;
export type TeamInput = z.input<typeof teamSchema>;
