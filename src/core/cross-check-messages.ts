/**
 * What each cross-field rule (cross-check.ts) says when it fails. Apart from the rules, so the
 * quick check before the first paint carries the rules without their words; validate.ts, loaded
 * only for a config that fails, turns a rule's name and values into the sentence.
 */
const kind = (mayUseOwn: boolean) => (mayUseOwn ? 'An "eligibleIf" can use this question and earlier ones.' : 'A "showIf" can only use earlier questions.');

export const CROSS_CHECK_MESSAGES = {
  noWayToReach: () => 'Give at least one way to reach the study team: "phone", "email" or "url".',
  agesSwapped: (max: number, min: number) => `The oldest age (${max}) is lower than the youngest (${min}). Swap them or fix one.`,
  questionIdTwice: (id: string, earlierNumber: number) => `The id "${id}" is already used by question ${earlierNumber}. Give each question its own id.`,
  tooFewOptions: (type: string) => `A "${type}" question needs at least two options: [{ "value": "…", "label": "…" }, …].`,
  noOptionsAllowed: (type: string) => `A "${type}" question has no options. Remove "options", or make it a "choice" question.`,
  optionTwice: (value: string) => `The option value "${value}" is used twice. Give each option its own value.`,
  maxBelowMin: (max: number, min: number) => `"max" (${max}) is lower than "min" (${min}). Swap them or fix one.`,
  numberFieldsOnly: () => '"min", "max" and "unit" only apply to "number" questions.',
  faqIdTwice: (id: string) => `The id "${id}" is used twice. Give each FAQ item its own id.`,
  shareIdTwice: (id: string) => `The id "${id}" is used twice. Give each share target its own id.`,
  referralUnreachable: () => 'Add "email" or "phone" so the study team can reach the person.',
  referralFieldTwice: (field: string) => `"${field}" is listed twice. List each field once.`,
  unknownQuestion: (q: string, mayUseOwn: boolean, earlier: string[]) =>
    `No question has the id "${q}". ${kind(mayUseOwn)}${earlier.length ? ` Questions before this one: ${earlier.join(', ')}.` : ' There are no questions before this one.'}`,
  notAskedBefore: (q: string, mayUseOwn: boolean) =>
    `"${q}" is not asked before this question. ${kind(mayUseOwn)} Move this question after "${q}", or change the condition.`,
  yesNoValue: (q: string) => `"${q}" is a yes/no question: compare with "yes" or "no".`,
  notAnOption: (value: unknown, q: string, options: string[]) => `${JSON.stringify(value)} is not an option of "${q}". Use one of: ${options.join(', ')}.`,
  numberValue: (q: string) => `"${q}" is a number question: compare with a number, or use "min"/"max".`,
  rangeOnNonNumber: (q: string, type: unknown) => `"min" and "max" only work on number questions, and "${q}" is a "${String(type)}" question.`,
};

export type CrossCheckRule = keyof typeof CROSS_CHECK_MESSAGES;
