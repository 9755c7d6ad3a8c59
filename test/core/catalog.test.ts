import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import { languageLoaders, UI_LANGUAGES } from '../../src/i18n/languages.js';
import { createTranslator, loadLanguage, uiLanguage } from '../../src/i18n/translate.js';
import type { LanguageCatalog } from '../../src/i18n/types.js';

async function catalogOf(lang: string): Promise<LanguageCatalog> {
  return lang === 'en' ? en : languageLoaders[lang as keyof typeof languageLoaders]();
}

/** Strings that are rightly the same word in English and another language. */
const SAME_WORD: Record<string, string[]> = {
  // `eligibility.error.named` is only punctuation around two placeholders: Spanish and Portuguese quote like English.
  es: ['eligibility.no', 'faq.no', 'finder.no', 'eligibility.error.prefix', 'eligibility.error.named', 'notify.error.prefix'],
  'pt-BR': ['eligibility.error.named'],
  // "Logo" is the everyday French word (Larousse, Le Robert); "logotype" reads as jargon.
  fr: ['card.sponsor.logo'],
  // "Logo" is the everyday German word (Duden: das Logo).
  de: ['card.sponsor.logo'],
};

/**
 * In languages not written in Latin letters, any Latin word left in a string is English left over,
 * unless it is one of these names, which stay as they are.
 */
const LATIN_NAMES: Record<string, string> = {
  'ClinicalTrials.gov': 'the US registry’s name and address',
  ISRCTN: 'the UK registry’s name',
  QR: 'a QR code is called that in Arabic (رمز QR); Chinese has 二维码',
  SVG: 'a file type, as the download is named',
  PNG: 'a file type, as the download is named',
  Mastodon: 'a network’s name',
  'mastodon.social': 'an example server address',
  'name@example.com': 'an example email address',
};
const NON_LATIN = ['zh-Hans', 'ar'];

/** Plural forms each language must give (its CLDR categories); English and Spanish give one/other. */
const pluralForms = (lang: string) => new Intl.PluralRules(lang).resolvedOptions().pluralCategories.slice().sort();

const placeholders = (value: unknown) => [...new Set([...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('UI string catalog', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: has every key, no extra keys, no English leftovers, the same placeholders`, async () => {
      const catalog = await catalogOf(lang);
      expect(Object.keys(catalog).sort()).to.deep.equal(Object.keys(en).sort());
      for (const [area, english] of Object.entries(en) as [keyof LanguageCatalog, Record<string, unknown>][]) {
        const strings = catalog[area] as Record<string, unknown>;
        expect(Object.keys(strings).sort(), `${lang}: ${area} keys`).to.deep.equal(Object.keys(english).sort());
        for (const key of Object.keys(english)) {
          const value = JSON.stringify(strings[key]);
          const englishValue = JSON.stringify(english[key]);
          if (lang !== 'en' && englishValue !== '""' && !SAME_WORD[lang]?.includes(`${area}.${key}`)) {
            expect(value, `${lang}: ${area}.${key} is still English`).not.to.equal(englishValue);
          }
          expect(placeholders(strings[key]), `${lang}: ${area}.${key} placeholders`).to.deep.equal(placeholders(english[key]));
          if (typeof english[key] === 'object' && NON_LATIN.includes(lang)) {
            expect(Object.keys(strings[key] as object).sort(), `${lang}: ${area}.${key} plural forms`).to.deep.equal(pluralForms(lang));
          }
          if (NON_LATIN.includes(lang)) {
            const forms = typeof strings[key] === 'string' ? [strings[key] as string] : Object.values(strings[key] as object);
            const words =
              forms
                .join(' ')
                .replace(/\{\w+\}/g, '')
                .match(/[A-Za-z][\w.@]*[A-Za-z]/g) ?? [];
            for (const word of words) expect(LATIN_NAMES, `${lang}: ${area}.${key} has the Latin word "${word}"`).to.have.property(word);
          }
        }
      }
    });
  }

  it('formats plurals and numbers in the reader’s language', async () => {
    await loadLanguage('es');
    expect(createTranslator('en')('card.locations.showAll', { count: 1148 })).to.equal('Show all 1,148 locations');
    expect(createTranslator('es')('card.locations.showAll', { count: 1148 })).to.equal('Mostrar los 1148 lugares');
    expect(createTranslator('en')('card.locations.count', { count: 1 })).to.equal('1 place');
    expect(createTranslator('es-MX')('card.status.recruiting')).to.equal('Busca voluntarios ahora');
  });

  it('formats Arabic with every plural form, the reader’s digits, and isolated values', async () => {
    await loadLanguage('ar');
    const ar = createTranslator('ar');
    const forms = [0, 1, 2, 3, 11, 100, 1148].map((count) => ar('card.locations.count', { count }));
    expect(forms).to.deep.equal(['0 مكان', 'مكان واحد', 'مكانان', '3 أماكن', '11 مكانًا', '100 مكان', '1,148 مكانًا']);
    expect(ar('card.locations.showAll', { count: 1148 })).to.equal('عرض كل الأماكن (1,148 مكانًا)');
    // Plain `ar` has Latin digits (CLDR); Egypt and Saudi Arabia read Arabic-Indic ones; the tag can choose.
    expect(createTranslator('ar-EG')('eligibility.progress', { index: 2, total: 12 })).to.equal('السؤال ٢ من ١٢');
    expect(createTranslator('ar-SA-u-nu-latn')('eligibility.progress', { index: 2, total: 12 })).to.equal('السؤال 2 من 12');
    // A phone number keeps its digit order inside an Arabic sentence: it is isolated (FSI…PDI).
    expect(ar('common.contact.call', { phone: '+1 555 010 0199' })).to.equal('الاتصال بالرقم \u2068+1 555 010 0199\u2069');
    // Left-to-right languages are left alone, unless the value itself is right to left.
    expect(createTranslator('en')('common.contact.call', { phone: '+1 555 010 0199' })).to.equal('Call +1 555 010 0199');
    expect(createTranslator('en')('common.contact.email', { email: 'سارة@example.org' })).to.equal('Email \u2068سارة@example.org\u2069');
  });

  it('formats Simplified Chinese for every Chinese tag written in Simplified characters', async () => {
    await loadLanguage('zh-Hans');
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG']) {
      expect(uiLanguage(tag), tag).to.equal('zh-Hans');
      expect(createTranslator(tag)('card.locations.showAll', { count: 1148 }), tag).to.equal('显示全部 1,148 个地点');
    }
    expect(createTranslator('zh-CN')('eligibility.start.count', { count: 1 })).to.equal('一共有 1 个简短的问题。');
    // Traditional characters: English, as CLDR falls back (there is no zh-Hant catalog yet).
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant']) expect(uiLanguage(tag), tag).to.equal('en');
  });

  it('falls back to English for languages it does not have, and survives a malformed tag', () => {
    expect(uiLanguage('kl')).to.equal('en');
    expect(uiLanguage(undefined)).to.equal('en');
    expect(createTranslator('not a tag!!')('card.status.completed')).to.equal('Finished');
  });
});
