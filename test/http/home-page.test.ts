import { beforeAll, describe, expect, it } from 'vitest';
import { signInHarness, signInUsers } from '../support/sign-in-harness.js';

let h: Awaited<ReturnType<typeof signInHarness>>;

beforeAll(async () => {
  h = await signInHarness();
  await h.seed();
});

describe('the landing page', () => {
  it('signed out, offers sign-in and the anonymity page in the browser’s language', async () => {
    const fr = await h.request('GET', '/', { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(fr.status).toBe(200);
    expect(fr.body).toContain('<html lang="fr">');
    expect(fr.body).toContain('<a href="/auth/sign-in">Se connecter</a>');
    expect(fr.body).toContain('href="/privacy?lang=fr"');
    expect(fr.body).not.toContain('Sign in');
    const en = await h.request('GET', '/', { headers: { 'accept-language': 'en-GB,en;q=0.9' } });
    expect(en.body).toContain('<html lang="en">');
    expect(en.body).toContain('<a href="/auth/sign-in">Sign in</a>');
    expect(en.body).toContain('href="/privacy?lang=en"');
  });

  it('signed in, shows who the person is instead of the sign-in link', async () => {
    const cookie = await h.signInAs(signInUsers.hr.email);
    const res = await h.request('GET', '/', { cookie });
    expect(res.body).toContain(signInUsers.hr.email);
    expect(res.body).not.toContain('href="/auth/sign-in"');
  });
});
