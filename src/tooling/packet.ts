/**
 * The IRB / ethics-board review packet: one printable, self-contained HTML page with every
 * patient-facing text the elements can show, every language side by side, the config's id,
 * content hash and date, and the lint findings. Inline CSS, no scripts, no external requests;
 * every string is HTML-escaped.
 *
 * Pure (string in, string out): the caller passes the hash, the date, the lint result and the
 * built-in string catalogs, so the same config gives the same page.
 */
import { resolveTextWithLang, matchLanguage, type LocalizedText } from '../core/localize.js';
import type { LintResult } from './lint.js';
import { configLanguages, defaultLocaleOf, PARTICIPATION_FIELDS } from '../core/patient-texts.js';
import type { Condition, TrialConfig } from '../core/schema.js';
import type { LanguageCatalog, Message } from '../i18n/types.js';
import { buildFaq, type FaqBlock } from '../core/faq-topics.js';
import { translatorFor, type Translate } from '../i18n/translate.js';
import { ageText } from '../core/ages.js';
import { orderPlaces } from '../core/locations.js';
import { enrolmentMode, type EnrolmentMode } from '../core/study-status.js';

export interface PacketOptions {
  /** Content hash of the config (see canonical.ts). */
  hash: string;
  /** Date the packet was made, YYYY-MM-DD. */
  date: string;
  /** Lint findings to list. */
  lint: LintResult;
  /** Built-in UI strings by language (at least `en`). */
  catalogs: Readonly<Record<string, LanguageCatalog>>;
  /** trialkit version, for the footer. */
  version?: string;
}

/** One cell: the text in one language, or a fallback from another language, marked as such. */
interface Cell {
  text: string;
  /** The language the text is really in, when it is a fallback. */
  fallbackFrom?: string;
}

/** One row of a section: a label, the config path it comes from, and a cell per language. */
export interface PacketRow {
  label: string;
  path?: string;
  cells: Record<string, Cell>;
}

export interface PacketSection {
  id: string;
  title: string;
  intro?: string;
  rows: PacketRow[];
}

// ---------------------------------------------------------------------------------------------
// Escaping and formatting

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
/** Escapes text for HTML content and attribute values. */
export const escapeHtml = (value: unknown): string => String(value ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);

function formatMessage(message: Message | undefined, lang: string, params: Record<string, string | number> = {}): string {
  if (message === undefined) return '';
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count ?? 0);
    const category = count === 0 && message.zero ? 'zero' : new Intl.PluralRules(lang).select(count);
    text = (message as Record<string, string | undefined>)[category] ?? message.other;
  }
  const numbers = new Intl.NumberFormat(lang);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numbers.format(value) : value;
  });
}

