/**
 * `trialkit render <config.json>`: the trial's elements server-rendered (trialkit/render), as a
 * `<trial-study>` fragment to paste into a page, or with `--page` a whole HTML page. The renderer
 * (lit and the elements) is imported only when this command runs.
 */
import type { PageOptions, RenderPart } from '../render/index.js';

export interface RenderFlags {
  lang?: string;
  show?: string;
  page?: boolean;
  assets?: string;
  ref?: string;
  theme?: string;
  url?: string;
  headingLevel?: string;
  head?: boolean;
}

export const RENDER_HELP = `  trialkit render <config.json> [--lang L] [--show card,eligibility,faq,share] [--page] [--assets URL] [-o FILE]
      Server-rendered HTML of the trial's elements (declarative shadow DOM, the config inline):
      it reads with JavaScript off, and trialkit.js takes it over in place (no flash, no shift).
      --show picks the elements, in that order (default: all four; the pre-screener shows its start screen).
      --page writes a whole page; --assets is where trialkit's dist/ folder is served from (its styles
      are then linked, for a strict Content-Security-Policy, and --page loads trialkit.js from there).
      --url is the page's address (shared links use it when the config has no share.url).
      --ref, --theme and --heading-level set those attributes.
  trialkit render --head <config.json> [--url URL] [--lang L]
      The study page's <head>: <title>, description, Open Graph and Twitter card tags, and
      schema.org MedicalTrial JSON-LD (a --page has it already). --url is the page's https address.
`;

/** Checks the flags and builds the renderer's options; a message says what is wrong. */
export function renderOptions(flags: RenderFlags, parts: readonly RenderPart[]): PageOptions | string {
  const options: PageOptions = {};
  if (flags.lang !== undefined) {
    if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(flags.lang)) return `--lang must be a language tag such as es or pt-BR; got "${flags.lang}".`;
    options.lang = flags.lang;
  }
  if (flags.show !== undefined) {
    const names = flags.show.split(/[\s,]+/).filter(Boolean);
    const unknown = names.filter((name) => !(parts as readonly string[]).includes(name));
    if (unknown.length || !names.length) return `--show takes ${parts.join(', ')} (comma-separated); got "${flags.show}".`;
    options.show = [...new Set(names)] as RenderPart[];
  }
  if (flags.theme !== undefined) {
    if (!['light', 'dark', 'auto'].includes(flags.theme)) return `--theme must be light, dark or auto; got "${flags.theme}".`;
    options.theme = flags.theme as 'light' | 'dark' | 'auto';
  }
  if (flags.headingLevel !== undefined) {
    const level = Number(flags.headingLevel);
    if (!Number.isInteger(level) || level < 1 || level > 6) return `--heading-level must be 1 to 6; got "${flags.headingLevel}".`;
    options.headingLevel = level;
  }
  if (flags.assets !== undefined) options.assets = flags.assets.endsWith('/') ? flags.assets : `${flags.assets}/`;
  if (flags.ref !== undefined) options.ref = flags.ref;
  if (flags.url !== undefined) {
    if (!/^https?:\/\//.test(flags.url)) return `--url must be the page's full address (https://…); got "${flags.url}".`;
    options.url = flags.url;
  }
  return options;
}
