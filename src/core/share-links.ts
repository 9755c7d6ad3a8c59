/**
 * Share links: one pure function per network that turns what is shared into the network's own
 * "share intent" address. Nothing here touches the DOM or the network: a share button is a plain
 * link, and only the person's click ever leaves the page.
 *
 * Formats (checked against each network's documentation):
 * - X: `https://x.com/intent/tweet?text&url&hashtags`; a link always counts as 23 characters.
 * - Bluesky: `https://bsky.app/intent/compose?text`; 300 graphemes per post.
 * - Threads: `https://www.threads.net/intent/post?text&url`.
 * - Telegram: `https://t.me/share/url?url&text`.
 * - Mastodon: `https://<server>/share?text` on the person's own server (links count as 23).
 * - Email and SMS: RFC 6068 `mailto:` (CRLF line breaks) and RFC 5724 `sms:`.
 */
import { isWebUrl } from './safe-url.js';

/** Networks with a share link, in the order they are offered. */
export const SHARE_NETWORKS = [
  'email',
  'sms',
  'whatsapp',
  'facebook',
  'x',
  'linkedin',
  'reddit',
  'telegram',
  'bluesky',
  'threads',
  'mastodon',
  'pinterest',
] as const;
export type ShareNetwork = (typeof SHARE_NETWORKS)[number];

/** What is shared. `text` falls back to `title`. */
export interface ShareContent {
  url: string;
  title?: string;
  text?: string;
  /** Without "#". */
  hashtags?: readonly string[];
}

export interface ShareOptions {
  /** The person's Mastodon server, such as `mastodon.social` (needed for `mastodon`). */
  instance?: string;
}

/** How many characters a link counts for on X and Mastodon, whatever its length. */
export const LINK_WEIGHT = 23;

const enc = encodeURIComponent;
let segmenter: Intl.Segmenter | undefined;

/**
 * Characters that are each a grapheme of their own, whatever follows them (Unicode's cluster rules:
 * no combining mark, joiner, variation selector, emoji, regional indicator or Hangul jamo), CR
 * aside: Latin with its accented letters written as one character, common punctuation, and CJK
 * ideographs with their punctuation and full-width forms. A text of only these needs no
 * Intl.Segmenter, whose first use loads the break data: 12-24 ms at CPU x1, 50-100 ms at a phone's
 * speed, when the share buttons first render.
 */
// eslint-disable-next-line no-control-regex -- control characters are graphemes of their own
const ONE_PER_CHARACTER = /^[\u0000-\u02ff\u2010-\u2027\u3000-\u3029\u4e00-\u9fff\uff01-\uff5e]*$/;

/** User-perceived characters (an emoji with modifiers is one). */
export function graphemes(text: string): string[] {
  if (ONE_PER_CHARACTER.test(text)) return text.split(/(?<=[^\r]|\r(?!\n))/).filter(Boolean);
  segmenter ??= new Intl.Segmenter();
  return Array.from(segmenter.segment(text), (s) => s.segment);
}

/**
 * X's weighted length of one grapheme: Latin, Greek, Cyrillic, Hebrew, Arabic and the like count 1;
 * CJK, emoji and everything else count 2 (twitter-text's "weighted ranges").
 */
function xWeight(grapheme: string): number {
  const c = grapheme.codePointAt(0) ?? 0;
  const light = c <= 0x10ff || (c >= 0x2000 && c <= 0x200d) || (c >= 0x2010 && c <= 0x201f) || (c >= 0x2032 && c <= 0x2037);
  return light && !/\p{Emoji_Presentation}|\uFE0F/u.test(grapheme) ? 1 : 2;
}

const plainWeight = () => 1;

/** Weighted length of a text, as X counts it (`xWeight`) or as graphemes. */
export function weightedLength(text: string, weigh: (grapheme: string) => number = plainWeight): number {
  return graphemes(text).reduce((sum, g) => sum + weigh(g), 0);
}

/**
 * Cuts `text` so that it weighs at most `budget`, at a word boundary in its second half when there
 * is one, and marks the cut with "…". Line breaks are kept.
 */
export function fitText(text: string, budget: number, weigh: (grapheme: string) => number = plainWeight): string {
  const parts = graphemes(text);
  let total = parts.reduce((sum, g) => sum + weigh(g), 0);
  if (total <= budget) return text;
  if (budget < 1) return '';
  // Leave room for the ellipsis (weight 1).
  while (parts.length && total > budget - 1) total -= weigh(parts.pop()!);
  const cut = parts.join('');
  const space = cut.search(/\s\S*$/);
  const words = space > cut.length / 2 ? cut.slice(0, space) : cut;
  return `${words.trimEnd()}…`;
}

const joinLines = (...lines: string[]) => lines.filter(Boolean).join('\n');

/** A post whose text holds the link: text (cut to fit `limit`), hashtags, then the link (counted as `linkWeight`). */
const post = (text: string, tags: string, url: string, limit: number, linkWeight: number) =>
  joinLines(fitText(text, limit - linkWeight - 1 - (tags ? weightedLength(tags) + 1 : 0)), tags, url);

/**
 * The share link for one network. Every value is URI-encoded. Throws only for `mastodon` without a
 * server name in `instance` (the element asks the person first).
 */
