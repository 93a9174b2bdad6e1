import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { areasOf, type Viewer } from '../../shared/access/index.js';
import { currentMenuTeamNames } from './menu-team-names.js';
import { currentBrand } from './page-brand.js';
import { signedInMessages } from './signed-in-messages.js';
import { styleSheet } from './style-sheet.js';

const css = `
:root{--ink:#1d2430;--muted:#5b6575;--accent:#0b5cad;--bg:#f6f7f9;--card:#fff;--line:#d9dee5}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.site{background:var(--ink);color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;gap:.5rem 1.25rem;align-items:center}
header.site a{color:#fff}header.site .brand{font-weight:700;text-decoration:none;margin-right:.5rem;display:inline-flex;gap:.4rem;align-items:center}header.site .brand img{max-height:28px;width:auto;background:#fff;border-radius:.2rem}
header.site nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem}
header.site form{margin:0}header.site button{font:inherit;background:transparent;color:#fff;border:1px solid #8a94a6;border-radius:.3rem;padding:.15rem .6rem;cursor:pointer}
header.site .tools{margin-left:auto;display:flex;gap:.5rem;align-items:center}
main{max-width:72rem;margin:0 auto;padding:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
.muted{color:var(--muted)}a{color:var(--accent)}:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
.grid{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(20rem,1fr))}
.chart{width:100%;height:auto;max-width:100%}.chart text{font:12px system-ui,sans-serif;fill:#1d2430}
.badge{display:inline-block;border-radius:1rem;padding:0 .6rem;font-size:.85em;border:1px solid var(--line);background:#eef1f5}
.badge.warn{background:#fff4d6;border-color:#e0b341}.badge.ok{background:#e5f4ea;border-color:#6fb287}
.hidden-figure{color:var(--muted);font-style:italic}
.table-scroll{overflow-x:auto}
label{display:block;margin:.5rem 0 .2rem}input,select,textarea{font:inherit;max-width:100%}
button.primary{font:inherit;background:var(--accent);color:#fff;border:0;border-radius:.35rem;padding:.4rem 1rem;cursor:pointer}
.problems{border-left:4px solid #b3261e;padding-left:.75rem}
.notice{border-left:4px solid #2e7d4f}
`;
const SignedInStyle = styleSheet(css);

/**
 * The frame of every signed-in page: the areas the viewer's role may open, the language switch
 * (a POST: it changes the person's stored language) and sign-out. Pages pass their own content;
 * extra stylesheets (made with `styleSheet`) go in `head`.
 */
export function SignedInLayout(props: {
  viewer: Viewer;
  title: string;
  head?: Child;
  children: Child;
  /**
   * Names of the viewer's teams by id, for the menu; by default those read for the request
   * (`currentMenuTeamNames`), the id standing in for a name not known.
   */
  teamNames?: Readonly<Record<string, string>>;
}) {
  const { viewer } = props;
  const t = signedInMessages[viewer.locale];
  const areas = areasOf(viewer.role);
  const other = viewer.locale === 'fr' ? 'en' : 'fr';
  const brand = currentBrand();
  const teamNames = { ...currentMenuTeamNames(), ...props.teamNames };
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={viewer.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${props.title} · ${brand?.displayName ?? 'Duopulse'}`}</title>
          <SignedInStyle />
          {brand?.accentSheet?.()}
          {props.head}
        </head>
        <body>
          <header class="site">
            <a class="brand" href="/">
              {brand?.logoUrl && <img src={brand.logoUrl} alt="" height={28} />}
              {brand?.displayName ?? 'Duopulse'}
            </a>
            <nav aria-label={t.nav}>
              <ul>
                {areas.includes('centre') && (
                  <li>
                    <a href="/centre">{t.centre}</a>
                  </li>
                )}
                {areas.includes('logics') && (
                  <li>
                    <a href="/logics">{t.logics}</a>
                  </li>
                )}
                {viewer.role === 'manager' &&
                  viewer.teams.map((teamId) => (
                    <li>
                      <a
                        href={`/teams/${encodeURIComponent(teamId)}`}
                      >{`${t.team} ${teamNames[teamId] ?? teamId}`}</a>
                    </li>
                  ))}
                {areas.includes('advisor') && (
                  <li>
                    <a href="/me">{t.myResults}</a>
                  </li>
                )}
                {areas.includes('advisor') && (
                  <li>
                    <a href="/me/pay">{t.myPay}</a>
                  </li>
                )}
                {areas.includes('pay') && (
                  <li>
                    <a href="/pay/policy">{t.pay}</a>
                  </li>
                )}
                {areas.includes('users') && (
                  <li>
                    <a href="/admin/users">{t.users}</a>
                  </li>
                )}
                {areas.includes('users') && (
                  <li>
                    <a href="/admin/pay-prerequisites">{t.payPrerequisites}</a>
                  </li>
                )}
                {areas.includes('logics-lists') && (
                  <li>
                    <a href="/admin/logics">{t.logicsLists}</a>
                  </li>
                )}
                {areas.includes('users') && (
                  <li>
                    <a href="/admin/brand">{t.brand}</a>
                  </li>
                )}
                <li>
                  <a href="/privacy">{t.privacy}</a>
                </li>
              </ul>
            </nav>
            <div class="tools">
              <form method="post" action="/account/language">
                <input type="hidden" name="locale" value={other} />
                <button type="submit" lang={other} aria-label={t.switchLabel}>
                  {t.switchTo}
                </button>
              </form>
              <form method="post" action="/auth/sign-out">
                <button type="submit">{t.signOut}</button>
              </form>
            </div>
          </header>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}
