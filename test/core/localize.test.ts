import { expect } from '@open-wc/testing';
import { hasRightToLeftLetters, isRightToLeft, matchLanguage, resolveText, resolveTextWithLang, sameLanguage, scriptOf } from '../../src/core/localize.js';

describe('localized text', () => {
  const text = { en: 'Hello', es: 'Hola', 'pt-BR': 'Olá' };

  it('returns plain strings as they are', () => {
    expect(resolveText('Hi', 'es')).to.equal('Hi');
  });

  it('picks the exact language, then the base language', () => {
    expect(resolveText(text, 'es')).to.equal('Hola');
    expect(resolveText(text, 'es-MX')).to.equal('Hola');
    expect(resolveText(text, 'pt')).to.equal('Olá');
    expect(resolveText(text, 'PT-br')).to.equal('Olá');
  });

  it('falls back to the default locale, then English, then anything', () => {
    expect(resolveTextWithLang(text, 'fr', 'es')).to.deep.equal({ text: 'Hola', lang: 'es' });
    expect(resolveTextWithLang(text, 'fr')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveText({ de: 'Hallo' }, 'fr')).to.equal('Hallo');
    expect(resolveText({ de: '', fr: 'Salut' }, 'de')).to.equal('Salut');
    expect(resolveText(undefined, 'en')).to.equal('');
  });

  it('matches languages', () => {
    expect(matchLanguage('es-419', ['en', 'es'])).to.equal('es');
    expect(matchLanguage('zh', ['en', 'zh-Hans'])).to.equal('zh-Hans');
    expect(matchLanguage('fr', ['en', 'es'])).to.equal(undefined);
  });

  it('matches Chinese by script: Simplified tags find zh-Hans, Traditional ones do not', () => {
    const ui = ['en', 'es', 'zh-Hans', 'ar'];
    for (const tag of ['zh', 'zh-CN', 'zh-Hans', 'zh-SG', 'zh-MY', 'zh-hans-hk', 'ZH-cn']) expect(matchLanguage(tag, ui), tag).to.equal('zh-Hans');
    for (const tag of ['zh-TW', 'zh-HK', 'zh-MO', 'zh-Hant', 'zh-Hant-CN']) expect(matchLanguage(tag, ui), tag).to.equal(undefined);
    // Config texts: a bare `zh` is Simplified; Traditional finds Traditional under any region.
    expect(matchLanguage('zh-TW', ['zh', 'zh-Hant'])).to.equal('zh-Hant');
    expect(matchLanguage('zh-HK', ['zh-TW', 'zh-CN'])).to.equal('zh-TW');
    expect(matchLanguage('zh-CN', ['zh-TW', 'zh'])).to.equal('zh');
    expect(resolveTextWithLang({ en: 'Hello', zh: '你好' }, 'zh-TW')).to.deep.equal({ text: 'Hello', lang: 'en' });
    expect(resolveTextWithLang({ en: 'Hello', 'zh-Hans': '你好' }, 'zh-SG')).to.deep.equal({ text: '你好', lang: 'zh-Hans' });
  });

  it('matches every Arabic region to ar, and prefers the bare language over another region', () => {
    for (const tag of ['ar', 'ar-EG', 'ar-SA', 'ar-MA', 'AR-ae']) expect(matchLanguage(tag, ['en', 'es', 'zh-Hans', 'ar']), tag).to.equal('ar');
    expect(matchLanguage('ar-EG', ['ar-SA', 'ar'])).to.equal('ar');
    expect(matchLanguage('ar-EG', ['en', 'ar-SA'])).to.equal('ar-SA');
  });

  it('knows scripts and which languages are written right to left', () => {
    expect(scriptOf('zh-TW')).to.equal('Hant');
    expect(scriptOf('zh-SG')).to.equal('Hans');
    expect(scriptOf('not a tag!!')).to.equal(undefined);
    for (const tag of ['ar', 'ar-EG', 'he', 'fa', 'ur', 'ps', 'yi', 'dv', 'pa-Arab', 'ckb']) expect(isRightToLeft(tag), tag).to.equal(true);
    for (const tag of ['en', 'es', 'zh-Hans', 'ku', 'pa', 'tr', '', 'not a tag!!']) expect(isRightToLeft(tag), tag).to.equal(false);
    expect(sameLanguage('es-MX', 'es')).to.equal(true);
    expect(sameLanguage('zh-CN', 'zh-Hans')).to.equal(true);
    expect(sameLanguage('zh-TW', 'zh-Hans')).to.equal(false);
    expect(sameLanguage('en', 'es')).to.equal(false);
    expect(hasRightToLeftLetters('Call +1 555')).to.equal(false);
    expect(hasRightToLeftLetters('Dr. سارة')).to.equal(true);
    expect(hasRightToLeftLetters('שלום')).to.equal(true);
  });
});
