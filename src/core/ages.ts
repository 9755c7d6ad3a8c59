/**
 * The "who can join" age wording: one rule for the card, the review packet and anything else that
 * says a study's ages, so a reviewer approves exactly what a patient reads.
 *
 * - No ages, or only "0 and over": nothing is said (everyone can join, by age).
 * - Whole years: "Ages 18 to 65", "Ages 18 and older", "Up to age 17".
 * - Any bound under a year or not a whole number of years: each bound in its own unit, in months
 *   when it is not whole years (0.5 → "6 months", 1.5 → "18 months"): "From 6 months to 17 years old".
 */
import type { Translate } from '../i18n/translate.js';

/** A whole number of years, or the nearest whole number of months. */
function ageWithUnit(age: number, t: Translate): string {
  return Number.isInteger(age) ? t('card.who.age.years', { count: age }) : t('card.who.age.months', { count: Math.round(age * 12) });
}

export function ageText(who: { minAge?: number | undefined; maxAge?: number | undefined } | undefined, t: Translate): string | undefined {
  const min = who?.minAge || undefined; // 0 says nothing
  const max = who?.maxAge;
  if (min === undefined && max === undefined) return undefined;
  const needsUnits = [min, max].some((age) => age !== undefined && !Number.isInteger(age));
  if (needsUnits) {
    if (min !== undefined && max !== undefined) return t('card.who.age.rangeUnits', { min: ageWithUnit(min, t), max: ageWithUnit(max, t) });
    if (min !== undefined) return t('card.who.age.fromUnits', { min: ageWithUnit(min, t) });
    return t('card.who.age.upToUnits', { max: ageWithUnit(max!, t) });
  }
  if (min !== undefined && max !== undefined) return t('card.who.age.range', { min, max });
  if (min !== undefined) return t('card.who.age.from', { min });
  return t('card.who.age.upTo', { max: max! });
}
