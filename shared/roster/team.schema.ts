import * as z from 'zod/mini';
import { entityId } from './ids.schema.js';

/** Gartner's four manager profiles (DOMAIN.md fact 5); `unknown` until HR says. */
export const managementProfiles = ['teacher', 'guardian', 'connector', 'always-on', 'unknown'] as const;
export type ManagementProfile = (typeof managementProfiles)[number];

export const teamSchema = z.object({
  teamId: entityId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  site: z.string().check(z.trim(), z.minLength(1), z.maxLength(120)),
  managementProfile: z._default(z.enum(managementProfiles), 'unknown'),
  managers: z._default(z.array(z.email()).check(z.maxLength(20)), []),
});
export type Team = z.output<typeof teamSchema>;
export type TeamInput = z.input<typeof teamSchema>;
