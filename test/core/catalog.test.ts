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
  es: ['eligibility.no', 'eligibility.error.prefix'],
  // "Logo" is the everyday French word (Larousse, Le Robert); "logotype" reads as jargon.
  fr: ['card.sponsor.logo'],
  // "Logo" is the everyday German word (Duden: das Logo).
  de: ['card.sponsor.logo'],
};

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

  it('falls back to English for languages it does not have, and survives a malformed tag', () => {
    expect(uiLanguage('kl')).to.equal('en');
    expect(uiLanguage(undefined)).to.equal('en');
    expect(createTranslator('not a tag!!')('card.status.completed')).to.equal('Finished');
  });
});
