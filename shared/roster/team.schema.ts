import * as z from 'zod/mini';
import { noControlCharacters } from '../text/free-text.js';
import { emailAddress, entityId, maxNameLength } from './ids.schema.js';

/**
 * Gartner's four manager profiles (DOMAIN.md fact 5), as the source names them: Professeurs
 * (Teacher), Gardiens (Always-On), Connectés (Connector), Entertainers (Cheerleader); `unknown`
 * until HR says.
 */
export const managementProfiles = ['teacher', 'always-on', 'connector', 'cheerleader', 'unknown'] as const;
export type ManagementProfile = (typeof managementProfiles)[number];

/**
 * Words earlier versions stored, each with the profile it always meant: `guardian` (« Gardien »)
 * was Always-On stored twice. Still accepted on input, and stored teams are read through them.
 */
export const formerManagementProfiles = { guardian: 'always-on' } as const satisfies Record<
  string,
  ManagementProfile
>;

/** A stored or given profile: a former word as the profile it meant, anything else unrecognised as `unknown`. */
export function readManagementProfile(value: unknown): ManagementProfile {
  if (typeof value !== 'string') return 'unknown';
  if (Object.hasOwn(formerManagementProfiles, value))
    return formerManagementProfiles[value as keyof typeof formerManagementProfiles];
  return (managementProfiles as readonly string[]).includes(value) ? (value as ManagementProfile) : 'unknown';
}

/** The profile a request may send: a current one, or a former word (stored as what it meant). */
export const managementProfileInput = z.pipe(
  z
    .enum([...managementProfiles, 'guardian'] as const)
    .check(
      z.describe(
        'teacher (Professeur), always-on (Gardien), connector (Connecté), cheerleader (Entertainer), unknown. The former `guardian` is stored as `always-on`. Default: "unknown".',
      ),
    ),
  z.transform((value: ManagementProfile | 'guardian'): ManagementProfile => readManagementProfile(value)),
);

export const teamSchema = z.object({
  teamId: entityId,
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxNameLength), noControlCharacters()),
  site: z.string().check(z.trim(), z.minLength(1), z.maxLength(maxNameLength), noControlCharacters()),
  managementProfile: z._default(managementProfileInput, 'unknown'),
  managers: z._default(z.array(emailAddress).check(z.maxLength(20)), []),
});
export type Team = z.output<typeof teamSchema>;
export type TeamInput = z.input<typeof teamSchema>;
