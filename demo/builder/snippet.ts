/**
 * The snippet a site owner pastes: the script tag, then the markup, with the config inline (as
 * JSON a browser never runs) or pointing at a file. Pure, so it is unit-tested.
 */

export interface SnippetOptions {
  /** Absolute URL of dist/trialkit.js as the site will serve it. */
  bundleUrl: string;
  elements: string[];
  lang: string;
  theme: string;
  /** A CSS colour for --trial-color-accent, or '' for the default. */
  accent: string;
  networks: string;
  ref: string;
  delivery: 'inline' | 'file';
  fileUrl: string;
}

const DEFAULT_ACCENT = '#1d5fa8';

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that is safe inside <script type="application/json">: no "</script" or "<!--" can close it. */
export function inlineJson(config: unknown): string {
  return JSON.stringify(config, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function buildSnippet(config: unknown, options: SnippetOptions): string {
  const attributes = [
    options.delivery === 'file' ? `src="${attr(options.fileUrl)}"` : '',
    options.lang ? `lang="${attr(options.lang)}"` : '',
    options.theme && options.theme !== 'light' ? `theme="${attr(options.theme)}"` : '',
    options.ref ? `ref="${attr(options.ref)}"` : '',
  ].filter(Boolean);
  const open = `<trial-study${attributes.length ? ' ' + attributes.join(' ') : ''}>`;
  const children = options.elements.map((tag) => {
    const extra = tag === 'trial-share' && options.networks ? ` networks="${attr(options.networks)}"` : '';
    return `  <${tag}${extra}></${tag}>`;
  });
  const inline = options.delivery === 'inline' ? [`  <script type="application/json">\n${inlineJson(config).replace(/^/gm, '    ')}\n  </script>`] : [];
  const lines = [`<script type="module" src="${attr(options.bundleUrl)}"></script>`];
  if (options.accent && options.accent.toLowerCase() !== DEFAULT_ACCENT) {
    // A stylesheet rule rather than a style="" attribute, which strict Content-Security-Policies block.
    lines.push(`<style>\n  trial-study { --trial-color-accent: ${options.accent.replace(/[^#a-zA-Z0-9(),.% ]/g, '')}; }\n</style>`);
  }
  lines.push(open, ...inline, ...children, '</trial-study>');
  return lines.join('\n') + '\n';
}

/** WCAG contrast ratio of a #rrggbb colour against white (button text). */
export function contrastOnWhite(hex: string): number {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return 21;
  const channels = [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  const luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return 1.05 / (luminance + 0.05);
}
