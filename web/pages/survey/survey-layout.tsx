import { raw } from 'hono/html';
import type { Child } from 'hono/jsx';
import type { Locale } from '../../../shared/roster/index.js';
import { currentBrand } from '../../components/page-brand.js';
import { styleSheet } from '../../components/style-sheet.js';

/**
 * Phone-first: one column, 16 px text (no zoom on focus in mobile browsers), tap targets at
 * least 44 px high, contrast AA (ink 15:1, muted 7:1, accent 6.6:1, error 6.5:1 on white), a
 * dark focus ring on every control, and a forced-colours fallback for the selected answer.
 */
const css = `
:root{--ink:#1d2430;--muted:#4a5462;--accent:#0b5cad;--accent-dark:#083f78;--bg:#f3f5f8;--card:#fff;--line:#6b7584;--soft:#d5dae1;--error:#b3261e;--note:#e7f0fa;color-scheme:light}
*{box-sizing:border-box}
.centre-brand{max-width:36rem;margin:0 auto;padding:.75rem 1rem 0;display:flex;gap:.5rem;align-items:center;font-weight:700;color:var(--ink)}.centre-brand img{max-height:32px;width:auto}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
main{max-width:36rem;margin:0 auto;padding:1.25rem 1rem 3rem}
h1{font-size:1.5rem;line-height:1.25;margin:.5rem 0 .75rem}
h2{font-size:1.125rem;line-height:1.3;margin:0 0 .5rem}
p{margin:.5rem 0}
a{color:var(--accent)}
.lead{font-size:1.0625rem}
.muted{color:var(--muted)}
.note{background:var(--note);border-left:4px solid var(--accent);padding:.625rem .75rem;border-radius:.25rem;margin:1rem 0}
.promise{background:var(--card);border:1px solid var(--soft);border-left:4px solid var(--accent);padding:.75rem;border-radius:.5rem;margin:1rem 0}
.visually-hidden{position:absolute!important;width:1px!important;height:1px!important;margin:-1px!important;padding:0!important;overflow:hidden!important;clip:rect(0 0 0 0)!important;clip-path:inset(50%)!important;white-space:nowrap!important;border:0!important}
form{margin:1rem 0 0}
.question{background:var(--card);border:1px solid var(--soft);border-radius:.75rem;padding:1rem;margin:0 0 1rem}
.question.has-error{border-color:var(--error);border-left-width:6px}
fieldset{border:0;margin:0;padding:0;min-width:0}
legend{padding:0;margin:0 0 .75rem;font-weight:600;font-size:1.0625rem;line-height:1.35}
.question-number{display:block;font-weight:400;font-size:.875rem;color:var(--muted)}
.optional{font-weight:400;color:var(--muted)}
.scale{display:grid;grid-template-columns:repeat(6,minmax(0,1fr));gap:.5rem;margin:0}
.scale-7{grid-template-columns:repeat(7,minmax(0,1fr));gap:.3125rem}
.scale-5{grid-template-columns:repeat(5,minmax(0,1fr))}
.scale-2{grid-template-columns:repeat(2,minmax(0,1fr))}
@media (min-width:34rem){.scale-11{grid-template-columns:repeat(11,minmax(0,1fr));gap:.375rem}}
.option{position:relative}
.option input{position:absolute;top:50%;left:50%;width:1px;height:1px;margin:0;opacity:0;pointer-events:none}
.option label{display:flex;align-items:center;justify-content:center;min-height:3rem;padding:.25rem;border:2px solid var(--line);border-radius:.5rem;background:var(--card);color:var(--ink);font-weight:700;font-size:1.125rem;cursor:pointer;-webkit-user-select:none;user-select:none;touch-action:manipulation}
.option label:hover{border-color:var(--accent);background:var(--note)}
.option input:checked+label{background:var(--accent);border-color:var(--accent-dark);color:#fff;box-shadow:inset 0 0 0 2px #fff}
.option input:focus-visible+label{outline:3px solid var(--ink);outline-offset:2px}
.anchors{display:flex;justify-content:space-between;gap:1rem;margin:.5rem 0 0;font-size:.875rem;color:var(--muted)}
.anchors span:last-child{text-align:right}
label.field-label{display:block;font-weight:600;font-size:1.0625rem;margin:0 0 .25rem}
.hint{font-size:.875rem;color:var(--muted);margin:0 0 .5rem}
textarea{display:block;width:100%;min-height:7.5rem;padding:.5rem .625rem;border:2px solid var(--line);border-radius:.5rem;background:var(--card);color:var(--ink);font:inherit;font-size:1rem;resize:vertical}
textarea:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.field-error{color:var(--error);font-weight:700;margin:0 0 .5rem}
.error-summary{background:var(--card);border:4px solid var(--error);border-radius:.5rem;padding:1rem;margin:1rem 0}
.error-summary:focus-visible,.error-summary:focus{outline:3px solid var(--ink);outline-offset:2px}
.error-summary ul{margin:.5rem 0 0;padding-left:1.25rem}
.error-summary li{margin:.25rem 0}
.error-summary a{color:var(--error);font-weight:700}
.button{display:block;width:100%;min-height:3rem;margin:1.25rem 0 0;padding:.75rem 1rem;border:2px solid var(--accent-dark);border-radius:.5rem;background:var(--accent);color:#fff;font:inherit;font-weight:700;font-size:1.125rem;cursor:pointer;touch-action:manipulation}
.button:hover{background:var(--accent-dark)}
.button:focus-visible{outline:3px solid var(--ink);outline-offset:3px}
a:focus-visible{outline:3px solid var(--ink);outline-offset:2px;border-radius:2px}
.small{font-size:.875rem}
.button.confirm{margin:0}
.more-heading{margin:2rem 0 .25rem;padding-top:1.25rem;border-top:1px solid var(--soft)}
input.text{display:block;width:100%;min-height:3rem;padding:.5rem .625rem;border:2px solid var(--line);border-radius:.5rem;background:var(--card);color:var(--ink);font:inherit;font-size:1rem}
input.text:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.statement{margin:.75rem 0;padding-left:1.25rem}
.statement li{margin:.25rem 0}
.check{display:flex;gap:.75rem;align-items:flex-start;margin:.75rem 0 0}
.check input{flex:none;width:1.5rem;height:1.5rem;margin:.125rem 0 0;accent-color:var(--accent)}
.check input:focus-visible{outline:3px solid var(--ink);outline-offset:2px}
.check label{font-weight:600}
.next-link{display:block;margin:1rem 0;padding:.75rem 1rem;border:2px solid var(--accent);border-radius:.5rem;background:var(--card);font-weight:700;text-align:center}
@media (forced-colors:active){.option input:checked+label{outline:4px solid Highlight;outline-offset:-6px}.option input:focus-visible+label{outline:3px dashed Highlight;outline-offset:3px}}
@media (prefers-reduced-motion:no-preference){html{scroll-behavior:smooth}}
`;
const SurveyStyle = styleSheet(css);

/**
 * The frame of every survey page: the locale's `lang`, a phone viewport, one `<main>`, no
 * script and nothing fetched from elsewhere; standards mode (doctype) for the phone layout. Links carry tokens, so pages send no referrer
 * and ask not to be indexed.
 */
export function SurveyLayout(props: { locale: Locale; title: string; children: Child }) {
  const brand = currentBrand();
  return (
    <>
      {raw('<!doctype html>')}
      <html lang={props.locale}>
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="referrer" content="no-referrer" />
          <meta name="robots" content="noindex, nofollow" />
          <title>{props.title}</title>
          <SurveyStyle />
          {brand?.accentSheet?.()}
        </head>
        <body>
          {brand && (
            <header class="centre-brand">
              {brand.logoUrl && <img src={brand.logoUrl} alt="" height={32} />}
              <span>{brand.displayName}</span>
            </header>
          )}
          <main>{props.children}</main>
        </body>
      </html>
    </>
  );
}
