/**
 * The head of a study's own page: `<title>`, the description, Open Graph and Twitter card tags for
 * link previews, and schema.org `MedicalTrial` JSON-LD for search engines. Pure and DOM-free (no
 * lit), so it runs in Node for `trialkit render --head` and in any static-site generator.
 *
 * Everything it says comes from the config, in one language; nothing is invented: no URL that the
 * caller or the config did not give, no trial design the config does not state.
 */
import type { TrialStatus } from '../core/constants.js';
import { LANG_TAG, resolveTextWithLang, sameLanguage, type LocalizedText } from '../core/localize.js';
import { cityLevelPoints } from '../core/locations.js';
import { registryLinks } from '../core/registry-links.js';
import { REWRITE_MARKER, carriesRewriteMarker } from '../core/rewrite-marker.js';
import { isWebUrl, safeHref } from '../core/safe-url.js';
import type { TrialConfig, TrialLocation } from '../core/schema.js';
import { placeTakesVolunteers } from '../core/study-status.js';

export interface HeadOptions {
  /** The page's own address (https, or http://localhost for development). Else `share.url`; else no URL at all. */
  url?: string;
  /** The language to write the head in (BCP 47). Else the config's `defaultLocale`, else English. */
  lang?: string;
}

/**
 * MedicalStudyStatus members (https://schema.org/MedicalStudyStatus), one for each config status;
 * the names match ClinicalTrials.gov's vocabulary, as the config's do.
 */
const STUDY_STATUS: Record<TrialStatus, string> = {
  not_yet_recruiting: 'https://schema.org/NotYetRecruiting',
  recruiting: 'https://schema.org/Recruiting',
  enrolling_by_invitation: 'https://schema.org/EnrollingByInvitation',
  active_not_recruiting: 'https://schema.org/ActiveNotRecruiting',
  suspended: 'https://schema.org/Suspended',
  terminated: 'https://schema.org/Terminated',
  completed: 'https://schema.org/Completed',
  withdrawn: 'https://schema.org/Withdrawn',
};

/**
 * At most this many places go into `studyLocation`. The demo trial with 1,148 places (659 taking
 * volunteers) would otherwise put 167 KB into every page's head, 11 times the 15 KB it has with
 * 50. A phone downloads the head before it can show the page, and search engines do not read lists
 * that long; the page itself and the registry listing (`sameAs`) carry every place.
 */
export const MAX_STUDY_LOCATIONS = 50;

/** Descriptions longer than this (in Latin-letter widths) are cut at a word for previews: search results show about 155–160. */
export const DESCRIPTION_WIDTH = 160;

/**
 * The JSON-LD object (schema.org `MedicalTrial`) of a study, for a page's
 * `<script type="application/ld+json">`. `phase` is not given: schema.org removed that property in
 * version 7.0 (2020, issue #2448), so validators report it as unknown.
 */
export function medicalTrialJsonLd(config: TrialConfig, options: HeadOptions = {}): Record<string, unknown> {
  return headParts(config, options).jsonLd;
}

/** The head HTML of a study's own page, one tag per line, ready to paste into `<head>`. */
export function renderHead(config: TrialConfig, options: HeadOptions = {}): string {
  const { title, description, url, locale, image, jsonLd } = headParts(config, options);
  const preview = previewText(description, locale.tag);
  const lines = [`<title>${escapeHtml(oneLine(title))}</title>`];
  const meta = (key: 'name' | 'property', name: string, content: string | undefined) => {
    if (content) lines.push(`<meta ${key}="${name}" content="${escapeHtml(content)}">`);
  };
  meta('name', 'description', preview);
  meta('property', 'og:type', 'website');
  meta('property', 'og:title', oneLine(title));
  meta('property', 'og:description', preview);
  meta('property', 'og:url', url);
  meta('property', 'og:locale', locale.og);
  if (image) {
    meta('property', 'og:image', image.src);
    meta('property', 'og:image:alt', oneLine(image.alt));
  }
  meta('name', 'twitter:card', 'summary');
  if (image) meta('name', 'twitter:image:alt', oneLine(image.alt));
  lines.push(`<script type="application/ld+json">${jsonForScript(jsonLd)}</script>`);
  return `${lines.join('\n')}\n`;
}

