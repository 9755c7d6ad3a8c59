import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en/index.js';
import { languageLoaders, UI_LANGUAGES } from '../../src/i18n/languages.js';
import { createTranslator, loadLanguage, uiLanguage } from '../../src/i18n/translate.js';
import type { LanguageCatalog, Message } from '../../src/i18n/types.js';

async function catalogOf(lang: string): Promise<LanguageCatalog> {
  return lang === 'en' ? en : languageLoaders[lang as keyof typeof languageLoaders]();
}

/** Every string of a catalog (plural forms one by one), as `[area.key(.form), text]`. */
function strings(catalog: LanguageCatalog): [string, string][] {
  const out: [string, string][] = [];
  for (const [area, messages] of Object.entries(catalog) as [string, Record<string, Message>][]) {
    for (const [key, message] of Object.entries(messages)) {
      if (typeof message === 'string') out.push([`${area}.${key}`, message]);
      else for (const [form, text] of Object.entries(message)) out.push([`${area}.${key}.${form}`, text!]);
    }
  }
  return out;
}

const NNBSP = '\u202F'; // narrow no-break space: French « fine » before ? ! ;
const NBSP = '\u00A0';

describe('UI string catalog: plurals and typography', () => {
  for (const lang of UI_LANGUAGES) {
    it(`${lang}: every plural message has exactly the forms CLDR gives the language`, async () => {
      const catalog = await catalogOf(lang);
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
      let plurals = 0;
      for (const [area, messages] of Object.entries(catalog) as [string, Record<string, Message>][]) {
        for (const [key, message] of Object.entries(messages)) {
          if (typeof message === 'string') continue;
          plurals++;
          // `zero` is allowed on top in every language (the translator uses it for a count of 0);
          // in Arabic it is also a CLDR category of its own, so there it is required.
          const forms = Object.keys(message).filter((form) => form !== 'zero' || categories.includes('zero'));
          expect(forms.sort(), `${lang}: ${area}.${key}`).to.deep.equal([...categories].sort());
        }
      }
      expect(plurals).to.be.above(5);
    });

    it(`${lang}: typographic quotes and apostrophes, no straight ones`, async () => {
      for (const [key, text] of strings(await catalogOf(lang))) {
        expect(text, `${lang}: ${key}`).not.to.match(/["']/);
      }
    });
  }

  it('fr: a narrow no-break space before ? ! ; and a no-break space before : and inside « »', async () => {
    const fr = strings(await catalogOf('fr'));
    let checked = 0;
    for (const [key, text] of fr) {
      for (const match of text.matchAll(/(.)([?!;:»])/gu)) {
        const [, before, mark] = match;
        const wanted = mark === ':' || mark === '»' ? NBSP : NNBSP;
        expect(before, `fr: ${key}: space before “${mark}” in “${text}”`).to.equal(wanted);
        checked++;
      }
      for (const match of text.matchAll(/«(.)/gu)) expect(match[1], `fr: ${key}: space after «`).to.equal(NBSP);
      expect(text, `fr: ${key}: English quotes`).not.to.match(/[“”„]/);
    }
    expect(checked).to.be.above(20);
  });

  it('de: „…“ quotes, and a no-break space before …', async () => {
    const de = strings(await catalogOf('de'));
    let quotes = 0;
    for (const [key, text] of de) {
      expect(text, `de: ${key}`).not.to.match(/[”«»]/);
      // Every „ opens a quote that “ closes.
      expect([...text.matchAll(/„[^„“]*“/g)].length, `de: ${key}`).to.equal((text.match(/„/g) ?? []).length);
      expect((text.match(/„/g) ?? []).length, `de: ${key}`).to.equal((text.match(/“/g) ?? []).length);
      quotes += (text.match(/„/g) ?? []).length;
      for (const match of text.matchAll(/(.)…/gu)) expect(match[1], `de: ${key}`).to.equal(NBSP);
    }
    expect(quotes).to.be.above(3);
  });

  it('pt-BR: “…” quotes', async () => {
    for (const [key, text] of strings(await catalogOf('pt-BR'))) {
      expect(text, `pt-BR: ${key}`).not.to.match(/[„«»]/);
      expect((text.match(/“/g) ?? []).length, `pt-BR: ${key}`).to.equal((text.match(/”/g) ?? []).length);
    }
  });

  it('resolves regional and bare tags to the catalog languages', () => {
    expect(uiLanguage('fr-CA')).to.equal('fr');
    expect(uiLanguage('fr-BE')).to.equal('fr');
    expect(uiLanguage('de-AT')).to.equal('de');
    expect(uiLanguage('de-CH')).to.equal('de');
    expect(uiLanguage('pt')).to.equal('pt-BR');
    expect(uiLanguage('pt-BR')).to.equal('pt-BR');
    expect(uiLanguage('pt-br')).to.equal('pt-BR');
    expect(uiLanguage('pt-PT')).to.equal('pt-BR');
  });

  it('formats numbers and plurals as French, German and Brazilian readers write them', async () => {
    await Promise.all([loadLanguage('fr'), loadLanguage('de'), loadLanguage('pt-BR')]);
    const fr = createTranslator('fr');
    const de = createTranslator('de');
    const pt = createTranslator('pt-BR');
    // The grouping separator is Intl's (a narrow no-break space in French today), never a comma.
    expect(fr('card.locations.showAll', { count: 1148 })).to.equal(`Afficher les ${new Intl.NumberFormat('fr').format(1148)} lieux`);
    expect(fr('card.locations.showAll', { count: 1148 })).to.match(/^Afficher les 1[\u202F\u00A0]148 lieux$/);
    expect(de('card.locations.showAll', { count: 1148 })).to.equal('Alle 1.148 Orte zeigen');
    expect(pt('card.locations.showAll', { count: 1148 })).to.equal('Mostrar todos os 1.148 locais');
    // French and Portuguese put 0 with the singular, and a round million takes "de".
    expect(fr('card.locations.count', { count: 0 })).to.equal('0 lieu');
    expect(fr('card.locations.count', { count: 1 })).to.equal('1 lieu');
    expect(fr('card.locations.count', { count: 2 })).to.equal('2 lieux');
    expect(fr('card.locations.count', { count: 1_000_000 })).to.match(/^1[\u202F\u00A0]000[\u202F\u00A0]000 de lieux$/);
    expect(pt('card.locations.count', { count: 1_000_000 })).to.equal('1.000.000 de locais');
    expect(pt('card.locations.count', { count: 1 })).to.equal('1 local');
    expect(de('card.locations.count', { count: 0 })).to.equal('0 Orte');
    expect(de('card.locations.count', { count: 1 })).to.equal('1 Ort');
    expect(de('eligibility.progress', { index: 2, total: 4 })).to.equal('Frage 2 von 4');
    // A Portuguese reader from Portugal gets the Brazilian strings, with Portugal's number format.
    expect(createTranslator('pt-PT')('eligibility.start.button')).to.equal('Começar');
    expect(createTranslator('pt-PT')('card.locations.showAll', { count: 1148 })).to.equal(`Mostrar todos os ${new Intl.NumberFormat('pt-PT').format(1148)} locais`);
    expect(createTranslator('de-CH')('card.status.recruiting')).to.equal('Sucht jetzt Freiwillige');
  });
});
