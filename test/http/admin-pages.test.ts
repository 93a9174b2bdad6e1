import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { DynamoBrandRepository } from '../../functions/adapters/dynamo/brand.repository.js';
import { addUser } from '../../functions/services/access/user-admin.service.js';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;
let admin: string;
let frenchAdmin: string;
const frenchAdminEmail = 'admin.fr@centre.example';

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
  await addUser(h.deps, { email: frenchAdminEmail, role: 'admin', locale: 'fr' });
  admin = await h.signInAs(signInUsers.admin.email);
  frenchAdmin = await h.signInAs(frenchAdminEmail);
});

afterEach(() => {
  vi.restoreAllMocks();
});

/** The page's notice after a save (role "status"), or undefined. */
function notice(body: string): string | undefined {
  return /<p class="card notice" role="status">([^<]*)<\/p>/.exec(body)?.[1];
}

async function postBrand(cookie: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  return h.app.request('http://localhost/admin/brand', {
    method: 'POST',
    headers: { cookie, 'sec-fetch-site': 'same-origin' },
    body,
  });
}

async function emails() {
  return (await h.deps.users.listUsers()).map((u) => u.email);
}

describe('the admin pages are signed-in pages like the others', () => {
  const pages = ['/admin/users', '/admin/brand', '/admin/logics', '/admin/pay-prerequisites'];

  it.each(pages)(
    '%s has the menu (every admin page linked, the brand page too) and the language switch',
    async (path) => {
      const page = await h.request('GET', path, { cookie: admin });
      expect(page.status).toBe(200);
      expect(page.body).toContain('<nav aria-label="Main navigation">');
      for (const link of pages) expect(page.body).toContain(`href="${link}"`);
      expect(page.body).toContain('action="/account/language"');
      expect(page.body).toContain(
        '<button type="submit" lang="fr" aria-label="Passer en français">Français</button>',
      );
      expect(page.body).toContain('action="/auth/sign-out"');
      const french = await h.request('GET', path, { cookie: frenchAdmin });
      expect(french.body).toContain('<html lang="fr">');
      expect(french.body).toContain('<nav aria-label="Navigation principale">');
      expect(french.body).toContain('>English</button>');
    },
  );

  it('the admin’s home links every admin page, the brand page included; nobody else’s does', async () => {
    const home = await h.request('GET', '/', { cookie: admin });
    for (const link of pages) expect(home.body).toContain(`<a href="${link}">`);
    for (const other of ['hr', 'payroll', 'manager', 'advisor'] as const) {
      const page = await h.request('GET', '/', { cookie: await h.signInAs(signInUsers[other].email) });
      expect(page.body).not.toContain('href="/admin/');
    }
  });
});

