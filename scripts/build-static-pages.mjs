// Server rendering at build time, the way a static-site generator would use trialkit/render:
// - dist/ssr/<element>.css: each element's styles, which server-rendered shadow roots link to
//   (a strict `style-src 'self'` blocks inline <style>);
// - demo/rendered/<id>.html: a static page for each of the gallery's real trials, readable with
//   JavaScript off, under the demo's strict Content-Security-Policy, that trialkit.js takes over in place;
// - demo/rendered/<id>.client.html: the same page rendered in the browser only (for comparison:
//   bench/render.bench.mjs measures both);
// - demo/rendered/<id>.<lang>.html: the lung cancer study in every language of the built-in strings.
// Everything under demo/rendered/ is build output (git-ignored). Run after tsc and rollup.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { elementStylesheets, inlineConfigJson, renderHead, renderTrialPage } from '../dist/npm/render/index.js';
import { UI_LANGUAGES } from '../dist/npm/i18n/languages.js';

const root = fileURLToPath(new URL('..', import.meta.url));
/** The gallery's real trials (demo/index.html), the lung cancer one in every language. */
export const STATIC_TRIALS = ['lung-cancer-chemo-io', 'cll-apg-2575', 'breast-cancer-neratinib', 'breast-cancer-pallas'];
const EVERY_LANGUAGE = 'lung-cancer-chemo-io';
/** The policy of demo/strict-csp.html. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'";

mkdirSync(`${root}dist/ssr`, { recursive: true });
for (const [tag, css] of Object.entries(elementStylesheets())) writeFileSync(`${root}dist/ssr/${tag}.css`, `${css}\n`);

const out = `${root}demo/rendered`;
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** The page's head: the strict policy, then the study's own head (title, description, link previews, JSON-LD) or a title. */
const head = (studyHead) => `<meta http-equiv="Content-Security-Policy" content="${STRICT_CSP}">
${studyHead}
<link rel="stylesheet" href="../demo.css">
<script src="../csp-probe.js"></script>`;
const header = `<header class="site" lang="en" dir="ltr">
<p><a href="../">trialkit demo gallery</a> · a study page rendered on the server (<code>trialkit render</code>): it reads with JavaScript off, and trialkit.js takes it over in place.</p>
<p id="csp-report" class="csp-report" role="status">The policy check runs when JavaScript is on.</p>
</header>
<main>
`;
const footer = `
</main>`;
const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

const written = [];
for (const id of STATIC_TRIALS) {
  const config = JSON.parse(readFileSync(`${root}demo/trials/${id}.json`, 'utf8'));
  const langs = id === EVERY_LANGUAGE ? [undefined, ...UI_LANGUAGES] : [undefined];
  for (const lang of langs) {
    const options = { lang, assets: '../../dist/', headingLevel: 1, ref: 'demo-static' };
    const page = await renderTrialPage(config, {
      ...options,
      head: head(renderHead(config, { lang: lang ?? config.defaultLocale ?? 'en' })),
      before: header,
      after: footer,
    });
    const name = lang ? `${id}.${lang}.html` : `${id}.html`;
    writeFileSync(`${out}/${name}`, page);
    written.push(name);
  }
  // The same page, built in the browser only: the same shell and inline config, no server markup.
  const language = config.defaultLocale ?? 'en';
  const client = `<!doctype html>
<html lang="${language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head(`<title>${escape(typeof config.title === 'string' ? config.title : config.title.en)} (rendered in the browser)</title>`)}
<script type="module" src="../../dist/trialkit.js"></script>
</head>
<body>
${header}<trial-study lang="${language}" ref="demo-static"><script type="application/json">${inlineConfigJson(config)}</script><trial-card heading-level="1"></trial-card><trial-eligibility heading-level="2"></trial-eligibility><trial-faq heading-level="3"></trial-faq></trial-study>${footer}
</body>
</html>
`;
  writeFileSync(`${out}/${id}.client.html`, client);
  written.push(`${id}.client.html`);
}
console.log(`static pages rendered: ${written.length} in demo/rendered/ (${STATIC_TRIALS.join(', ')})`);
