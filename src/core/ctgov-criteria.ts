/**
 * Splits ClinicalTrials.gov's free-text `eligibilityCriteria` (Markdown) into inclusion and
 * exclusion items. Registry texts vary: bullets or numbers, nested sub-lists (joined to their
 * parent item), Markdown escapes (`\>=`, `\[`, `\^`), introductory sentences ("Subjects who meet
 * each of the following…:", kept as notes), stray paragraphs between items (kept as items), and
 * texts with an inclusion section only, or no headers at all (all items count as inclusion).
 *
 * Pure, no DOM; part of the importer chunk that the browser loads only for `ctgov-src`.
 */

// The marker the importer puts on every registry text a person must rewrite (see rewrite-marker.ts).
export { REWRITE_MARKER } from './rewrite-marker.js';

export interface SplitCriteria {
  inclusion: string[];
  exclusion: string[];
  /** What was dropped or guessed: introductory sentences, a missing header. */
  notes: string[];
}

type Section = 'inclusion' | 'exclusion' | 'none';

/** An item that ends on one of these words was cut in two by a stray line break or bullet. */
const DANGLING = /\b(of|to|with|and|or|the|a|an|in|for|by|than|from|at)\s*$/i;

/** Sub-items joined into one sentence: "…; or" and "…." already end a part. */
function joinParts(parts: string[]): string {
  return parts.reduce((out, part, i) => (i === 0 ? part : /([.;]|\b(or|and))$/i.test(out) ? `${out} ${part}` : `${out}; ${part}`), '');
}

interface Item {
  section: Section;
  text: string;
  subItems: string[];
}

/** Removes Markdown backslash escapes: `\>=` → `>=`, `\[RNA\]` → `[RNA]`. */
export function unescapeMarkdown(text: string): string {
  return text.replace(/\\([\\`*_{}[\]()#+\-.!<>=^~|"'])/g, '$1');
}

const HEADER = /^(?:key\s+|main\s+|major\s+|general\s+|principal\s+)?(inclusion|exclusion|incl\.?|excl\.?)(?:\s+criteria|\s+criterion)?\s*(?:[:：]\s*(.*)|-?\s*)$/i;
const LIST_ITEM = /^(?:[*+•·▪◦]|-(?=\s)|\d{1,3}[.)](?!\d)|\(\d{1,3}\)|[a-zA-Z][.)](?=\s)|\((?:[a-z]|[ivx]+)\))\s*(.*)$/;

function headerOf(content: string): { section: Section; rest: string } | undefined {
  const plain = content
    .replace(/^#+\s*/, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/[*_]+:$/, ':')
    .trim();
  const match = HEADER.exec(plain);
  if (!match) return undefined;
  return { section: match[1]!.toLowerCase().startsWith('incl') ? 'inclusion' : 'exclusion', rest: (match[2] ?? '').trim() };
}

const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .replace(/^[-–]\s*/, '')
    .replace(/\s*[-–]$/, '')
    .replace(/\s*;\s*$/, '')
    .trim();

function indentOf(line: string): number {
  let width = 0;
  for (const ch of line) {
    if (ch === ' ') width++;
    else if (ch === '\t') width += 4;
    else break;
  }
  return width;
}

/** Splits registry eligibility text into inclusion and exclusion items. */
export function splitCriteria(raw: string): SplitCriteria {
  const notes: string[] = [];
  const items: Item[] = [];
  let section: Section = 'none';
  let sawHeader = false;
  let current: Item | undefined;
  let baseIndent: number | undefined;
  let previousBlank = true;
  let lastWasSub = false;

  const lines = unescapeMarkdown(raw.replace(/\r\n?/g, '\n')).split('\n');
  for (const line of lines) {
    const content = line.trim();
    if (!content) {
      previousBlank = true;
      continue;
    }
    const indent = indentOf(line);
    const listMatch = LIST_ITEM.exec(content);
    const header = headerOf(content) ?? (listMatch ? headerOf(listMatch[1]!) : undefined);
    if (header) {
      section = header.section;
      sawHeader = true;
      current = undefined;
      baseIndent = undefined;
      previousBlank = true;
      if (header.rest) {
        current = { section, text: header.rest, subItems: [] };
        items.push(current);
        previousBlank = false;
      }
      continue;
    }
    if (listMatch) {
      const text = listMatch[1]!;
      if (baseIndent === undefined || indent < baseIndent) baseIndent = indent;
      if (current && indent >= baseIndent + 2) {
        current.subItems.push(text);
        lastWasSub = true;
      } else if (current && !current.subItems.length && DANGLING.test(current.text)) {
        // "…potent inhibitors or inducers of" / "* CYP3A isoenzymes…": one item broken in two.
        current.text += ` ${text}`;
      } else {
        current = { section, text, subItems: [] };
        items.push(current);
        lastWasSub = false;
      }
    } else if (current && (!previousBlank || (baseIndent !== undefined && indent >= baseIndent + 2))) {
      // A wrapped line, or an indented paragraph under an item: part of that item.
      if (lastWasSub && !previousBlank) current.subItems[current.subItems.length - 1] += ` ${content}`;
      else if (lastWasSub || indent > (baseIndent ?? 0)) current.subItems.push(content);
      else current.text += ` ${content}`;
    } else if (/[:：]$/.test(content)) {
      // "Subjects who meet each of the following criteria are eligible:": an introduction.
      notes.push(`Left out an introductory sentence: "${clean(content)}"`);
      current = undefined;
    } else {
      // A paragraph between items is a criterion of its own.
      current = { section, text: content, subItems: [] };
      items.push(current);
      lastWasSub = false;
    }
    previousBlank = false;
  }

  const result: SplitCriteria = { inclusion: [], exclusion: [], notes };
  let unlabelled = 0;
  for (const item of items) {
    const subs = item.subItems.map(clean).filter(Boolean);
    const head = clean(item.text);
    const text = subs.length ? (/[:：]$/.test(head) || !head ? `${head} ${joinParts(subs)}` : `${head} (${joinParts(subs)})`).trim() : head;
    if (!text || !/[\p{L}\p{N}]/u.test(text)) continue;
    if (item.section === 'exclusion') result.exclusion.push(text);
    else {
      if (item.section === 'none') unlabelled++;
      result.inclusion.push(text);
    }
  }
  if (!sawHeader && unlabelled)
    notes.push('The criteria have no "Inclusion Criteria:" or "Exclusion Criteria:" header; every item was taken as an inclusion criterion. Check each one.');
  else if (unlabelled) notes.push(`${unlabelled} item(s) before the first header were taken as inclusion criteria. Check them.`);
  if (sawHeader && !result.exclusion.length) notes.push('The criteria have no exclusion section; only inclusion questions were drafted.');
  return result;
}
