import { getContext } from 'hono/context-storage';

/** The names of the signed-in manager's teams by id, for the menu (request context key). */
export const menuTeamNamesKey = 'menuTeamNames';

/** The menu's team names of the request being rendered, or undefined (none read, or outside a request). */
export function currentMenuTeamNames(): Readonly<Record<string, string>> | undefined {
  try {
    return getContext().get(menuTeamNamesKey as never) as Readonly<Record<string, string>> | undefined;
  } catch {
    return undefined;
  }
}
