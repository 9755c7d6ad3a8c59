/**
 * Config texts such as condition names are written to stand alone ("Non-small cell lung cancer").
 * Placed mid-sentence ("Find other studies for …") their first capital reads wrong, so it is
 * lowered, unless the first word is an acronym or a proper name, which keep their capitals.
 */

/** Languages that capitalise nouns mid-sentence (German, Luxembourgish): their texts are left as they are. */
const NOUNS_CAPITALISED = new Set(['de', 'lb']);

/**
 * Diseases named after people or places: their first word is a proper name. Only the ones met in
 * trial registries often; a possessive ("Parkinson's") is recognised without the list.
 */
const PROPER_NAMES = new Set([
  'addison',
  'alzheimer',
  'asperger',
  'behçet',
  'bell',
  'burkitt',
  'chagas',
  'crohn',
  'cushing',
  'down',
  'ebola',
  'ewing',
  'fabry',
  'gaucher',
  'graves',
  'guillain',
  'hashimoto',
  'hodgkin',
  'huntington',
  'kaposi',
  'lyme',
  'marfan',
  'ménière',
  'meniere',
  'paget',
  'parkinson',
  'pompe',
  'raynaud',
  'sjögren',
  'sjogren',
  'still',
  'tay',
  'tourette',
  'waldenström',
  'waldenstrom',
  'wilms',
  'wilson',
  'zika',
]);

/**
 * `text` as it should read inside a sentence in `lang`: "Asthma" → "asthma", "Non-small cell lung
 * cancer" → "non-small cell lung cancer"; "HER2-positive breast cancer", "COVID-19", "CLL" and
 * "Parkinson disease" keep their capitals. Texts in German (nouns are capitalised) are unchanged.
 */
export function midSentence(text: string, lang = 'en'): string {
  if (NOUNS_CAPITALISED.has(lang.toLowerCase().split('-')[0] ?? '')) return text;
  const word = /^[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/u.exec(text)?.[0];
  if (!word) return text;
  const first = word[0]!;
  // Only a capital letter that has a lower-case form: nothing to do for digits, CJK or Arabic.
  if (first === first.toLowerCase()) return text;
  const rest = word.slice(1);
  // An acronym ("HER2", "COVID-19", "CLL") or a name with a capital inside ("McArdle", "HER2-positive").
  if (/\p{Lu}/u.test(rest)) return text;
  // A one-letter word ("A", "B-cell"): "A" as an article lowers; a letter before a hyphen is a name ("B-cell", "T-cell").
  if (word.length === 1 ? /^\p{L}-/u.test(text) : /^\p{L}-/u.test(word)) return text;
  // A possessive ("Parkinson's disease", "Crohn’s disease") or a known proper name.
  if (/['’]s$/u.test(word) || PROPER_NAMES.has(word.toLowerCase().split('-')[0]!)) return text;
  return first.toLowerCase() + text.slice(1);
}
