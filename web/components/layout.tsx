import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import { currentBrand } from './page-brand.js';
import { styleSheet } from './style-sheet.js';

const css = `
:root{--ink:#1d2430;--muted:#5b6575;--accent:#0b5cad;--bg:#f6f7f9;--card:#fff;--line:#d9dee5}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header.site{background:var(--ink);color:#fff;padding:.75rem 1rem}header.site a{color:#fff;text-decoration:none;font-weight:600;display:inline-flex;gap:.4rem;align-items:center}header.site img{max-height:28px;width:auto;background:#fff;border-radius:.2rem}
main{max-width:60rem;margin:0 auto;padding:1rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.5rem;padding:1rem;margin:1rem 0}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.35rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}
code,pre{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:.9em}pre{background:#eef1f5;padding:.75rem;overflow:auto;border-radius:.35rem}
.method{display:inline-block;min-width:4rem;font-weight:700}.muted{color:var(--muted)}
a{color:var(--accent)}:focus-visible{outline:3px solid #f0a500;outline-offset:2px}
`;
const SiteStyle = styleSheet(css);

/** The page frame every server-rendered page shares. */
export function Layout(props: { title: string; lang?: 'fr' | 'en'; children: Child }) {
  const brand = currentBrand();
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={props.lang ?? 'en'}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{props.title}</title>
          <SiteStyle />
          {brand?.accentSheet?.()}
        </head>
        <body>
          <header class="site">
            <a href="/">
              {brand?.logoUrl && <img src={brand.logoUrl} alt="" height={28} />}
              {brand?.displayName ?? 'Duopulse'}
            </a>
          </header>
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}
