import type { Context } from 'hono';
import { Hono } from 'hono';
import { adminMessages } from '../../../web/pages/admin/admin-messages.js';
import { UsersPage, type UsersPageProps } from '../../../web/pages/admin/users.page.js';
import { addUser, listUsers, removeUser } from '../../services/access/user-admin.service.js';
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

/** /admin: users, their roles and their scope (admins only; anyone else gets the unknown-path 404). */
export function adminRoutes(deps: AppDeps) {
  const app = new Hono<AppEnv>();
  app.use(authorize('users'));

  async function render(
    c: Context<AppEnv>,
    status: 200 | 400 | 404 | 409,
    extra: Pick<UsersPageProps, 'problems' | 'draft'> = {},
  ) {
    const viewer = c.get('viewer');
    if (!viewer) throw new NotFoundError(`No route for ${c.req.method} ${c.req.path}`);
    const [users, teams] = await Promise.all([
      listUsers(deps),
      deps.roster.listTeams({ limit: maxListedTeams }),
    ]);
    return c.html(
      <UsersPage
        locale={viewer.locale}
        viewerEmail={viewer.email}
        users={users}
        teams={teams.items.map((t) => ({ teamId: t.teamId, name: t.name }))}
        {...extra}
      />,
      status,
    );
  }

  app.get('/users', (c) => render(c, 200));

  app.post('/users', async (c) => {
    const form = await formFields(c);
    try {
      await addUser(deps, {
        email: form.email ?? '',
        role: form.role,
        teams: listField(form.teams),
        advisorId: form.advisorId?.trim() ? form.advisorId.trim() : undefined,
        locale: form.locale || undefined,
      });
    } catch (error) {
      if (error instanceof ValidationError) return render(c, 400, { problems: error.problems, draft: form });
      if (error instanceof ConflictError) return render(c, 409, { problems: error.problems, draft: form });
      throw error;
    }
    return c.redirect('/admin/users', 303);
  });

  app.post('/users/remove', async (c) => {
    const email = ((await formFields(c)).email ?? '').slice(0, 254);
    try {
      await removeUser(deps, email, c.get('viewer')?.email);
    } catch (error) {
      if (error instanceof ValidationError) return render(c, 400, { problems: error.problems });
      if (error instanceof NotFoundError) {
        const locale = c.get('viewer')?.locale ?? 'fr';
        return render(c, 404, { problems: [{ path: 'email', message: adminMessages[locale].notFound }] });
      }
      throw error;
    }
    return c.redirect('/admin/users', 303);
  });

  return app;
}
