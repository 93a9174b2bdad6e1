import type { Locale } from '../roster/interaction.schema.js';
import type { Role } from './roles.js';

/** The signed-in person a request acts for, as resolved from their session and user record. */
export interface Viewer {
  readonly email: string;
  readonly role: Role;
  /** Manager only: the teams they lead. */
  readonly teams: readonly string[];
  /** Advisor only: their payroll id. */
  readonly advisorId?: string | undefined;
  readonly locale: Locale;
}

/**
 * The signed-in areas of the app. Each route declares the one area it belongs to and the
 * authorization function decides on the area and, when the route names one, the object.
 */
export const areas = ['home', 'users', 'logics-lists', 'centre', 'logics', 'team', 'advisor', 'pay'] as const;
export type Area = (typeof areas)[number];

/** Which roles may open each area at all (the object check comes after). */
const areaRoles: Readonly<Record<Area, readonly Role[]>> = {
  home: ['admin', 'hr', 'payroll', 'manager', 'advisor'],
  /** Users and their roles: admins only. */
  users: ['admin'],
  /** The tools and methods advisors rate, and the resources per logic (advisor logics): admins only. */
  'logics-lists': ['admin'],
  /** The centre overview (every team): the head of customer relations (hr). */
  centre: ['hr'],
  /**
   * The advisor logics: hr (the head of customer relations and HR) sees the centre's and every
   * site's views, a manager the centre's and only their own sites' (checked by the page).
   */
  logics: ['hr', 'manager'],
  /** A team page: hr for every team, a manager for the teams they lead. */
  team: ['hr', 'manager'],
  /** An advisor's own customer results: the advisor themself. */
  advisor: ['advisor'],
  /** Variable pay: payroll and hr. */
  pay: ['payroll', 'hr'],
};

/** The object a request names, when it names one. */
export type AccessObject =
  | { readonly kind: 'team'; readonly teamId: string }
  | { readonly kind: 'advisor'; readonly advisorId: string };

/** Whether `viewer` may see team `teamId`: hr sees every team, a manager only those they lead. */
export function canSeeTeam(viewer: Viewer, teamId: string): boolean {
  if (viewer.role === 'hr') return true;
  return viewer.role === 'manager' && viewer.teams.includes(teamId);
}

/** Whether `viewer` may see advisor `advisorId`'s own results: only that advisor. */
export function canSeeAdvisor(viewer: Viewer, advisorId: string): boolean {
  return viewer.role === 'advisor' && viewer.advisorId === advisorId;
}

/** Whether `role` may open `area` at all. */
export function roleMayOpen(role: Role, area: Area): boolean {
  return areaRoles[area].includes(role);
}

/** The areas `role` may open, in the order a menu lists them. */
export function areasOf(role: Role): Area[] {
  return areas.filter((area) => roleMayOpen(role, area));
}

/**
 * The one authorization rule: `viewer` may open `area`, and the object the request names (if
 * any) is in their scope. A false answer is shown exactly like an unknown object (404).
 */
export function mayAccess(viewer: Viewer, area: Area, object?: AccessObject): boolean {
  if (!roleMayOpen(viewer.role, area)) return false;
  if (!object) return true;
  return object.kind === 'team' ? canSeeTeam(viewer, object.teamId) : canSeeAdvisor(viewer, object.advisorId);
}