export function buildShareUrl(network: ShareNetwork, content: ShareContent, options: ShareOptions = {}): string {
  const { url } = content;
  const title = content.title ?? '';
  const text = content.text || title;
  const hashtags = content.hashtags ?? [];
  const tags = hashtags.map((tag) => `#${tag}`).join(' ');
  switch (network) {
    case 'email': {
      // A blank line between the message and the link; RFC 6068 wants CRLF line breaks.
      const body = `${text}\n\n${url}`.replace(/\r?\n/g, '\r\n');
      return `mailto:?subject=${enc(title || text)}&body=${enc(body)}`;
    }
    case 'sms':
      return `sms:?&body=${enc(joinLines(text, url))}`;
    case 'whatsapp':
      return `https://wa.me/?text=${enc(joinLines(text, url))}`;
    case 'facebook':
      return `https://www.facebook.com/sharer/sharer.php?u=${enc(url)}`;
    case 'x': {
      // X appends " <link>" and " #tag" for each hashtag to the text.
      const reserved = 1 + LINK_WEIGHT + hashtags.reduce((sum, tag) => sum + 2 + weightedLength(tag, xWeight), 0);
      const fitted = fitText(text, 280 - reserved, xWeight);
      return `https://x.com/intent/tweet?text=${enc(fitted)}&url=${enc(url)}${hashtags.length ? `&hashtags=${enc(hashtags.join(','))}` : ''}`;
    }
    case 'linkedin':
      return `https://www.linkedin.com/sharing/share-offsite/?url=${enc(url)}`;
    case 'reddit':
      return `https://www.reddit.com/submit?url=${enc(url)}&title=${enc(title || text)}`;
    case 'telegram':
      return `https://t.me/share/url?url=${enc(url)}&text=${enc(text)}`;
    case 'bluesky':
      // The link counts in full on Bluesky.
      return `https://bsky.app/intent/compose?text=${enc(post(text, tags, url, 300, weightedLength(url)))}`;
    case 'threads':
      return `https://www.threads.net/intent/post?text=${enc(fitText(text, 499 - weightedLength(url)))}&url=${enc(url)}`;
    case 'mastodon': {
      // A bare host name (normalizeInstance turns what a person typed into one).
      const instance = options.instance ?? '';
      if (!/^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}$/i.test(instance)) throw new Error(`Mastodon: "${instance}" is not a server name such as "mastodon.social".`);
      return `https://${instance}/share?text=${enc(post(text, tags, url, 500, LINK_WEIGHT))}`;
    }
    case 'pinterest':
      return `https://www.pinterest.com/pin/create/button/?url=${enc(url)}&description=${enc(text)}`;
  }
}

/**
 * A share link from a site owner's template (`{url}`, `{title}`, `{text}` are filled in,
 * URI-encoded), such as a patient forum's "new post" page. Undefined unless the result is https.
 */
export function buildCustomShareUrl(template: string, content: ShareContent): string | undefined {
  const placeholders = /\{(url|title|text)\}/g;
  const probe = template.replace(placeholders, 'x');
  if (!isWebUrl(probe)) return undefined;
  const values: Record<string, string> = { url: content.url, title: content.title ?? '', text: content.text || content.title || '' };
  const href = template.replace(placeholders, (_, name: string) => enc(values[name]!));
  // Values fill the path, query or fragment only: they must not change which site the link opens.
  return isWebUrl(href) && new URL(href).host === new URL(probe).host ? href : undefined;
}

/** Attribution added to a shared link: where it was shared, how, for which study and from which site. */
export interface Attribution {
  /** `utm_source`: the network (`whatsapp`, `qr`, a custom target id…). */
  source: string;
  /** `utm_medium`: `social`, or `print` for the QR code. */
  medium: string;
  /** `utm_campaign`: the trial id. */
  campaign: string;
  /** `ref`: the embedding site's attribution code. */
  ref?: string;
}

export const ATTRIBUTION_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'ref'] as const;

function splitUrl(url: string) {
  const hashAt = url.indexOf('#');
  const base = hashAt < 0 ? url : url.slice(0, hashAt);
  const queryAt = base.indexOf('?');
  return { base, hash: hashAt < 0 ? '' : url.slice(hashAt), query: queryAt < 0 ? '' : base.slice(queryAt + 1) };
}

/**
 * Adds `utm_source`, `utm_medium`, `utm_campaign` and `ref` to a link, keeping its query string
 * and fragment exactly as they are. A parameter the link already sets is left alone.
 */
export function withAttribution(url: string, attribution: Attribution): string {
  const { base, hash, query } = splitUrl(url);
  const existing = new URLSearchParams(query);
  const values = [attribution.source, attribution.medium, attribution.campaign, attribution.ref];
  const added = ATTRIBUTION_PARAMS.flatMap((name, i) => (values[i] && !existing.has(name) ? [`${name}=${enc(values[i]!)}`] : []));
  if (!added.length) return url;
  const joiner = !base.includes('?') ? '?' : /[?&]$/.test(base) ? '' : '&';
  return `${base}${joiner}${added.join('&')}${hash}`;
}

/**
 * A page's own address, ready to share: without its fragment, and without attribution parameters
 * it arrived with (a visitor who came from Facebook must not share a link that says "facebook").
 */
export function pageShareUrl(href: string): string {
  const { base, query } = splitUrl(href);
  if (!query) return base;
  const kept = query
    .split('&')
    .filter((pair) => pair && !(ATTRIBUTION_PARAMS as readonly string[]).includes(decodeURIComponent(pair.split('=')[0]!.replace(/\+/g, ' '))));
  const path = base.slice(0, base.indexOf('?'));
  return kept.length ? `${path}?${kept.join('&')}` : path;
}
