/**
 * The snippet a site owner pastes: the script tag, then the markup, with the config inline (as
 * JSON a browser never runs) or pointing at a file. Pure, so it is unit-tested.
 */

export interface SnippetOptions {
  /** URL of dist/trialkit.js as the site will serve it (absolute, or root-relative on the site). */
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
  /** Set when the config is not ready for patients: the snippet then says it is a draft. */
  draft?: { mustFix: number };
}

export const DEFAULT_ACCENT = '#1d5fa8';

/** Where the snippet loads trialkit from unless the site owner says otherwise: their own site. */
export const DEFAULT_HOST = '/trialkit/dist/';

/** Inline configs above this many characters make the snippet unwieldy in a CMS: they go as a file. */
export const INLINE_LIMIT = 50_000;

/** Escapes text for an HTML attribute value in double quotes. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** JSON that is safe inside <script type="application/json">: no "</script" or "<!--" can close it. */
export function inlineJson(config: unknown): string {
  return JSON.stringify(config, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

/**
 * The address of trialkit.js from where the site owner hosts the dist/ folder: an https:// address,
 * a path on their own site ("/trialkit/dist/"), or http://localhost for a test. A full address of
 * trialkit.js is taken as it is. Anything else is an error message in plain words.
 */
export function bundleUrlFrom(host: string): { ok: true; url: string } | { ok: false; message: string } {
  const value = host.trim() || DEFAULT_HOST;
  const local = /^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?(\/|$)/i.test(value);
  if (!/^https:\/\/[^/\s]+/i.test(value) && !/^\/(?!\/)\S*$/.test(value) && !local) {
    return { ok: false, message: 'Write an address that starts with https:// or with / (a folder on your own site), such as /trialkit/dist/.' };
  }
  if (/["<>\s]/.test(value)) return { ok: false, message: 'The address cannot contain spaces, quotes or < >.' };
  if (/\.m?js$/i.test(value)) return { ok: true, url: value };
  return { ok: true, url: `${value.replace(/\/+$/, '')}/trialkit.js` };
}

/** The length of the config as it would sit inside the snippet. */
export function inlineSize(config: unknown): number {
  return inlineJson(config).length;
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
  const lines: string[] = [];
  if (options.draft) {
    const n = options.draft.mustFix;
    lines.push(
      `<!-- DRAFT: not ready for patients. ${n} must-fix finding${n === 1 ? '' : 's'} left. Fix ${n === 1 ? 'it' : 'them'} in the trialkit embed builder before you publish this. -->`,
    );
  }
  lines.push(`<script type="module" src="${attr(options.bundleUrl)}"></script>`);
  if (options.accent && options.accent.toLowerCase() !== DEFAULT_ACCENT) {
    // A stylesheet rule rather than a style="" attribute, which strict Content-Security-Policies block.
    lines.push(`<style>\n  trial-study { --trial-color-accent: ${options.accent.replace(/[^#a-zA-Z0-9(),.% ]/g, '')}; }\n</style>`);
  }
  lines.push(open, ...inline, ...children, '</trial-study>');
  return lines.join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Colour: the accent is the background of buttons with white text, and the colour of links.

function channels(hex: string): [number, number, number] | undefined {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return undefined;
  return [0, 2, 4].map((i) => parseInt(match[1]!.slice(i, i + 2), 16) / 255) as [number, number, number];
}

function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** WCAG contrast ratio of a #rrggbb colour against white (button text). */
export function contrastOnWhite(hex: string): number {
  const rgb = channels(hex);
  return rgb ? 1.05 / (luminance(rgb) + 0.05) : 21;
}

const toHex = (rgb: number[]) =>
  `#${rgb
    .map((c) =>
      Math.round(c * 255)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;

function toHsl([r, g, b]: [number, number, number]): [number, number, number] {
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const l = (max + min) / 2;
  if (max === min) return [0, 0, l];
  const d = max - min;
  const s = l > 0.5 ? d / (2 - max - min) : d / (max + min);
  const h = max === r ? (g - b) / d + (g < b ? 6 : 0) : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return [h / 6, s, l];
}

function fromHsl([h, s, l]: [number, number, number]): [number, number, number] {
  if (s === 0) return [l, l, l];
  const q = l < 0.5 ? l * (1 + s) : l + s - l * s;
  const p = 2 * l - q;
  const hue = (t: number) => {
    const u = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
    if (u < 1 / 6) return p + (q - p) * 6 * u;
    if (u < 1 / 2) return q;
    if (u < 2 / 3) return p + (q - p) * (2 / 3 - u) * 6;
    return p;
  };
  return [hue(h + 1 / 3), hue(h), hue(h - 1 / 3)];
}

/**
 * The colour closest to `hex` that white text can sit on at `minRatio` (WCAG AA, 4.5 to 1): the same
 * hue and saturation, darkened only as far as needed. A colour that already passes is returned as it is.
 */
export function nearestPassingColour(hex: string, minRatio = 4.5): string {
  const rgb = channels(hex);
  if (!rgb) return DEFAULT_ACCENT;
  if (contrastOnWhite(hex) >= minRatio) return toHex(rgb);
  const [h, s, l] = toHsl(rgb);
  for (let lightness = l; lightness >= 0; lightness -= 0.0025) {
    const candidate = toHex(fromHsl([h, s, lightness]));
    if (contrastOnWhite(candidate) >= minRatio) return candidate;
  }
  return '#000000';
}