describe('a save says so, and shows on the admin’s next page at once', () => {
  it('the brand: a notice in the admin’s language after the redirect, the new name on the next page of this instance', async () => {
    const before = await h.request('GET', '/', { cookie: admin });
    expect(before.body).not.toContain('Centre Rhône');
    expect(notice((await h.request('GET', '/admin/brand', { cookie: admin })).body)).toBeUndefined();

    const saved = await postBrand(admin, { displayName: 'Centre Rhône' });
    expect(saved.status).toBe(303);
    const back = saved.headers.get('location') ?? '';
    const page = await h.request('GET', back, { cookie: admin });
    expect(notice(page.body)).toBe('Brand saved: it already shows on your pages and in the next emails.');
    expect(page.body).toContain('value="Centre Rhône"');
    // The brand was read (and remembered) before the save: the next page shows the new one anyway.
    expect((await h.request('GET', '/', { cookie: admin })).body).toContain('Centre Rhône');

    const again = await postBrand(frenchAdmin, { displayName: 'Centre Rhône-Alpes' });
    const french = await h.request('GET', again.headers.get('location') ?? '', { cookie: frenchAdmin });
    expect(notice(french.body)).toBe(
      'Identité enregistrée : elle apparaît déjà sur vos pages et dans les prochains e-mails.',
    );
    expect((await h.request('GET', '/privacy', { cookie: admin })).body).toContain('Centre Rhône-Alpes');
  });

  it('another instance (its own repository) shows a saved brand within 30 s, as documented', async () => {
    const other = new DynamoBrandRepository(h.db.clients, h.db.config.MAIN_TABLE_NAME);
    const seen = (await other.getBrand())?.displayName;
    expect(seen).toBeDefined();
    const now = Date.now();
    await postBrand(admin, { displayName: 'Centre Saône' });
    expect((await other.getBrand())?.displayName).toBe(seen);
    vi.spyOn(Date, 'now').mockReturnValue(now + 30_001);
    expect((await other.getBrand())?.displayName).toBe('Centre Saône');
  });

  it('a refused brand shows no notice and names the field with its label', async () => {
    const res = await postBrand(frenchAdmin, { displayName: '' });
    expect(res.status).toBe(400);
    const body = await res.text();
    expect(notice(body)).toBeUndefined();
    expect(body).toContain('<code>displayName</code> (Nom affiché)');
  });

  it('the logics lists and the pay prerequisites: a notice after each save', async () => {
    const tools = await h.request('POST', '/admin/logics/tools', {
      cookie: frenchAdmin,
      form: {
        'tool-0-id': 'peer-debrief',
        'tool-0-kind': 'method',
        'tool-0-fr': 'Débrief',
        'tool-0-en': 'Debrief',
      },
    });
    expect(tools.status).toBe(303);
    const listPage = await h.request('GET', tools.headers.get('location') ?? '', { cookie: frenchAdmin });
    expect(notice(listPage.body)).toContain('Liste des outils et méthodes enregistrée');
    expect(listPage.body).toContain('value="peer-debrief"');

    const dates = await h.request('POST', '/admin/pay-prerequisites', {
      cookie: admin,
      form: { cseConsultedOn: '2026-01-12', advisorsInformedOn: '2026-01-19' },
    });
    expect(dates.status).toBe(303);
    const datesPage = await h.request('GET', dates.headers.get('location') ?? '', { cookie: admin });
    expect(notice(datesPage.body)).toBe('Dates saved.');
    expect(
      notice((await h.request('GET', '/admin/pay-prerequisites', { cookie: admin })).body),
    ).toBeUndefined();
  });
});

