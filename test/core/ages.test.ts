import { expect } from '@open-wc/testing';
import { ageText } from '../../src/core/ages.js';
import { en } from '../../src/i18n/en/index.js';
import { translatorFor } from '../../src/i18n/translate.js';

const t = translatorFor(en, 'en');
const ages = (minAge?: number, maxAge?: number) => ageText({ minAge, maxAge }, t);

describe('ageText (the one "who can join" age wording)', () => {
  it('says nothing when there is no limit, or only "0 and over"', () => {
    expect(ages()).to.equal(undefined);
    expect(ages(0)).to.equal(undefined);
    expect(ageText(undefined, t)).to.equal(undefined);
  });

  it('words whole years', () => {
    expect(ages(18, 65)).to.equal('Ages 18 to 65');
    expect(ages(18)).to.equal('Ages 18 and older');
    expect(ages(undefined, 17)).to.equal('Up to age 17');
    expect(ages(0, 17)).to.equal('Up to age 17');
  });

  it('gives ages that are not whole years in months, each bound in its own unit', () => {
    expect(ages(0.5, 17)).to.equal('From 6 months to 17 years old');
    expect(ages(1.5, 17)).to.equal('From 18 months to 17 years old');
    expect(ages(0.5)).to.equal('From 6 months old');
    expect(ages(0, 0.5)).to.equal('Up to 6 months old');
    expect(ages(1 / 12, 1)).to.equal('From 1 month to 1 year old');
  });
});
