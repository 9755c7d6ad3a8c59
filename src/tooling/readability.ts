/**
 * Reading level of patient-facing text, in English and Spanish.
 *
 * English: Flesch–Kincaid grade (the `flesch-kincaid` formula package) over syllables counted by
 * the `syllable` package. Spanish: Fernández-Huerta reading ease (1959, with Law's 2011
 * correction: words per sentence, not sentences per 100 words), turned into a US-grade
 * equivalent through the formula's published interpretation bands, so one target ("grade 8")
 * works for both. Spanish syllables are counted here by the language's regular orthographic rules
 * (vowel nuclei, diphthongs and hiatus): no well-kept npm package does it (see README).
 *
 * Tooling, not core: `syllable` is an ES module, but it imports two CommonJS packages (`pluralize`,
 * and `normalize-strings`, which `require`s a JSON file). So this runs in Node and through a bundler
 * that converts CommonJS (the demo's embed builder is bundled by esbuild), but not as plain ES
 * modules in a browser or worker, which is what `src/core/` promises. It touches no DOM.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export type ReadabilityLanguage = 'en' | 'es';

export interface Readability {
  /** The language the formula was chosen for. */
  lang: ReadabilityLanguage;
  /** `flesch-kincaid` (English) or `fernandez-huerta` (Spanish). */
  formula: 'flesch-kincaid' | 'fernandez-huerta';
  sentences: number;
  words: number;
  syllables: number;
  /** US school grade (Flesch–Kincaid), or the grade equivalent of the Fernández-Huerta ease. */
  grade: number;
  /** Fernández-Huerta reading ease, 0 (hard) to 100 (easy); Spanish only. */
  ease?: number;
}

/** The formula language for a BCP 47 tag, or undefined when no formula fits it. */
export function readabilityLanguage(tag: string): ReadabilityLanguage | undefined {
  const base = tag.toLowerCase().split('-')[0];
  return base === 'en' || base === 'es' ? base : undefined;
}

// Abbreviations whose dot does not end a sentence.
const ABBREVIATIONS = /\b(e\.g|i\.e|etc|vs|approx|Dr|Mr|Mrs|Ms|St|No|U\.S|U\.K|EE\. ?UU|Sr|Sra|Dra|aprox|p\. ?ej)\./gi;

/** Sentences: split after . ! ? … (not inside numbers or known abbreviations), and at line breaks. */
export function sentencesOf(text: string): string[] {
  const masked = text.replace(ABBREVIATIONS, (match) => match.replace(/\./g, '\u2024'));
  return masked
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.replace(/\u2024/g, '.').trim())
    .filter((s) => HAS_WORD.test(s));
}

const WORD = /[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu;
const HAS_WORD = /[\p{L}\p{N}]/u;

/** Words: runs of letters and digits, keeping "non-small", "body's" and "1,500" whole. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** English syllables of one word (at least one: "18" and "NCI" are read aloud too). */
export function englishSyllables(word: string): number {
  return Math.max(1, syllable(word));
}

const STRONG = new Set('aeoáéóíúàèòìùâêôäëö');
const WEAK = new Set('iuü');

/**
 * Spanish syllables of one word: one per vowel nucleus. Weak unaccented vowels (i, u, ü) join a
 * neighbouring vowel into a diphthong or triphthong; two strong vowels (a, e, o, or an accented
 * í/ú) are a hiatus. A final "y" after a vowel ("hoy", "muy") is part of the diphthong.
 */
export function spanishSyllables(word: string): number {
  const letters = word.toLowerCase().normalize('NFC');
  let count = 0;
  let previous: 'strong' | 'weak' | undefined;
  for (let i = 0; i < letters.length; i++) {
    const ch = letters[i]!;
    const kind = STRONG.has(ch) ? 'strong' : WEAK.has(ch) ? 'weak' : ch === 'y' ? finalY(letters, i, previous) : undefined;
    if (!kind) {
      previous = undefined;
      continue;
    }
    if (!previous || (previous === 'strong' && kind === 'strong')) count++;
    previous = kind;
  }
  return Math.max(1, count);
}

/** "y" is a vowel alone ("y") and at the end of a word after a vowel ("hoy"); else a consonant. */
function finalY(word: string, index: number, previous: 'strong' | 'weak' | undefined): 'strong' | 'weak' | undefined {
  if (word.length === 1) return 'strong';
  return index === word.length - 1 && previous ? 'weak' : undefined;
}

/**
 * Fernández-Huerta reading ease → US grade equivalent, piecewise linear through the edges of the
 * formula's published bands: 90–100 very easy (4th grade), 80–90 easy (5th), 70–80 fairly easy
 * (6th), 60–70 normal (7th–8th), 50–60 fairly difficult (high school), 30–50 difficult
 * (university), 0–30 very difficult. So ease 60, the hard end of "normal", is grade 8.
 */
const EASE_TO_GRADE: ReadonlyArray<readonly [number, number]> = [
  [100, 4],
  [90, 5],
  [80, 6],
  [70, 7],
  [60, 8],
  [50, 12],
  [30, 16],
  [0, 18],
];

export function gradeFromEase(ease: number): number {
  if (ease >= EASE_TO_GRADE[0]![0]) return EASE_TO_GRADE[0]![1];
  for (let i = 1; i < EASE_TO_GRADE.length; i++) {
    const [hiEase, hiGrade] = EASE_TO_GRADE[i - 1]!;
    const [loEase, loGrade] = EASE_TO_GRADE[i]!;
    if (ease >= loEase) return hiGrade + ((hiEase - ease) / (hiEase - loEase)) * (loGrade - hiGrade);
  }
  return EASE_TO_GRADE[EASE_TO_GRADE.length - 1]![1];
}

/** Reading level of a text, or undefined when it has no words or no formula fits the language. */
export function readability(text: string, tag: string): Readability | undefined {
  const lang = readabilityLanguage(tag);
  if (!lang) return undefined;
  const sentences = sentencesOf(text);
  const words = sentences.flatMap(wordsOf);
  if (!words.length) return undefined;
  const count = lang === 'en' ? englishSyllables : spanishSyllables;
  const syllables = words.reduce((sum, word) => sum + count(word), 0);
  const base = { lang, sentences: sentences.length, words: words.length, syllables };
  if (lang === 'en') {
    const grade = fleschKincaid({ sentence: base.sentences, word: base.words, syllable: syllables });
    return { ...base, formula: 'flesch-kincaid', grade: round(grade) };
  }
  const ease = 206.84 - 0.6 * ((syllables / base.words) * 100) - 1.02 * (base.words / base.sentences);
  return { ...base, formula: 'fernandez-huerta', ease: round(ease), grade: round(gradeFromEase(ease)) };
}

const round = (n: number) => Math.round(n * 10) / 10;