describe('the users page', () => {
  it('offers no role by default: the first choice is empty and required', async () => {
    const page = await h.request('GET', '/admin/users', { cookie: admin });
    expect(page.body).toMatch(
      /<select id="role" name="role" required=""><option value="" selected="">— choose a role —<\/option>/,
    );
    expect(page.body).not.toMatch(/<option value="admin" selected/);
  });

  it('refuses a user without a role, naming the field in the admin’s language; nothing stored, the typed email kept', async () => {
    const english = await h.request('POST', '/admin/users', {
      cookie: admin,
      form: { email: 'new.person@centre.example', role: '', teams: '', advisorId: '', locale: 'fr' },
    });
    expect(english.status).toBe(400);
    expect(english.body).toContain('<code>role</code> (Role): choose a role');
    expect(english.body).toContain('value="new.person@centre.example"');
    const french = await h.request('POST', '/admin/users', {
      cookie: frenchAdmin,
      form: { email: 'new.person@centre.example' },
    });
    expect(french.status).toBe(400);
    expect(french.body).toContain('<code>role</code> (Rôle): choisissez un rôle');
    expect(await emails()).not.toContain('new.person@centre.example');
  });

  it('words the other refusals in French for a French admin', async () => {
    const res = await h.request('POST', '/admin/users', {
      cookie: frenchAdmin,
      form: { email: 'new.manager@centre.example', role: 'manager', teams: 'no-such-team' },
    });
    expect(res.status).toBe(400);
    expect(res.body).toContain('aucune équipe no-such-team');
    const noTeam = await h.request('POST', '/admin/users', {
      cookie: frenchAdmin,
      form: { email: 'new.manager@centre.example', role: 'manager' },
    });
    expect(noTeam.body).toContain('un manager a besoin d’au moins une équipe');
    expect(await emails()).not.toContain('new.manager@centre.example');
  });

  it('adds a user with the chosen role and says so', async () => {
    const res = await h.request('POST', '/admin/users', {
      cookie: admin,
      form: { email: 'added.hr@centre.example', role: 'hr', teams: '', advisorId: '', locale: 'en' },
    });
    expect(res.status).toBe(303);
    const page = await h.request('GET', res.headers.get('location') ?? '', { cookie: admin });
    expect(notice(page.body)).toBe('User added.');
    expect(page.body).toContain('<td>added.hr@centre.example</td>');
    expect((await h.deps.users.getUser('added.hr@centre.example'))?.role).toBe('hr');
  });

  it('removes a user only at the second step: the first names the person and removes nobody', async () => {
    const target = 'leaving.advisor@centre.example';
    await addUser(h.deps, { email: target, role: 'advisor', advisorId: 'B1' });
    const first = await h.request('POST', '/admin/users/remove', {
      cookie: frenchAdmin,
      form: { email: target },
    });
    expect(first.status).toBe(200);
    expect(first.body).toContain(`Retirer ${target} (conseiller) ?`);
    expect(first.body).toContain('<input type="hidden" name="confirmed" value="yes"/>');
    expect(first.body).toContain('<a href="/admin/users">Annuler</a>');
    expect(await emails()).toContain(target);
    const stillIn = await h.signInAs(target);
    expect((await h.request('GET', '/me', { cookie: stillIn })).status).toBe(200);

    const second = await h.request('POST', '/admin/users/remove', {
      cookie: frenchAdmin,
      form: { email: target, confirmed: 'yes' },
    });
    expect(second.status).toBe(303);
    expect(await emails()).not.toContain(target);
    const page = await h.request('GET', second.headers.get('location') ?? '', { cookie: frenchAdmin });
    expect(notice(page.body)).toContain('Utilisateur retiré');
    expect(page.body).not.toContain(`<td>${target}</td>`);
  });

  it('the first step refuses yourself and an unknown user as the removal does', async () => {
    const self = await h.request('POST', '/admin/users/remove', {
      cookie: frenchAdmin,
      form: { email: frenchAdminEmail },
    });
    expect(self.status).toBe(400);
    expect(self.body).toContain('vous ne pouvez pas vous retirer vous-même');
    const nobody = await h.request('POST', '/admin/users/remove', {
      cookie: admin,
      form: { email: 'nobody@centre.example' },
    });
    expect(nobody.status).toBe(404);
    expect(await emails()).toContain(frenchAdminEmail);
  });
});

describe('signed-in homes and menus', () => {
  it('no home has a heading with nothing under it: the manager’s « Ce que vous pouvez ouvrir » lists the logics', async () => {
    for (const name of Object.keys(signInUsers) as (keyof typeof signInUsers)[]) {
      const home = await h.request('GET', '/', { cookie: await h.signInAs(signInUsers[name].email) });
      const main = home.body.slice(home.body.indexOf('<main>'));
      for (const [, after] of main.matchAll(/<\/h2>(.{0,200})/gs))
        expect(after).toMatch(/^<ul><li><a href="\/[^"]+">[^<]+<\/a><\/li>/);
    }
    const manager = await h.request('GET', '/', { cookie: await h.signInAs(signInUsers.manager.email) });
    expect(manager.body).toContain('<h2>Ce que vous pouvez ouvrir</h2><ul><li><a href="/logics">');
  });

  it('sub-page menus name the manager’s teams, not their codes', async () => {
    const cookie = await h.signInAs(signInUsers.manager.email);
    for (const path of [
      '/',
      '/teams/lyon-1/actions',
      '/teams/lyon-1/comments',
      '/teams/lyon-1/actions/new',
      '/logics',
    ]) {
      const page = await h.request('GET', path, { cookie });
      expect(page.status).toBe(200);
      const nav = page.body.slice(page.body.indexOf('<nav'), page.body.indexOf('</nav>'));
      expect(nav, path).toContain('<a href="/teams/lyon-1">Équipe Lyon Particuliers</a>');
      expect(nav).not.toContain('Équipe lyon-1');
    }
    const english = await h.signInAs(signInUsers.otherManager.email);
    const page = await h.request('GET', '/teams/lille-1/actions', { cookie: english });
    expect(page.body).toContain('<a href="/teams/lille-1">Team Lille Pros</a>');
  });
});