/**
 * JSON for the inside of a `<script>` element: `<`, `>` and `&` as `\u003c`, `\u003e`, `\u0026`, so
 * no text can write `</script>` or `<!--`; U+2028 and U+2029 escaped too, for older JavaScript
 * parsers. Those characters occur only inside JSON strings, where the escapes mean the same.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Text for an attribute value or an element's text: the five characters HTML gives meaning to. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": '#39' }[char]};`);
}

/**
 * A description for link previews: whole when it fits in `width`, else cut after the last whole
 * word that fits, with "…". Wide characters (Chinese, Japanese, Korean) count twice, as search
 * results measure width, not letters. Words come from Intl.Segmenter, so Chinese is cut between
 * words and nothing is ever cut inside a surrogate pair or a letter with its accents.
 */
export function previewText(text: string, lang: string, width = DESCRIPTION_WIDTH): string {
  const whole = oneLine(text);
  if (widthOf(whole) <= width) return whole;
  const room = width - 1; // the "…"
  let kept = '';
  for (const piece of pieces(whole, lang, 'word')) {
    if (widthOf(kept + piece) > room) break;
    kept += piece;
  }
  // One word longer than the whole room (a web address, a long compound): cut between letters instead.
  if (!kept.trim()) {
    for (const piece of pieces(whole, lang, 'grapheme')) {
      if (widthOf(kept + piece) > room) break;
      kept += piece;
    }
  }
  return `${kept.replace(/[\s\p{P}]+$/u, '')}…`;
}

// ---------------------------------------------------------------------------------------------

interface HeadParts {
  title: string;
  description: string;
  url: string | undefined;
  locale: { tag: string; og: string | undefined };
  image: { src: string; alt: string } | undefined;
  jsonLd: Record<string, unknown>;
}

function headParts(config: TrialConfig, options: HeadOptions): HeadParts {
  const url = pageUrl(config, options);
  if (options.lang !== undefined && !LANG_TAG.test(options.lang)) {
    throw new Error(`The language (--lang / options.lang) "${options.lang}" is not a language tag. Use one such as "en", "es" or "pt-BR".`);
  }
  refuseDrafts(config);
  const defaultLocale = typeof config.defaultLocale === 'string' && LANG_TAG.test(config.defaultLocale) ? config.defaultLocale : 'en';
  const wanted = options.lang ?? defaultLocale;
  const pick = (text: LocalizedText | undefined) => resolveTextWithLang(text, wanted, defaultLocale).text;
  const resolvedTitle = resolveTextWithLang(config.title, wanted, defaultLocale);
  // The language the page's texts are really in: the title's, after any fallback; the asked-for tag
  // when it is that language, as it may be more precise (`es-MX` served the config's `es`).
  const served = resolvedTitle.lang && LANG_TAG.test(resolvedTitle.lang) ? resolvedTitle.lang : defaultLocale;
  const tag = sameLanguage(wanted, served) ? wanted : served;
  const title = resolvedTitle.text;
  const description = pick(config.summary);

  const logo = config.sponsor?.logo;
  const logoSrc = safeHref(logo?.src);
  const image = logoSrc ? { src: logoSrc, alt: pick(logo?.alt) } : undefined;

  const jsonLd: Record<string, unknown> = { '@context': 'https://schema.org', '@type': 'MedicalTrial', name: title };
  const officialTitle = pick(config.officialTitle);
  if (officialTitle && officialTitle !== title) jsonLd.alternateName = officialTitle;
  if (description) jsonLd.description = description;
  if (url) jsonLd.url = url;
  // schema.org's inLanguage belongs to pages and other creative works, not to a MedicalTrial: say it of the page.
  jsonLd.mainEntityOfPage = { '@type': 'WebPage', ...(url ? { '@id': url, url } : {}), inLanguage: tag };
  const registry = wellFormedIds(config.registry);
  const identifiers = identifiersOf(registry);
  if (identifiers.length) jsonLd.identifier = identifiers.length === 1 ? identifiers[0] : identifiers;
  const listings = registryLinks(registry, () => '')
    .map(([href]) => href)
    .filter((href) => href !== url);
  if (listings.length) jsonLd.sameAs = listings.length === 1 ? listings[0] : listings;
  if (Object.hasOwn(STUDY_STATUS, config.status)) jsonLd.status = STUDY_STATUS[config.status];
  const conditions = (config.conditions ?? []).map(pick).filter(Boolean);
  if (conditions.length) jsonLd.healthCondition = conditions.map((name) => ({ '@type': 'MedicalCondition', name }));
  const sponsorName = pick(config.sponsor?.name);
  if (sponsorName) {
    const sponsorUrl = safeHref(config.sponsor?.url);
    jsonLd.sponsor = { '@type': 'Organization', name: sponsorName, ...(sponsorUrl ? { url: sponsorUrl } : {}), ...(logoSrc ? { logo: logoSrc } : {}) };
  }
  const places = studyLocations(config.locations ?? [], config.status, pick);
  if (places.length) jsonLd.studyLocation = places;
  const design = trialDesign(config.locations ?? []);
  if (design.length) jsonLd.trialDesign = design.length === 1 ? design[0] : design;

  return { title, description, url, locale: { tag, og: openGraphLocale(tag) }, image, jsonLd };
}

