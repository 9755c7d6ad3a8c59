// `trialkit render` in-process through `run(argv, io)`, and the trialkit/render entry: what the
// server writes (declarative shadow DOM, the config inline and safe, every language, the options).
// The pages in a real Chromium, with JavaScript off and on, are test/node/rendered-pages.test.mjs.
// Run after `npm run build`.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from './cli-harness.mjs';
import { elementStylesheets, inlineConfigJson, RenderError, renderTrial, renderTrialPage } from '../../dist/npm/render/index.js';
import { languageLoaders, UI_LANGUAGES } from '../../dist/npm/i18n/languages.js';
import { en } from '../../dist/npm/i18n/en/index.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const demo = (name) => join(root, 'demo/trials', `${name}.json`);
const readDemo = (name) => JSON.parse(readFileSync(demo(name), 'utf8'));
const tmp = mkdtempSync(join(tmpdir(), 'trialkit-render-'));

/** The text a reader sees: no styles, no inline config, no tags, no comments. */
function visibleText(html) {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, ' ')
    .replace(/<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** A built-in string key such as `card.status.recruiting` (what a reader must never see). */
const CATALOG_KEY = /\b(common|card|eligibility|faq|share|notify|finder)\.[a-z][\w-]*(\.[\w-]+)*\b/;

describe('trialkit render', () => {
  test('prints <trial-study> with the card, pre-screener start screen, FAQ and share buttons in declarative shadow DOM, the config inline', async () => {
    const { code, stdout, stderr } = await cli(['render', demo('cll-apg-2575')]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<!--lit-part [^>]*--><!--lit-node 0--><trial-study[^>]*server-rendered/);
    for (const tag of ['trial-study', 'trial-card', 'trial-eligibility', 'trial-faq', 'trial-share']) {
      assert.match(stdout, new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`), `${tag} has a declarative shadow root`);
    }
    // Each element inside waits for the study (defer-hydration); the study itself does not.
    assert.equal((stdout.match(/defer-hydration/g) ?? []).length, 4);
    assert.doesNotMatch(stdout, /<trial-study[^>]*defer-hydration/);
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(stdout);
    assert.ok(inline, 'the config is inline');
    assert.deepEqual(JSON.parse(inline[1]), readDemo('cll-apg-2575'));
    const text = visibleText(stdout);
    const config = readDemo('cll-apg-2575');
    for (const shown of [
      config.title,
      config.summary.slice(0, 60),
      en.card['heading.who'],
      en.eligibility['start.button'],
      en.share.heading,
      config.contact.phone,
    ]) {
      assert.ok(text.includes(shown), `shows "${shown}"`);
    }
    // Styles inline by default (no assets folder given), one <style> per shadow root.
    assert.equal((stdout.match(/<template shadowroot/g) ?? []).length, (stdout.match(/<style>/g) ?? []).length);
    assert.doesNotMatch(text, CATALOG_KEY);
  });

  test('--show picks the elements and their order; an unknown name is a usage error (exit 2)', async () => {
    const { code, stdout } = await cli(['render', demo('cll-apg-2575'), '--show', 'faq,card']);
    assert.equal(code, 0);
    assert.ok(stdout.indexOf('<trial-faq') < stdout.indexOf('<trial-card'), 'the FAQ first');
    assert.doesNotMatch(stdout, /<trial-eligibility|<trial-share/);
    const bad = await cli(['render', demo('cll-apg-2575'), '--show', 'card,prescreener']);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--show takes card, eligibility, faq, share/);
  });

  test('every language: translated built-in strings, no catalog keys; Arabic right to left', async () => {
    const config = readDemo('lung-cancer-chemo-io');
    for (const lang of UI_LANGUAGES) {
      const { code, stdout, stderr } = await cli(['render', demo('lung-cancer-chemo-io'), '--lang', lang]);
      assert.equal(code, 0, stderr);
      const catalog = lang === 'en' ? en : await languageLoaders[lang]();
      const text = visibleText(stdout);
      for (const [area, key] of [
        ['card', 'status.recruiting'],
        ['card', 'heading.who'],
        ['card', 'heading.locations'],
        ['common', 'contact.heading'],
      ]) {
        const message = catalog[area][key];
        assert.equal(typeof message, 'string', `${lang} ${area}.${key}`);
        assert.ok(text.includes(message), `${lang}: shows "${message}"`);
      }
      assert.ok(text.includes(catalog.eligibility['start.button']), `${lang}: the pre-screener's start button`);
      assert.ok(text.includes(catalog.share.heading), `${lang}: the share heading`);
      if (lang !== 'en') assert.ok(!text.includes(en.card['status.recruiting']), `${lang}: no English status`);
      assert.doesNotMatch(text, CATALOG_KEY, `${lang}: no catalog keys`);
      assert.match(stdout, new RegExp(`<trial-study[^>]*lang="${lang}"`));
      // The root of each element says the direction of its built-in text.
      const dirs = [...stdout.matchAll(/part="base"\s+(?:lang="[^"]*"\s+)?dir="(\w+)"/g)].map((m) => m[1]);
      assert.equal(dirs.length, 5, `${lang}: five roots`);
      assert.deepEqual(new Set(dirs), new Set([lang === 'ar' ? 'rtl' : 'ltr']), `${lang}: direction`);
    }
    // The config's own Spanish texts are used for a Spanish reader.
    const es = visibleText((await cli(['render', demo('lung-cancer-chemo-io'), '--lang', 'es'])).stdout);
    assert.ok(es.includes(config.title.es));
  });

  test("--page writes a whole page; --assets links each shadow root's styles (strict CSP) and loads trialkit.js from there", async () => {
    const out = join(tmp, 'page.html');
    const { code } = await cli(['render', demo('breast-cancer-pallas'), '--page', '--assets', 'https://cdn.example.org/trialkit/dist', '--lang', 'ar', '-o', out]);
    assert.equal(code, 0);
    const page = readFileSync(out, 'utf8');
    assert.match(page, /^<!doctype html>\n<html lang="ar" dir="rtl">/);
    assert.match(page, /<title>[^<]*Palbociclib[^<]*<\/title>/);
    assert.match(page, /<script type="module" src="https:\/\/cdn\.example\.org\/trialkit\/dist\/trialkit\.js"><\/script>/);
    assert.doesNotMatch(page, /<style>/, 'no inline styles');
    for (const tag of ['trial-study', 'trial-card'])
      assert.ok(page.includes(`<link rel="stylesheet" href="https://cdn.example.org/trialkit/dist/ssr/${tag}.css">`), tag);
    // A finished study: the findings section (a chunk in the browser) is rendered too.
    assert.ok(visibleText(page).includes(readDemo('breast-cancer-pallas').findings.summary.en.slice(0, 40)));
  });

  test("the stylesheets --assets links to are built into dist/ssr/, and hold each element's styles", () => {
    const sheets = elementStylesheets();
    assert.deepEqual(Object.keys(sheets).sort(), ['trial-card', 'trial-eligibility', 'trial-faq', 'trial-share', 'trial-study']);
    for (const [tag, css] of Object.entries(sheets)) {
      assert.equal(readFileSync(join(root, 'dist/ssr', `${tag}.css`), 'utf8').trim(), css.trim(), `dist/ssr/${tag}.css is current`);
      assert.match(css, /:host/);
    }
    assert.match(sheets['trial-share'], /\.list/, "the share buttons' own styles are in trial-share.css");
  });

  test('share buttons need the page address: --url (added to the inline config as share.url), else <trial-share> is left to the browser', async () => {
    const without = await cli(['render', demo('breast-cancer-neratinib'), '--show', 'card,share']);
    assert.equal(without.code, 0);
    assert.match(without.stdout, /<trial-share><\/trial-share>/, 'no shadow root, no defer-hydration');
    const withUrl = await cli(['render', demo('breast-cancer-neratinib'), '--show', 'share', '--url', 'https://study.example.org/nerlynx']);
    assert.equal(withUrl.code, 0);
    assert.match(withUrl.stdout, /<trial-share[^>]*defer-hydration><template shadowroot/);
    const inline = JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(withUrl.stdout)[1]);
    assert.equal(inline.share.url, 'https://study.example.org/nerlynx');
    assert.equal(inline.share.text, readDemo('breast-cancer-neratinib').share.text, 'the rest of share stays');
    assert.match(withUrl.stdout, /href="https:\/\/wa\.me\/\?text=[^"]*study\.example\.org%2Fnerlynx/);
  });

  test('--ref, --theme and --heading-level are set on the study and the elements', async () => {
    const { stdout } = await cli(['render', demo('cll-apg-2575'), '--ref', 'my-forum', '--theme', 'dark', '--heading-level', '1']);
    assert.match(stdout, /<trial-study[^>]*ref="my-forum"[^>]*theme="dark"/);
    assert.match(stdout, /<trial-card[^>]*heading-level="1"/);
    assert.match(stdout, /<trial-eligibility[^>]*heading-level="2"/);
    assert.match(stdout, /<trial-faq[^>]*heading-level="3"/);
    assert.match(stdout, /<h1[^>]*part="title"/);
    assert.match(stdout, /class="root theme-dark"/, "the elements follow the study's theme");
    assert.match(stdout, /utm_campaign%3Dapg-2575-cll%26ref%3Dmy-forum/, 'shared links carry the ref');
  });

  test('an invalid config exits 1 naming every problem; bad flags exit 2', async () => {
    const broken = await cli(['render', demo('broken-example')]);
    assert.equal(broken.code, 1);
    assert.equal(broken.stdout, '');
    assert.match(broken.stderr, /status: "RECRUITING" is not allowed/);
    assert.match(broken.stderr, /sponsor\.url/);
    for (const [flag, value, message] of [
      ['--lang', 'español', /--lang must be a language tag/],
      ['--theme', 'blue', /--theme must be light, dark or auto/],
      ['--heading-level', '9', /--heading-level must be 1 to 6/],
      ['--url', 'study.html', /--url must be the page's full address/],
    ]) {
      const result = await cli(['render', demo('cll-apg-2575'), flag, value]);
      assert.equal(result.code, 2, flag);
      assert.match(result.stderr, message);
    }
    const elsewhere = await cli(['validate', demo('cll-apg-2575'), '--lang', 'es']);
    assert.equal(elsewhere.code, 2);
    assert.match(elsewhere.stderr, /--lang belongs to `trialkit render`/);
    const help = await cli(['--help']);
    assert.match(help.stdout, /trialkit render <config\.json>/);
  });
});

describe('trialkit/render: hostile text stays text', () => {
  test('the XSS corpus in every config string: no markup, no unsafe link; the inline config cannot close its <script>', async () => {
    const payloads = [
      '<script>window.__xss=1</script>',
      '<img src=x onerror="window.__xss=2">',
      '"><svg onload="window.__xss=3"><!--',
      '</script><script>window.__xss=4</script>',
    ];
    const config = readDemo('cll-apg-2575');
    config.title = payloads[0];
    config.summary = payloads[1];
    config.conditions = [payloads[2], payloads[3]];
    config.faq[0].answer = payloads[3];
    config.contact.name = payloads[2];
    const html = await renderTrial(config);
    for (const payload of payloads) assert.ok(!html.includes(payload), `"${payload}" is escaped`);
    assert.doesNotMatch(html, /<img src=x|<svg onload|<script>window/);
    const inline = /<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1];
    assert.doesNotMatch(inline, /<\/script|<!--/i);
    assert.deepEqual(JSON.parse(inline), config, 'the escaped JSON reads back the same');
    assert.equal(inlineConfigJson({ a: '</SCRIPT><!--\u2028' }), '{"a":"\\u003c/SCRIPT\\u003e\\u003c!--\\u2028"}');
  });

  test("a sponsor logo is rendered only from the page's own site (origin), as in the browser", async () => {
    const config = readDemo('cll-apg-2575');
    config.sponsor.logo = { src: 'https://study.example.org/logo.png', alt: 'Study sponsor' };
    const logo = /<img class="logo" src="https:\/\/study\.example\.org\/logo\.png"/;
    assert.match(await renderTrial(config, { show: ['card'], origin: 'https://study.example.org' }), logo);
    assert.doesNotMatch(await renderTrial(config, { show: ['card'], origin: 'https://elsewhere.example' }), logo);
    assert.doesNotMatch(await renderTrial(config, { show: ['card'] }), logo, 'no origin given: no third-party image');
  });

  test('renderTrial rejects an invalid config with a RenderError that names every problem by path', async () => {
    await assert.rejects(renderTrial({ schemaVersion: 1 }), (error) => error instanceof RenderError && error.problems.some((p) => p.path === 'id'));
    const page = await renderTrialPage(readDemo('cll-apg-2575'), { head: '<title>Own head</title>' });
    assert.match(page, /<title>Own head<\/title>/);
    assert.doesNotMatch(page, /<script type="module"/, 'no assets, no script: the page reads with JavaScript off');
    writeFileSync(join(tmp, 'plain.html'), page);
  });
});

describe('trialkit render --head, and the head of a --page', () => {
  test('--head prints the study page head (title, description, Open Graph, JSON-LD) for --url and --lang', async () => {
    const { code, stdout, stderr } = await cli(['render', '--head', demo('lung-cancer-chemo-io'), '--url', 'https://example.org/studies/lung', '--lang', 'es']);
    assert.equal(code, 0, stderr);
    assert.match(stdout, /^<title>[^<]+<\/title>$/m);
    assert.match(stdout, /<meta property="og:url" content="https:\/\/example\.org\/studies\/lung">/);
    assert.match(stdout, /<meta property="og:locale" content="es">|<meta property="og:locale" content="es_[A-Z]{2}">/);
    const json = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(stdout)[1]);
    assert.equal(json['@type'], 'MedicalTrial');
    assert.equal(json.url, 'https://example.org/studies/lung');
    assert.doesNotMatch(stdout, /<trial-study/, 'the head alone');
  });

  test('--head with a --url it cannot use, or a config still marked [REWRITE], exits 1 with the reason; with --page it is a usage error', async () => {
    const http = await cli(['render', '--head', demo('cll-apg-2575'), '--url', 'http://example.org/x']);
    assert.equal(http.code, 1);
    assert.match(http.stderr, /--url/);
    const file = join(tmp, 'draft-head.json');
    writeFileSync(file, JSON.stringify({ ...readDemo('cll-apg-2575'), summary: '[REWRITE] Registry text.' }));
    const draft = await cli(['render', '--head', file]);
    assert.equal(draft.code, 1);
    assert.match(draft.stderr, /\[REWRITE\].*summary/);
    const both = await cli(['render', '--head', '--page', demo('cll-apg-2575')]);
    assert.equal(both.code, 2);
  });

  test('a --page carries the same head as --head', async () => {
    const args = [demo('cll-apg-2575'), '--url', 'https://example.org/studies/cll'];
    const head = (await cli(['render', '--head', ...args])).stdout.trim();
    const page = (await cli(['render', '--page', ...args])).stdout;
    assert.ok(page.includes(head), 'the page holds the head');
  });
});
