import type { Context } from 'hono';
import { Hono } from 'hono';
import { adminMessages } from '../../../web/pages/admin/admin-messages.js';
import { RemoveUserPage } from '../../../web/pages/admin/remove-user.page.js';
import { UsersPage, type UsersPageProps } from '../../../web/pages/admin/users.page.js';
import { addUser, listUsers, removeUser, userToRemove } from '../../services/access/user-admin.service.js';
import { ConflictError, NotFoundError, ValidationError } from '../../services/errors.js';
import type { AppDeps, AppEnv } from '../app-deps.js';
import { formFields } from '../form-fields.js';
import { authorize } from '../middleware/session.js';

/** Most teams listed as a hint on the add form. */
const maxListedTeams = 500;

function listField(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
}

/**
 * /admin: users, their roles and their scope (admins only; anyone else gets the unknown-path 404).
 * Each save goes back to the list (POST, redirect, GET) with a notice of what was done; removing
 * takes two posts: the first shows whom it would remove, the second (`confirmed=yes`) removes.
 */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('users'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400 | 404 | 409,
    extra: Pick<UsersPageProps, 'problems' | 'draft' | 'done'> = {},
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const [users, teams] = await Promise.all([
      listUsers(deps),
      deps.roster.listTeams({ limit: maxListedTeams }),
    ]);
    return c.html(
      <UsersPage
        viewer={viewer}
        users={users}
        teams={teams.items.map((t) => ({ teamId: t.teamId, name: t.name }))}
        {...extra}
      />,
      status,
    );
  }

  app.get('/users', (c) => {
    const done = c.req.query('done');
    return render(c, 200, { done: done === 'added' || done === 'removed' ? done : undefined });
  });

  app.post('/users', async (c) => {
    const form = await formFields(c);
    const locale = c.get('viewer')?.locale ?? 'fr';
    try {
      await addUser(
        deps,
        {
          email: form.email ?? '',
          role: form.role || undefined,
          teams: listField(form.teams),
          advisorId: form.advisorId?.trim() ? form.advisorId.trim() : undefined,
          locale: form.locale || undefined,
        },
        locale,
      );
    } catch (error) {
      if (error instanceof ValidationError) return render(c, 400, { problems: error.problems, draft: form });
      if (error instanceof ConflictError) return render(c, 409, { problems: error.problems, draft: form });
      throw error;
    }
    return c.redirect('/admin/users?done=added', 303);
  });

  app.post('/users/remove', async (c) => {
    const form = await formFields(c);
    const email = (form.email ?? '').slice(0, 254);
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const locale = viewer.locale;
    try {
      if (form.confirmed !== 'yes') {
        const user = await userToRemove(deps, email, viewer.email, locale);
        return c.html(<RemoveUserPage viewer={viewer} user={user} />);
      }
      await removeUser(deps, email, viewer.email, locale);
    } catch (error) {
      if (error instanceof ValidationError) return render(c, 400, { problems: error.problems });
      if (error instanceof NotFoundError) {
        return render(c, 404, { problems: [{ path: 'email', message: adminMessages[locale].notFound }] });
      }
      throw error;
    }
    return c.redirect('/admin/users?done=removed', 303);
  });

  return app;
}