/** `--url`, checked (a bad one is the caller's mistake, so it is an error); else the config's share URL when it is safe; else none. */
function pageUrl(config: TrialConfig, options: HeadOptions): string | undefined {
  if (options.url !== undefined) {
    if (!isWebUrl(options.url)) {
      throw new Error(
        `The page address (--url / options.url) "${options.url}" is not an https:// address. Give the full https:// address of the study's page (http://localhost is accepted for development only).`,
      );
    }
    return options.url.trim();
  }
  return safeHref(config.share?.url);
}

/** Imported registry wording not yet rewritten for patients must not reach a search result or a preview. */
function refuseDrafts(config: TrialConfig) {
  const texts: [string, LocalizedText | undefined][] = [
    ['title', config.title],
    ['summary', config.summary],
    ['officialTitle', config.officialTitle],
    ['sponsor.name', config.sponsor?.name],
    ['sponsor.logo.alt', config.sponsor?.logo?.alt],
    ...(config.conditions ?? []).map((text, index): [string, LocalizedText] => [`conditions[${index}]`, text]),
    ...(config.locations ?? []).map((place, index): [string, LocalizedText] => [`locations[${index}].name`, place.name]),
  ];
  const drafts = texts.filter(([, text]) => carriesRewriteMarker(text)).map(([path]) => path);
  if (drafts.length) {
    throw new Error(`These texts still carry ${REWRITE_MARKER} and must be rewritten for patients before the page is published: ${drafts.join(', ')}.`);
  }
}

/** Only registry numbers of the schema's forms, as they go into URLs unencoded (a config can be changed after validation). */
function wellFormedIds(registry: TrialConfig['registry']): TrialConfig['registry'] {
  if (!registry) return undefined;
  const ok = (value: unknown, form: RegExp) => (typeof value === 'string' && form.test(value) ? value : undefined);
  return {
    nctId: ok(registry.nctId, /^NCT\d{8}$/),
    euCtNumber: ok(registry.euCtNumber, /^\d{4}-\d{6}-\d{2}(-\d{2})?$/),
    isrctn: ok(registry.isrctn, /^(ISRCTN)?\d{8}$/),
    url: safeHref(registry.url),
  };
}

function identifiersOf(registry: TrialConfig['registry']): Record<string, string>[] {
  const links = registryLinks(registry, () => '').map(([href]) => href);
  const linkTo = (site: string) => links.find((href) => href.startsWith(site));
  const ids: Record<string, string>[] = [];
  const add = (propertyID: string, value: string | undefined, url: string | undefined) => {
    if (value) ids.push({ '@type': 'PropertyValue', propertyID, value, ...(url ? { url } : {}) });
  };
  add('NCT Number', registry?.nctId, linkTo('https://clinicaltrials.gov/'));
  add('EU CT number', registry?.euCtNumber, linkTo('https://euclinicaltrials.eu/'));
  const isrctn = registry?.isrctn && (registry.isrctn.startsWith('ISRCTN') ? registry.isrctn : `ISRCTN${registry.isrctn}`);
  add('ISRCTN', isrctn, linkTo('https://www.isrctn.com/'));
  return ids;
}

