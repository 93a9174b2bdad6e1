/** The people who sign in to Duopulse (integration keys are not people: see the API's scopes). */
export const roles = ['admin', 'hr', 'payroll', 'manager', 'advisor'] as const;
export type Role = (typeof roles)[number];

/** The Cognito group that carries each role: one group per role, same name. */
export const roleGroups: Readonly<Record<Role, string>> = {
  admin: 'admin',
  hr: 'hr',
  payroll: 'payroll',
  manager: 'manager',
  advisor: 'advisor',
};

/**
 * The role given by a person's sign-in groups: exactly one known role group, or undefined. A
 * person in two role groups is refused rather than given the wider role.
 */
export function roleFromGroups(groups: readonly string[]): Role | undefined {
  const found = roles.filter((role) => groups.includes(roleGroups[role]));
  return found.length === 1 ? found[0] : undefined;
}
