/**
 * Reading what a person typed into a number question. Apart from the rules engine (eligibility.ts)
 * because only the pre-screener's questions need it: the start screen and the finder do not.
 */
import { numberProblem, type NumberProblem } from './eligibility.js';
import type { Question } from './schema.js';

/** Separators and signs from Arabic and full-width (Chinese, Japanese) keyboards, as ASCII; the Arabic thousands separator is dropped. */
const TYPED_MARKS: Record<string, string> = {
  '\u066b': '.',
  '\u066c': '',
  '\u060c': ',',
  '\uff0c': ',',
  '\uff0e': '.',
  '\uff0b': '+',
  '\uff0d': '-',
  '\u2212': '-',
};

/**
 * Digits as ASCII: Arabic-Indic (٤٥), Persian and Urdu (۴۵) and full-width (４５) digits are what
 * many phone keyboards type in Arabic, Persian or Chinese.
 */
function asciiNumber(typed: string): string {
  return (
    typed
      // Each of the three ranges starts at a code point ending in 0, so the last hex digit is the value.
      .replace(/[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19]/g, (digit) => String(digit.charCodeAt(0) & 0xf))
      .replace(/[\u066b\u066c\u060c\uff0c\uff0e\uff0b\uff0d\u2212]/g, (mark) => TYPED_MARKS[mark]!)
  );
}

/** Reads what a person typed into a number question ("45", " 7.5 ", "7,5", "٤٥", "４５"), or says what is wrong. */
export function parseNumberAnswer(question: Question, typed: string): { value: number } | { problem: NumberProblem } {
  const text = asciiNumber(typed.trim().replace(/\s/g, ''));
  if (!text) return { problem: 'empty' };
  // A single comma is a decimal comma ("7,5"); commas with a point are thousands ("1,200.5").
  const normalized = text.includes('.') || (text.match(/,/g)?.length ?? 0) > 1 ? text.replace(/,/g, '') : text.replace(',', '.');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalized)) return { problem: 'notNumber' };
  const value = Number(normalized);
  const problem = numberProblem(question, value);
  return problem ? { problem } : { value };
}
