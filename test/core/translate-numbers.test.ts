// Issue 14: a card's first render writes ages ("Ages 18 to 75") without creating an Intl.NumberFormat,
// whose first use costs 40–80 ms at a phone's CPU speed, and writes every number as Intl would.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/bundle.js';
import { createTranslator, loadLanguage, wholeNumbersWithoutIntl } from '../../src/i18n/translate.js';
import { demoConfig, minimalConfig, mount, shadowText } from '../helpers.js';

/** Counts the Intl.NumberFormat objects made while `run` runs. */
async function numberFormatsMadeBy(run: () => unknown): Promise<number> {
  const Original = Intl.NumberFormat;
  let made = 0;
  const Counting = function (this: unknown, ...args: ConstructorParameters<typeof Intl.NumberFormat>) {
    made++;
    return new Original(...args);
  } as unknown as typeof Intl.NumberFormat;
  Object.assign(Counting, Original);
  Intl.NumberFormat = Counting;
  try {
    await run();
  } finally {
    Intl.NumberFormat = Original;
  }
  return made;
}

describe('numbers in the built-in strings', () => {
  afterEach(() => fixtureCleanup());

  it('a whole number below 1,000 reads the same as Intl writes it, in every tag the shortcut takes', () => {
    const tags = [
      'en',
      'en-US',
      'en-GB',
      'en-IN',
      'es',
      'es-MX',
      'es-419',
      'fr',
      'fr-CA',
      'fr-CH',
      'de',
      'de-CH',
      'de-AT',
      'pt',
      'pt-BR',
      'pt-PT',
      'zh',
      'zh-Hans',
      'zh-Hant-TW',
      'zh-HK',
    ];
    for (const tag of tags) {
      const intl = new Intl.NumberFormat(tag);
      for (let n = 0; n < 1000; n++) expect(String(n), `${tag} ${n}`).to.equal(intl.format(n));
    }
  });

  it('a whole number from 1,000 to 999,999 reads the same as Intl writes it, in every tag whose grouping is known', () => {
    const tags = [
      'en',
      'en-US',
      'en-GB',
      'en-CA',
      'en-AU',
      'es',
      'es-ES',
      'es-MX',
      'es-US',
      'es-419',
      'fr',
      'fr-FR',
      'fr-CA',
      'de',
      'de-DE',
      'pt',
      'pt-BR',
      'zh',
      'zh-Hans',
      'zh-CN',
      'zh-Hant',
      'zh-TW',
    ];
    // Every number to 20,000 (where the 4-digit rule and the first separators are), then a stride to the top.
    const numbers: number[] = [];
    for (let n = 1000; n <= 20_000; n++) numbers.push(n);
    for (let n = 20_001; n < 1_000_000; n += 97) numbers.push(n);
    numbers.push(100_000, 999_000, 999_999);
    for (const tag of tags) {
      const write = wholeNumbersWithoutIntl(tag)!;
      const intl = new Intl.NumberFormat(tag);
      for (const n of numbers) expect(write(n), `${tag} ${n}`).to.equal(intl.format(n));
    }
    // Tags whose grouping differs (Indian lakhs, apostrophes, spaces) or is not known go through Intl.
    for (const tag of ['en-IN', 'en-ZA', 'es-AR', 'de-CH', 'de-AT', 'pt-PT', 'fr-CH', 'zh-HK', 'ar', 'en-u-nu-arab']) {
      expect(wholeNumbersWithoutIntl(tag)?.(1148), tag).to.equal(undefined);
    }
    expect(wholeNumbersWithoutIntl('en')!(1_000_000)).to.equal(undefined);
    expect(wholeNumbersWithoutIntl('en')!(1148.5)).to.equal(undefined);
  });

  it('writes ages without making a formatter, and larger or other numbers, or other scripts, through Intl', async () => {
    await loadLanguage('ar');
    // (Translators are cached by tag: each case has a tag of its own, so each starts without a formatter.)
    const en = createTranslator('en-AU');
    expect(await numberFormatsMadeBy(() => expect(en('card.who.age.range', { min: 18, max: 75 })).to.equal('Ages 18 to 75'))).to.equal(0);
    expect(await numberFormatsMadeBy(() => expect(en('card.who.age.from', { min: 1148 })).to.contain('1,148'))).to.equal(0);
    expect(await numberFormatsMadeBy(() => expect(en('card.who.age.from', { min: 1_234_567 })).to.contain('1,234,567'))).to.equal(1);
    expect(await numberFormatsMadeBy(() => createTranslator('en-NZ')('card.who.age.from', { min: 2.5 }))).to.equal(1);
    const arabicDigits = createTranslator('ar-EG');
    const eighteen = new Intl.NumberFormat('ar-EG').format(18);
    const made = await numberFormatsMadeBy(() => expect(arabicDigits('card.who.age.from', { min: 18 })).to.contain(eighteen));
    expect(made).to.equal(1);
    expect(await numberFormatsMadeBy(() => createTranslator('en-u-nu-arab')('card.who.age.from', { min: 18 }))).to.equal(1);
  });

  it('a card of a study for ages 18 to 75 renders its first screen without a number formatter', async () => {
    let card!: HTMLElement;
    const made = await numberFormatsMadeBy(async () => {
      // A tag no other test uses, so its translator is new.
      card = await mount<HTMLElement>('trial-card', minimalConfig({ who: { minAge: 18, maxAge: 75 }, conditions: ['Asthma'] }), { lang: 'en-CA' });
    });
    expect(shadowText(card)).to.contain('Ages 18 to 75');
    expect(made).to.equal(0);
  });

  it('the whole card of the 1,148-place trial ("Show all 1,148") makes no number formatter either', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    let card!: HTMLElement;
    const made = await numberFormatsMadeBy(async () => {
      card = await mount<HTMLElement>('trial-card', config, { lang: 'en-GB' });
    });
    expect(shadowText(card)).to.match(/Show all 1,148/);
    expect(made).to.equal(0);
  });
});
