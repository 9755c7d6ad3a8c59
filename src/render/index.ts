/**
 * `trialkit/render`: a trial's elements rendered on the server (Node, a static-site generator) by
 * Lit's own renderer (@lit-labs/ssr) into declarative shadow DOM. The page reads in full with
 * JavaScript off (search engines, link previews, slow phones); when trialkit.js loads, the elements
 * take over the same markup in place (Lit's hydration): no second fetch, no flash, no shift.
 *
 * How the hand-over works: the config is inline in the <trial-study>, as on any page. The elements
 * inside it carry `defer-hydration`; the study removes it once it has validated that config, so
 * each element's first render in the browser has the same state, and so the same template, as the
 * server's. The bundle loads Lit's hydration support (a chunk) only on pages that hold such markup.
 *
 * For Node only (Lit's Node build, with its small DOM shim, runs the elements).
 */
import { render } from '@lit-labs/ssr';
import { LitElementRenderer } from '@lit-labs/ssr/lib/lit-element-renderer.js';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import type { RenderInfo } from '@lit-labs/ssr/lib/render-value.js';
import { html, nothing, type CSSResult, type CSSResultOrNative, type LitElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { isRightToLeft } from '../core/localize.js';
import type { TrialConfig } from '../core/schema.js';
import { studyHasEnded } from '../core/study-status.js';
import { validateConfig, type Problem } from '../core/validate.js';
import { escapeHtml, jsonForScript, renderHead } from './head.js';
import { loadLanguage, uiLanguage } from '../i18n/translate.js';
import { withServerRender, type ServerRender } from '../internal/server-render.js';
import { prepareServerGlossary } from '../internal/trial-element.js';
import { TrialStudy } from '../elements/trial-study/register.js';
import { TrialCard } from '../elements/trial-card/register.js';
import { TrialEligibility } from '../elements/trial-eligibility/register.js';
import { TrialFaq } from '../elements/trial-faq/register.js';
import { answerStyles } from '../elements/trial-faq/answers.styles.js';
import { loadFaqAnswers } from '../elements/trial-faq/trial-faq.js';
import { TrialShare } from '../elements/trial-share/register.js';

/** The elements `show` can name, in the order they are rendered. */
export const RENDER_PARTS = ['card', 'eligibility', 'faq', 'share'] as const;
export type RenderPart = (typeof RENDER_PARTS)[number];

/** The elements (besides <trial-study>) and their classes, by part. */
const PART_ELEMENTS = {
  card: ['trial-card', TrialCard],
  eligibility: ['trial-eligibility', TrialEligibility],
  faq: ['trial-faq', TrialFaq],
  share: ['trial-share', TrialShare],
} as const satisfies Record<RenderPart, readonly [string, typeof LitElement]>;

/** Every element trialkit/render can write, with its class (for its stylesheet). */
export const RENDERED_ELEMENTS: Readonly<Record<string, typeof LitElement>> = {
  'trial-study': TrialStudy,
  ...Object.fromEntries(Object.values(PART_ELEMENTS)),
};

export interface RenderOptions {
  /** The reader's language (BCP 47); default: the config's `defaultLocale`, else `en`. */
  lang?: string;
  /**
   * Which elements to render, in this order: `card`, `eligibility` (its start screen), `faq`,
   * `share`. Default: all four. Share buttons need the page's address (`url`, or the config's
   * `share.url`); without one, <trial-share> is left to the browser (it comes last, below the rest).
   */
  show?: readonly RenderPart[];
  /** Attribution code of the embedding site (the study's `ref`). */
  ref?: string;
  /** `light`, `dark` or `auto`. */
  theme?: 'light' | 'dark' | 'auto';
  /** The card's title level (1 for a study's own page); the pre-screener's title is one below, the FAQ's questions two. */
  headingLevel?: number;
  /**
   * Where trialkit's `dist/` folder is served from (a URL ending in `/`). With it, each shadow
   * root links its styles from `<assets>ssr/<element>.css` (a strict `style-src 'self'` allows
   * that); without it they are inline `<style>` elements.
   */
  assets?: string;
  /** The page's origin (`https://example.org`): a sponsor logo is shown only from the page's own site. */
  origin?: string;
  /** The page's address: shared links point to it when the config has no `share.url` (it is added there, in the inline config). */
  url?: string;
}

export interface PageOptions extends RenderOptions {
  /** Markup for the page's `<head>` after the charset and viewport (for example, a title and meta tags). Default: `renderHead` (title, description, Open Graph, Twitter card, MedicalTrial JSON-LD). */
  head?: string;
  /** Markup before and after the trial in `<body>` (the site's own header, footer…). */
  before?: string;
  after?: string;
  /** URL of trialkit.js; default `<assets>trialkit.js`. Without `assets` or `script`, the page has no script (it reads with JavaScript off, and stays so). */
  script?: string;
}

/** Thrown when the config cannot be rendered: `problems` names every bad field by path. */
export class RenderError extends Error {
  constructor(readonly problems: Problem[]) {
    super(`The trial config cannot be rendered:\n${problems.map((p) => `  • ${p.path || '(config)'}: ${p.message}`).join('\n')}`);
    this.name = 'RenderError';
  }
}

/** Each element's styles as one stylesheet (what `assets` links to: write them to `dist/ssr/<element>.css`). */
export function elementStylesheets(): Record<string, string> {
  return Object.fromEntries(Object.entries(RENDERED_ELEMENTS).map(([tag, element]) => [tag, stylesOf(element, tag)]));
}

/** Styles an element adopts in the browser besides its own (from its chunks: the FAQ answers'). */
const EXTRA_STYLES: Record<string, CSSResult[]> = { 'trial-faq': [answerStyles] };

function stylesOf(element: typeof LitElement, tag: string): string {
  const finalized = element as unknown as { finalize(): void; elementStyles: CSSResultOrNative[] };
  finalized.finalize();
  return [...finalized.elementStyles, ...(EXTRA_STYLES[tag] ?? [])].map((style) => (style as CSSResult).cssText.trim()).join('\n');
}

/**
 * Lit's element renderer with trialkit's styles (the FAQ answers' too), inline or linked from
 * `assets`; elements named in `clientOnly` get no shadow root (the browser renders them).
 */
function rendererFor(assets: string | undefined, clientOnly: ReadonlySet<string>): typeof LitElementRenderer {
  return class TrialkitRenderer extends LitElementRenderer {
    override renderShadow(renderInfo: RenderInfo) {
      if (clientOnly.has(this.tagName)) return undefined;
      const result = super.renderShadow(renderInfo) as unknown[] | undefined;
      const element = RENDERED_ELEMENTS[this.tagName];
      if (!result || !element) return result as undefined;
      // Lit gives [ '<style>', ...cssText, '</style>', template ]: keep the template, write the styles.
      const template = result[result.length - 1];
      const styles =
        assets === undefined
          ? `<style>${stylesOf(element, this.tagName)}</style>`
          : `<link rel="stylesheet" href="${escapeHtml(`${assets}ssr/${this.tagName}.css`)}">`;
      return [styles, template] as ReturnType<LitElementRenderer['renderShadow']>;
    }
  };
}

/** The config inline, safe inside <script> (every `<`, `>` and `&` escaped, which JSON reads back as they were). */
export const inlineConfigJson = jsonForScript;

export { medicalTrialJsonLd, renderHead, type HeadOptions } from './head.js';

/**
 * Validates `config` and renders `<trial-study>` with the chosen elements in declarative shadow
 * DOM, the config inline. Resolves to the HTML; rejects with a RenderError if the config is not valid.
 */
export async function renderTrial(input: unknown, options: RenderOptions = {}): Promise<string> {
  return renderChecked(checked(input, options.url), options);
}

interface Checked {
  /** What goes inline (the input, with the page's address as `share.url` when it has none). */
  config: unknown;
  /** The same, validated. */
  valid: TrialConfig;
}

/** Validates the config once for the elements, the inline copy and the head; a RenderError names every problem. */
function checked(input: unknown, url: string | undefined): Checked {
  const config = withPageUrl(input, url);
  const result = validateConfig(config);
  if (!result.ok) throw new RenderError(result.problems);
  return { config, valid: result.config };
}

async function renderChecked({ config, valid }: Checked, options: RenderOptions): Promise<string> {
  const lang = options.lang ?? valid.defaultLocale ?? 'en';
  await loadLanguage(uiLanguage(lang));
  await prepareServerGlossary(valid, lang);
  const show = options.show ?? RENDER_PARTS;
  const context: ServerRender = {
    study: { state: { status: 'ready', config: valid }, ...(options.ref ? { ref: options.ref } : {}), ...(options.theme ? { theme: options.theme } : {}) },
    lang,
    ...(options.origin ? { origin: options.origin } : {}),
  };
  // The card's findings section is a chunk in the browser (which waits for it before rendering): load it first here.
  if (show.includes('card') && (valid.findings !== undefined || studyHasEnded(valid.status))) {
    context.renderFindings = (await import('../elements/trial-card/findings-section.js')).renderFindings;
  }
  // The FAQ's answers are a chunk in the browser too; a server-rendered FAQ holds them (the browser waits for them before taking over).
  if (show.includes('faq')) await loadFaqAnswers();
  const clientOnly = new Set<string>();
  if (show.includes('share')) {
    // Without an address to share, the links wait for the browser's.
    if (!valid.share?.url) clientOnly.add('trial-share');
  }
  const level = options.headingLevel;
  const levels: Record<RenderPart, number | undefined> = {
    card: level,
    eligibility: level && Math.min(6, level + 1),
    faq: level && Math.min(6, level + 2),
    share: undefined,
  };
  const parts = show.map((part) => {
    const heading = levels[part];
    // `defer-hydration`: the study lets each element take over once it has validated the inline config.
    switch (part) {
      case 'card':
        return html`<trial-card defer-hydration heading-level=${heading ?? nothing}></trial-card>`;
      case 'eligibility':
        return html`<trial-eligibility defer-hydration heading-level=${heading ?? nothing}></trial-eligibility>`;
      case 'faq':
        return html`<trial-faq defer-hydration heading-level=${heading ?? nothing}></trial-faq>`;
      case 'share':
        return clientOnly.has('trial-share') ? html`<trial-share></trial-share>` : html`<trial-share defer-hydration></trial-share>`;
    }
  });
  const script = `<script type="application/json">${inlineConfigJson(config)}</script>`;
  const template = html`<trial-study server-rendered lang=${lang} ref=${options.ref ?? nothing} theme=${options.theme ?? nothing}
    >${unsafeHTML(script)}${parts}</trial-study
  >`;
  return withServerRender(context, () => collectResultSync(render(template, { elementRenderers: [rendererFor(options.assets, clientOnly)] })));
}

/** The config with `share.url` set to the page's address, when it has none (so the server and the browser share the same link). */
function withPageUrl(config: unknown, url: string | undefined): unknown {
  if (!url || !config || typeof config !== 'object') return config;
  const { share } = config as { share?: { url?: unknown } };
  if (share && typeof share === 'object' && share.url !== undefined) return config;
  return { ...config, share: { ...(share && typeof share === 'object' ? share : {}), url } };
}

/** A whole HTML page for one trial: for a study's own page, or a static site. */
export async function renderTrialPage(config: unknown, options: PageOptions = {}): Promise<string> {
  const study = checked(config, options.url);
  const body = await renderChecked(study, options);
  const trial = study.valid;
  const lang = options.lang ?? trial.defaultLocale ?? 'en';
  const script = options.script ?? (options.assets !== undefined ? `${options.assets}trialkit.js` : undefined);
  // By default the study's own head: title, description, link previews and its MedicalTrial JSON-LD.
  const head = options.head ?? renderHead(trial, { lang, ...(options.url ? { url: options.url } : {}) });
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${isRightToLeft(uiLanguage(lang)) ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${head}
${script ? `<script type="module" src="${escapeHtml(script)}"></script>\n` : ''}</head>
<body>
${options.before ?? ''}${body}${options.after ?? ''}
</body>
</html>
`;
}