/**
 * Where the study takes place. While it takes volunteers, only places that do (a place not taking
 * volunteers is never presented as one to join); once it has closed, the places where it ran. At
 * most MAX_STUDY_LOCATIONS, taken in turn from each country and region so a long list still shows
 * how far the study reaches. A point is given only when it is the place's own: ClinicalTrials.gov
 * gives every site its city's centre, which would claim a precision the data does not have.
 */
function studyLocations(locations: readonly TrialLocation[], status: TrialStatus, pick: (text: LocalizedText | undefined) => string) {
  const taking = locations.filter((place) => placeTakesVolunteers(place, status));
  const chosen = roundRobin(taking.length ? taking : locations, MAX_STUDY_LOCATIONS);
  const cityLevel = cityLevelPoints(locations);
  return chosen.map((place) => {
    const address: Record<string, string> = { '@type': 'PostalAddress' };
    if (place.city) address.addressLocality = place.city;
    if (place.region) address.addressRegion = place.region;
    if (place.postalCode) address.postalCode = place.postalCode;
    if (place.country) address.addressCountry = place.country;
    const entry: Record<string, unknown> = { '@type': 'Place', name: pick(place.name), address };
    const geo = place.geo;
    if (geo && Number.isFinite(geo.lat) && Number.isFinite(geo.lon) && !cityLevel.has(`${geo.lat},${geo.lon}`)) {
      entry.geo = { '@type': 'GeoCoordinates', latitude: geo.lat, longitude: geo.lon };
    }
    return entry;
  });
}

/** Up to `limit` places, one from each country-and-region in turn, each group in the config's order. */
function roundRobin(places: readonly TrialLocation[], limit: number): TrialLocation[] {
  if (places.length <= limit) return [...places];
  const groups = new Map<string, TrialLocation[]>();
  for (const place of places) {
    const key = `${place.country}\u0000${place.region ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(place);
    else groups.set(key, [place]);
  }
  const chosen: TrialLocation[] = [];
  for (let round = 0; chosen.length < limit; round++) {
    for (const group of groups.values()) {
      if (chosen.length === limit) break;
      const place = group[round];
      if (place) chosen.push(place);
    }
  }
  return chosen;
}

/**
 * Only what the config states: more than one place is a multi-centre trial, more than one country
 * an international one. Blinding, randomisation and placebo are written as plain sentences for
 * patients, not as facts a machine can read, so they are left out rather than guessed.
 */
function trialDesign(locations: readonly TrialLocation[]): string[] {
  const design: string[] = [];
  if (locations.length > 1) design.push('https://schema.org/MultiCenterTrial');
  if (new Set(locations.map((place) => place.country?.trim().toLowerCase()).filter(Boolean)).size > 1) design.push('https://schema.org/InternationalTrial');
  return design;
}

/** Open Graph's `language_TERRITORY` (`es_MX`), the territory implied by CLDR when the tag has none (`es` → `es_ES`). */
export function openGraphLocale(tag: string): string | undefined {
  try {
    const locale = new Intl.Locale(tag);
    const region = locale.region ?? locale.maximize().region;
    return region ? `${locale.language}_${region}` : locale.language;
  } catch {
    return undefined;
  }
}

/** Whitespace (newlines, tabs, runs of spaces) as single spaces, and lone surrogates as U+FFFD, for one-line tags. */
function oneLine(text: string): string {
  return text
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd')
    .replace(/\s+/g, ' ')
    .trim();
}

/** East Asian wide letters (Han, Kana, Hangul, fullwidth forms) take about two Latin letters' width. */
const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\ud840-\ud87f][\udc00-\udfff]/g;

function widthOf(text: string): number {
  const wide = text.match(WIDE)?.length ?? 0;
  return [...text].length + wide;
}

function pieces(text: string, lang: string, granularity: 'word' | 'grapheme'): string[] {
  if (typeof Intl.Segmenter === 'function') {
    try {
      return Array.from(new Intl.Segmenter(lang, { granularity }).segment(text), (part) => part.segment);
    } catch {
      // an odd tag: fall through
    }
  }
  // Without Intl.Segmenter: words and the spaces between them, or code points.
  return granularity === 'word' ? text.split(/(\s+)/) : [...text];
}