/** Every plural form of a built-in message, for review ("one: … / other: …"). */
function allForms(message: Message): string {
  if (typeof message === 'string') return message;
  return Object.entries(message)
    .filter(([, text]) => text)
    .map(([form, text]) => `${form}: ${text}`)
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// Building rows

class RowBuilder {
  readonly rows: PacketRow[] = [];

  constructor(
    private readonly langs: readonly string[],
    private readonly defaultLocale: string,
    private readonly catalogs: Readonly<Record<string, LanguageCatalog>>,
  ) {}

  /** The built-in catalog for a language, and the language it really is (English when missing). */
  catalog(lang: string): { catalog: LanguageCatalog; lang: string } {
    const tag = matchLanguage(lang, Object.keys(this.catalogs));
    return tag ? { catalog: this.catalogs[tag]!, lang: tag } : { catalog: this.catalogs.en!, lang: 'en' };
  }

  /** A config text, one cell per language (a missing language shows its fallback, marked). */
  text(label: string, value: LocalizedText | undefined, path: string) {
    if (value === undefined || value === null) return;
    const cells: Record<string, Cell> = {};
    for (const lang of this.langs) {
      const resolved = resolveTextWithLang(value, lang, this.defaultLocale);
      const exact = typeof value === 'string' ? lang === this.defaultLocale : resolved.lang !== undefined && resolved.lang.toLowerCase() === lang.toLowerCase();
      cells[lang] = exact || !resolved.text ? { text: resolved.text } : { text: resolved.text, fallbackFrom: resolved.lang ?? this.defaultLocale };
    }
    this.rows.push({ label, path, cells });
  }

  /** A built-in string (`area.key`), formatted, one cell per language. */
  builtIn(label: string, key: string, params?: Record<string, string | number>, path?: string) {
    const [area, ...rest] = key.split('.');
    const name = rest.join('.');
    const cells: Record<string, Cell> = {};
    for (const lang of this.langs) {
      const { catalog, lang: real } = this.catalog(lang);
      const message = (catalog as unknown as Record<string, Record<string, Message>>)[area!]?.[name];
      const text = formatMessage(message, lang, params);
      cells[lang] = real.split('-')[0] === lang.toLowerCase().split('-')[0] ? { text } : { text, fallbackFrom: real };
    }
    if (Object.values(cells).some((cell) => cell.text)) this.rows.push({ label, ...(path ? { path } : {}), cells });
  }

  /**
   * A text the elements build from built-in strings (through the same core function the element
   * calls), one cell per language; `undefined` from `make` leaves the row out.
   */
  translated(label: string, path: string, make: (t: Translate, lang: string) => string | undefined) {
    const cells: Record<string, Cell> = {};
    for (const lang of this.langs) {
      const { catalog, lang: real } = this.catalog(lang);
      const text = make(translatorFor(catalog, lang), lang) ?? '';
      cells[lang] = real.split('-')[0] === lang.toLowerCase().split('-')[0] ? { text } : { text, fallbackFrom: real };
    }
    if (Object.values(cells).some((cell) => cell.text)) this.rows.push({ label, path, cells });
  }

  /** A value that is the same in every language (numbers, ids, addresses). */
  same(label: string, text: string, path?: string) {
    const cells: Record<string, Cell> = {};
    for (const lang of this.langs) cells[lang] = { text };
    this.rows.push({ label, ...(path ? { path } : {}), cells });
  }
}

function describeCondition(condition: Condition | undefined): string {
  if (!condition) return '';
  if ('all' in condition) return condition.all.map(describeCondition).join(' and ');
  if ('any' in condition) return `(${condition.any.map(describeCondition).join(' or ')})`;
  if ('not' in condition) return `not (${describeCondition(condition.not)})`;
  if ('equals' in condition) return `"${condition.q}" is ${JSON.stringify(condition.equals)}`;
  if ('in' in condition) return `"${condition.q}" is one of ${condition.in.map((v) => JSON.stringify(v)).join(', ')}`;
  const range = condition as { q: string; min?: number; max?: number };
  if (range.min !== undefined && range.max !== undefined) return `"${range.q}" is from ${range.min} to ${range.max}`;
  if (range.min !== undefined) return `"${range.q}" is at least ${range.min}`;
  return `"${range.q}" is at most ${range.max}`;
}

function cardSection(config: TrialConfig, make: () => RowBuilder): PacketSection {
  const b = make();
  b.builtIn('Recruitment status', `card.status.${config.status}`, undefined, 'status');
  const phases = config.phase === undefined ? [] : Array.isArray(config.phase) ? config.phase : [config.phase];
  phases.forEach((phase) => b.builtIn(`Phase (${phase})`, `card.phase.${phase}`, undefined, 'phase'));
  b.text('Title', config.title, 'title');
  b.text('Official title', config.officialTitle, 'officialTitle');
  b.text('Summary', config.summary, 'summary');
  config.conditions?.forEach((condition, i) => b.text(`Health condition ${i + 1}`, condition, `conditions[${i}]`));
  const who = config.who;
  if (who) {
    // The card's own wording (core/ages.ts), so the board approves exactly what patients read.
    b.translated('Ages', 'who', (t) => ageText(who, t));
    if (who.sex) b.builtIn('Sex', `card.who.sex.${who.sex}`, undefined, 'who.sex');
    if (who.healthyVolunteers !== undefined)
      b.builtIn('Healthy volunteers', `card.who.healthy.${who.healthyVolunteers ? 'yes' : 'no'}`, undefined, 'who.healthyVolunteers');
  }
  const p = config.participation;
  if (p) {
    b.text('How long', p.duration, 'participation.duration');
    b.text('Visits', p.visits, 'participation.visits');
    if (p.remote !== undefined) b.builtIn('From home', `card.participation.remote.${p.remote ? 'yes' : 'no'}`, undefined, 'participation.remote');
    b.text('Payment', p.compensation, 'participation.compensation');
  }
  if (config.locations?.length) {
    b.builtIn('Locations', 'card.locations.count', { count: config.locations.length }, 'locations');
    b.same('Listed', 'Every place, in the order the card lists them, is in "Places" below.', 'locations');
  }
  b.text('Contact name', config.contact.name, 'contact.name');
  if (config.contact.phone) b.builtIn('Contact: phone', 'common.contact.call', { phone: config.contact.phone }, 'contact.phone');
  if (config.contact.email) b.builtIn('Contact: email', 'common.contact.email', { email: config.contact.email }, 'contact.email');
  if (config.contact.url) {
    b.builtIn('Contact: website', 'common.contact.website', undefined, 'contact.url');
    b.same('Website address', config.contact.url, 'contact.url');
  }
  if (config.sponsor) {
    b.text('Sponsor', config.sponsor.name, 'sponsor.name');
    if (config.sponsor.logo) b.text('Sponsor logo: alternative text', config.sponsor.logo.alt, 'sponsor.logo.alt');
  }
  const registry = config.registry;
  if (registry?.nctId) b.builtIn('Registry link', 'card.registry.nct', { id: registry.nctId }, 'registry.nctId');
  if (registry?.euCtNumber) b.builtIn('Registry link', 'card.registry.euct', { id: registry.euCtNumber }, 'registry.euCtNumber');
  if (registry?.isrctn) b.builtIn('Registry link', 'card.registry.isrctn', { id: registry.isrctn }, 'registry.isrctn');
  if (registry?.url && !registry.nctId && !registry.euCtNumber && !registry.isrctn) b.builtIn('Registry link', 'card.registry.url', undefined, 'registry.url');
  return {
    id: 'card',
    title: 'Trial card',
    intro: "What <trial-card> shows. Status, phase, ages and link texts are trialkit's built-in wording; the rest comes from the config.",
    rows: b.rows,
  };
}

/**
 * Every place, as the card and the pre-screener list them (core/locations.ts `orderPlaces`): the
 * places taking volunteers first, then the others. Each row's label says which it is.
 */
function placesSection(config: TrialConfig, make: () => RowBuilder): PacketSection | undefined {
  const { taking, notTaking } = orderPlaces(config.locations ?? [], config.status);
  if (!taking.length && !notTaking.length) return undefined;
  const b = make();
  const index = new Map((config.locations ?? []).map((location, i) => [location, i]));
  [...taking, ...notTaking].forEach(({ location, takesVolunteers }, n) => {
    const i = index.get(location)!;
    const address = [location.city, location.region, location.postalCode, location.country].filter(Boolean).join(', ');
    b.translated(`Place ${n + 1}: ${takesVolunteers ? 'taking volunteers' : 'not taking volunteers'}`, `locations[${i}]`, (t, lang) => {
      const name = resolveTextWithLang(location.name, lang, defaultLocaleOf(config)).text;
      const label =
        takesVolunteers && location.recruiting === true ? t('card.locations.recruiting') : location.recruiting === false ? t('card.locations.notRecruiting') : '';
      return [name, address, label].filter(Boolean).join('\n');
    });
    const contact = location.contact;
    if (contact?.phone || contact?.email) b.same('Place contact', [contact.phone, contact.email].filter(Boolean).join('\n'), `locations[${i}].contact`);
  });
  return {
    id: 'places',
    title: 'Places',
    intro: `Every place (${taking.length} taking volunteers, ${notTaking.length} not), in the order <trial-card> and the pre-screener's result list them: places taking volunteers first, then the others under "Places not taking volunteers". Name, city, region, postal code, country, and the label a patient sees.`,
    rows: b.rows,
  };
}

const MODE_NOTES: Record<EnrolmentMode, string> = {
  open: 'Taking volunteers: the pre-screener asks its questions and gives one of the results below.',
  invitation: 'Joining is by invitation: the questions are asked, and every result says that joining is by invitation from the study team.',
  not_yet: 'Not open yet: the questions may be answered, and every result says plainly that the study has not started taking volunteers yet.',
  closed:
    'Not taking volunteers: the pre-screener does not start. It says in plain words that the study is not taking volunteers and offers other studies; it never shows a result.',
};

/** What the pre-screener may say, given the study's status (core/study-status.ts `enrolmentMode`). */
function statusSection(config: TrialConfig, make: () => RowBuilder): PacketSection {
  const mode = enrolmentMode(config.status);
  const b = make();
  b.same('What the pre-screener does', `${config.status}: ${MODE_NOTES[mode]}`, 'status');
  b.builtIn('Study status, as shown', `card.status.${config.status}`, undefined, 'status');
  if (mode !== 'closed') {
    b.builtIn('Start', 'eligibility.start.heading');
    for (const outcome of ['likely', 'unsure', 'unlikely'] as const) {
      b.builtIn(`Result "${outcome}": heading`, `eligibility.${outcome}.heading`);
      b.builtIn(`Result "${outcome}": text`, `eligibility.${outcome}.body`);
    }
  }
  return {
    id: 'status',
    title: 'Pre-screener and the study status',
    intro: `The study's status (${config.status}) decides what the pre-screener may say. The full wording for every status is under "Built-in texts".`,
    rows: b.rows,
  };
}

function eligibilitySection(config: TrialConfig, make: () => RowBuilder): PacketSection | undefined {
  const questions = config.eligibility?.questions;
  if (!questions?.length) return undefined;
  const b = make();
  questions.forEach((q, i) => {
    const base = `eligibility.questions[${i}]`;
    b.text(`Question ${i + 1} (${q.type})`, q.text, `${base}.text`);
    b.text('Help', q.help, `${base}.help`);
    q.options?.forEach((option, j) => b.text(`Answer ${j + 1}`, option.label, `${base}.options[${j}].label`));
    if (q.type === 'yesno') b.same('Answers', 'yes / no', `${base}.type`);
    if (q.allowUnsure !== false) b.same('Also offered', '"I\'m not sure" (see built-in texts)', `${base}.allowUnsure`);
    b.text('Unit', q.unit, `${base}.unit`);
    if (q.showIf) b.same('Asked only if', describeCondition(q.showIf), `${base}.showIf`);
    if (q.eligibleIf) b.same('May take part if', describeCondition(q.eligibleIf), `${base}.eligibleIf`);
    b.text('Reason shown when ruled out', q.reason, `${base}.reason`);
  });
  return {
    id: 'eligibility',
    title: 'Eligibility questions (pre-screener)',
    intro: `${questions.length} question(s), asked one at a time. ${config.eligibility?.stopOnFail === false ? 'All questions are asked even after an answer rules a person out.' : 'The questions stop at the first answer that rules a person out.'} The result texts ("you may be able to take part", …) are trialkit's built-in wording, listed under "Built-in texts".`,
    rows: b.rows,
  };
}

/**
 * The transparency FAQ as the packet shows it: the config's structured transparency fields, then
 * its own `faq` items. The FAQ element generates standard topics from these same fields; when
 * its topic generator lands, extend this function to list the topics with their built-in
 * questions (the rows it returns are all the packet needs).
 */
export function packetFaqItems(
  config: TrialConfig,
  make: () => RowBuilderLike,
  langs: readonly string[] = [],
  catalogs: Readonly<Record<string, LanguageCatalog>> = {},
): PacketRow[] {
  const b = make();
  // The FAQ exactly as <trial-faq> generates it, in every language: standard topics and the config's items.
  const generated = langs.map((lang) => {
    const catalog = catalogs[matchLanguage(lang, Object.keys(catalogs)) ?? 'en'] ?? catalogs.en;
    return catalog ? buildFaq(config, { lang, t: translatorFor(catalog, lang) }) : [];
  });
  const blockText = (block: FaqBlock): string =>
    block.kind === 'p'
      ? block.text
      : block.kind === 'facts'
        ? block.items.map(([label, value]) => `${label}: ${value.text}`).join('\n')
        : block.kind === 'links'
          ? block.items.map(([href, text]) => `${text} (${href})`).join('\n')
          : '[The study team’s contact details]';
  generated[0]?.forEach((item, i) => {
    const per = (pick: (entry: NonNullable<(typeof generated)[number][number]>) => string) =>
      Object.fromEntries(langs.map((lang, l) => [lang, generated[l]?.[i] ? pick(generated[l]![i]!) : ''])) as LocalizedText;
    b.text(
      `Topic “${item.id}”: question`,
      per((entry) => entry.question.text),
      `faq:${item.id}`,
    );
    b.text(
      `Topic “${item.id}”: answer`,
      per((entry) => entry.answer.map(blockText).join('\n')),
      `faq:${item.id}`,
    );
  });
  b.text('Who pays for the study', config.funding, 'funding');
  if (config.oversight) {
    b.text('Ethics board that approved it', config.oversight.board, 'oversight.board');
    if (config.oversight.approvalId) b.same('Approval number', config.oversight.approvalId, 'oversight.approvalId');
    if (config.oversight.approvedOn) b.same('Approved on', config.oversight.approvedOn, 'oversight.approvedOn');
  }
  const p = config.participation ?? {};
  const labels: Record<(typeof PARTICIPATION_FIELDS)[number], string> = {
    duration: 'How long',
    visits: 'Visits',
    placebo: 'Chance of placebo',
    compensation: 'Payment',
    costs: 'Costs',
    risks: 'Risks',
    data: 'What happens to your information',
    results: 'Hearing the results',
  };
  for (const key of ['placebo', 'costs', 'risks', 'data', 'results'] as const) b.text(labels[key], p[key], `participation.${key}`);
  config.faq?.forEach((item, i) => {
    b.text(`FAQ ${i + 1}: question`, item.question, `faq[${i}].question`);
    b.text(`FAQ ${i + 1}: answer`, item.answer, `faq[${i}].answer`);
  });
  config.glossary?.forEach((entry, i) => {
    b.text(`Glossary ${i + 1}: term`, entry.term, `glossary[${i}].term`);
    b.text(`Glossary ${i + 1}: definition`, entry.definition, `glossary[${i}].definition`);
  });
  return b.rows;
}

/** What packetFaqItems needs of a row builder (so the lead can pass their own). */
export type RowBuilderLike = Pick<RowBuilder, 'text' | 'builtIn' | 'same' | 'rows'>;

function shareSection(config: TrialConfig, make: () => RowBuilder): PacketSection | undefined {
  const b = make();
  if (config.share) {
    b.text('Share text', config.share.text, 'share.text');
    if (config.share.hashtags?.length) b.same('Hashtags', config.share.hashtags.map((h) => `#${h}`).join(' '), 'share.hashtags');
    if (config.share.url) b.same('Shared address', config.share.url, 'share.url');
    config.share.custom?.forEach((target, i) => b.text(`Community target ${i + 1}`, target.label, `share.custom[${i}].label`));
  }
  if (config.referral) {
    b.text('Referral consent', config.referral.consent, 'referral.consent');
    b.same('Referral asks for', config.referral.fields.join(', '), 'referral.fields');
    b.same('Referral is sent to', config.referral.endpoint, 'referral.endpoint');
  }
  if (!b.rows.length) return undefined;
  return {
    id: 'share',
    title: 'Sharing and referral',
    intro: 'Share texts, and the consent a person gives before their answers are sent to the study team.',
    rows: b.rows,
  };
}

/** What the study found, as <trial-card> shows it, and the results sign-up's consent and address. */
function findingsSection(config: TrialConfig, make: () => RowBuilder): PacketSection | undefined {
  const findings = config.findings;
  if (!findings) return undefined;
  const b = make();
  b.text('What the study found', findings.summary, 'findings.summary');
  if (findings.postedOn) b.builtIn('Posted on', 'card.findings.posted', { date: findings.postedOn }, 'findings.postedOn');
  if (findings.url) {
    b.builtIn('Link to the full results', 'card.findings.link', undefined, 'findings.url');
    b.same('Full results address', findings.url, 'findings.url');
  }
  if (!findings.summary && !findings.url) b.builtIn('No results yet', 'card.findings.pending', undefined, 'findings');
  if (findings.notify) {
    b.text('Results sign-up consent', findings.notify.consent, 'findings.notify.consent');
    b.same('Results sign-up asks for', 'email', 'findings.notify');
    b.same('Results sign-up is sent to', findings.notify.endpoint, 'findings.notify.endpoint');
  }
  return {
    id: 'study-findings',
    title: 'What the study found',
    intro: 'The results as <trial-card> shows them, and the consent a person gives before their email address is sent to be told when results are out.',
    rows: b.rows,
  };
}

function builtInSection(langs: readonly string[], catalogs: Readonly<Record<string, LanguageCatalog>>): PacketSection {
  const columns = langs.map((lang) => matchLanguage(lang, Object.keys(catalogs)) ?? 'en');
  const rows: PacketRow[] = [];
  const en = catalogs.en as unknown as Record<string, Record<string, Message>>;
  for (const [area, strings] of Object.entries(en)) {
    for (const key of Object.keys(strings)) {
      const cells: Record<string, Cell> = {};
      langs.forEach((lang, i) => {
        const tag = columns[i]!;
        const message = (catalogs[tag] as unknown as Record<string, Record<string, Message>>)[area]?.[key] ?? strings[key]!;
        cells[lang] = tag.split('-')[0] === lang.toLowerCase().split('-')[0] ? { text: allForms(message) } : { text: allForms(message), fallbackFrom: tag };
      });
      if (Object.values(cells).some((cell) => cell.text)) rows.push({ label: key, path: `${area}.${key}`, cells });
    }
  }
  return {
    id: 'built-in',
    title: 'Built-in texts',
    intro:
      'trialkit\'s own interface wording that patients may see with any trial (buttons, headings, status and result messages), in each language. {name} is filled in; "one:/other:" are singular and plural forms.',
    rows,
  };
}

// ---------------------------------------------------------------------------------------------
// HTML

function renderRows(section: PacketSection, langs: readonly string[]): string {
  const head = `<tr><th scope="col" class="label">Text</th>${langs.map((lang) => `<th scope="col" lang="${escapeHtml(lang)}">${escapeHtml(languageName(lang))}</th>`).join('')}<th scope="col" class="check">OK</th></tr>`;
  const body = section.rows
    .map((row) => {
      const label = `<th scope="row" class="label">${escapeHtml(row.label)}${row.path ? `<code>${escapeHtml(row.path)}</code>` : ''}</th>`;
      const cells = langs
        .map((lang) => {
          const cell = row.cells[lang] ?? { text: '' };
          if (!cell.text) return '<td class="empty">—</td>';
          const note = cell.fallbackFrom ? `<span class="fallback-note">Not translated: shows the ${escapeHtml(languageName(cell.fallbackFrom))} text</span>` : '';
          return `<td lang="${escapeHtml(cell.fallbackFrom ?? lang)}" dir="auto"${cell.fallbackFrom ? ' class="fallback"' : ''}>${note}${escapeHtml(cell.text)}</td>`;
        })
        .join('');
      return `<tr>${label}${cells}<td class="check"><span class="box"></span></td></tr>`;
    })
    .join('\n');
  return `<table><thead>${head}</thead><tbody>\n${body}\n</tbody></table>`;
}

function languageName(tag: string): string {
  try {
    const name = new Intl.DisplayNames(['en'], { type: 'language' }).of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

function renderFindings(lint: LintResult): string {
  if (!lint.findings.length) return '<p class="clean">No findings: the linter found nothing to fix.</p>';
  const rows = lint.findings
    .map(
      (f) =>
        `<tr class="sev-${f.severity}"><td><span class="sev">${escapeHtml(f.severity)}</span></td><td><code>${escapeHtml(f.code)}</code></td><td><code>${escapeHtml(f.path || '(config)')}</code></td><td>${f.excerpt ? `<q${f.lang ? ` lang="${escapeHtml(f.lang)}"` : ''}>${escapeHtml(f.excerpt)}</q><br>` : ''}${escapeHtml(f.message)}<br><span class="fix">Fix: ${escapeHtml(f.fix)}</span></td></tr>`,
    )
    .join('\n');
  return `<table class="findings"><thead><tr><th scope="col">Severity</th><th scope="col">Rule</th><th scope="col">Where</th><th scope="col">Finding</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1180px; padding: 28px 32px 48px; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; }
header { border-block-end: 3px solid #1a1a1a; padding-block-end: 12px; margin-block-end: 20px; }
.kicker { margin: 0; font-size: 13px; letter-spacing: .06em; text-transform: uppercase; color: #555; }
h1 { margin: 4px 0 10px; font-size: 26px; line-height: 1.25; }
h2 { margin: 32px 0 6px; font-size: 19px; border-block-end: 1px solid #ccc; padding-block-end: 4px; break-after: avoid; }
.intro { margin: 0 0 10px; color: #444; max-width: 70ch; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; margin: 0; font-size: 14px; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 12px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; margin-block-end: 8px; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
th, td { border: 1px solid #b8b8b8; padding: 6px 8px; vertical-align: top; text-align: start; overflow-wrap: anywhere; white-space: pre-line; }
thead th { background: #efefef; font-size: 13px; }
th.label { width: 22%; font-weight: 600; background: #fafafa; }
th.label code { display: block; font-weight: 400; color: #555; margin-block-start: 2px; }
th.check, td.check { width: 44px; text-align: center; }
.box { display: inline-block; width: 16px; height: 16px; border: 1.5px solid #333; border-radius: 2px; }
td.empty { color: #888; }
td.fallback { background: #fff6e0; }
.fallback-note { display: block; font-size: 12px; font-style: italic; color: #7a4b00; margin-block-end: 2px; white-space: normal; }
.summary { display: flex; gap: 12px; flex-wrap: wrap; margin: 8px 0 12px; }
.pill { border: 1px solid #999; border-radius: 999px; padding: 2px 10px; font-size: 13px; }
table.findings td, table.findings th { white-space: normal; }
table.findings th:nth-child(1) { width: 9%; } table.findings th:nth-child(2) { width: 15%; } table.findings th:nth-child(3) { width: 24%; }
.sev { font-weight: 700; text-transform: uppercase; font-size: 12px; }
.sev-error .sev { color: #a4000f; } .sev-warning .sev { color: #7a4b00; } .sev-info .sev { color: #1f4e8c; }
.fix { color: #333; font-style: italic; }
.clean { padding: 8px 12px; border: 1px solid #2a7a2a; background: #eef8ee; }
footer { margin-block-start: 36px; font-size: 12px; color: #555; border-block-start: 1px solid #ccc; padding-block-start: 8px; }
@page { size: A4 landscape; margin: 12mm 10mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  h2 { margin-block-start: 18px; }
  td.fallback { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  thead th, th.label { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

/** Every section of the packet, in reading order. */
export function packetSections(config: TrialConfig, langs: readonly string[], catalogs: Readonly<Record<string, LanguageCatalog>>): PacketSection[] {
  const make = () => new RowBuilder(langs, defaultLocaleOf(config), catalogs);
  const faqRows = packetFaqItems(config, make, langs, catalogs);
  return [
    cardSection(config, make),
    placesSection(config, make),
    statusSection(config, make),
    eligibilitySection(config, make),
    faqRows.length
      ? {
          id: 'faq',
          title: 'Transparency FAQ',
          intro:
            "What <trial-faq> shows, as generated in each language (standard topics built from the transparency fields, then the config's own questions), followed by the source fields and the config's glossary.",
          rows: faqRows,
        }
      : undefined,
    shareSection(config, make),
    findingsSection(config, make),
    builtInSection(langs, catalogs),
  ].filter((s): s is PacketSection => !!s);
}

/** The whole packet as one HTML document. */
export function renderPacket(config: TrialConfig, options: PacketOptions): string {
  const langs = configLanguages(config);
  const sections = packetSections(config, langs, options.catalogs);
  const title = resolveTextWithLang(config.title, defaultLocaleOf(config), defaultLocaleOf(config)).text;
  const { counts } = options.lint;
  const levels = options.lint.readingLevels.map((l) => `${l.lang}: grade ${l.grade}`).join(', ');
  const toc = sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.title)}</a> (${s.rows.length})</li>`).join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<title>Review packet: ${escapeHtml(title)} (${escapeHtml(config.id)})</title>
<style>${CSS}</style>
</head>
<body>
<header>
<p class="kicker">Ethics board (IRB/EC) review packet · every patient-facing text</p>
<h1>${escapeHtml(title)}</h1>
<dl class="meta">
<dt>Config id</dt><dd><code>${escapeHtml(config.id)}</code></dd>
${config.registry?.nctId ? `<dt>Registry</dt><dd>${escapeHtml(config.registry.nctId)}</dd>` : ''}
<dt>Content hash</dt><dd><code>${escapeHtml(options.hash)}</code></dd>
<dt>Date</dt><dd>${escapeHtml(options.date)}</dd>
<dt>Languages</dt><dd>${escapeHtml(langs.map(languageName).join(', '))}</dd>
<dt>Reading level</dt><dd>${escapeHtml(levels || 'not measured')}</dd>
</dl>
</header>
<nav aria-label="Contents"><ol>${toc}<li><a href="#findings">Lint findings</a> (${options.lint.findings.length})</li></ol></nav>
${sections.map((s) => `<section id="${s.id}" aria-labelledby="${s.id}-h"><h2 id="${s.id}-h">${escapeHtml(s.title)}</h2>${s.intro ? `<p class="intro">${escapeHtml(s.intro)}</p>` : ''}${renderRows(s, langs)}</section>`).join('\n')}
<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Lint findings</h2>
<p class="summary"><span class="pill">${counts.error} error(s)</span><span class="pill">${counts.warning} warning(s)</span><span class="pill">${counts.info} note(s)</span></p>
${renderFindings(options.lint)}
</section>
<footer>Made by trialkit${options.version ? ` ${escapeHtml(options.version)}` : ''} on ${escapeHtml(options.date)}. The content hash is the SHA-256 of the config with its keys sorted and no whitespace: the same config always gives the same hash, and any change gives another. Tick "OK" for each approved text.</footer>
</body>
</html>
`;
}
