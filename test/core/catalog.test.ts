import { expect } from '@open-wc/testing';
import { catalog } from '../../src/i18n/catalog.js';
import { createTranslator, uiLanguage } from '../../src/i18n/translate.js';
import { UI_LANGUAGES } from '../../src/i18n/types.js';

describe('UI string catalog', () => {
  it('has every key in every language, and no empty or untranslated leftovers', () => {
    for (const [area, messages] of Object.entries(catalog)) {
      const english = messages.en as Record<string, unknown>;
      for (const lang of UI_LANGUAGES) {
        const strings = (messages as Record<string, Record<string, unknown>>)[lang]!;
        for (const key of Object.keys(english)) {
          expect(strings, `${lang}: ${area}.${key} is missing`).to.have.property(key);
          const value = JSON.stringify(strings[key]);
          const englishValue = JSON.stringify(english[key]);
          if (lang !== 'en' && englishValue !== '""') {
            expect(value, `${lang}: ${area}.${key} is still English`).not.to.equal(englishValue);
          }
        }
        expect(Object.keys(strings).sort(), `${lang}: ${area} has keys English does not`).to.deep.equal(Object.keys(english).sort());
      }
    }
  });

  it('keeps the same {placeholders} in every language', () => {
    const placeholders = (value: unknown) => [...JSON.stringify(value).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().filter((v, i, a) => a.indexOf(v) === i);
    for (const [area, messages] of Object.entries(catalog)) {
      const english = messages.en as Record<string, unknown>;
      for (const lang of UI_LANGUAGES) {
        const strings = (messages as Record<string, Record<string, unknown>>)[lang]!;
        for (const key of Object.keys(english)) {
          expect(placeholders(strings[key]), `${lang}: ${area}.${key}`).to.deep.equal(placeholders(english[key]));
        }
      }
    }
  });

  it('formats plurals and numbers in the reader’s language', () => {
    expect(createTranslator('en')('card.locations.showAll', { count: 1148 })).to.equal('Show all 1,148 locations');
    expect(createTranslator('es')('card.locations.showAll', { count: 1148 })).to.equal('Mostrar los 1148 lugares');
    expect(createTranslator('en')('card.locations.count', { count: 1 })).to.equal('1 place');
    expect(createTranslator('es-MX')('card.status.recruiting')).to.equal('Busca voluntarios ahora');
  });

  it('falls back to English for languages it does not have, and survives a malformed tag', () => {
    expect(uiLanguage('fr')).to.equal('en');
    expect(uiLanguage(undefined)).to.equal('en');
    expect(createTranslator('not a tag!!')('card.status.completed')).to.equal('Finished');
  });
});
