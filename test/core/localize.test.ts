import { expect } from '@open-wc/testing';
import { matchLanguage, resolveText, resolveTextWithLang } from '../../src/core/localize.js';

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
    expect(resolveText({ de: '' , fr: 'Salut'}, 'de')).to.equal('Salut');
    expect(resolveText(undefined, 'en')).to.equal('');
  });

  it('matches languages', () => {
    expect(matchLanguage('es-419', ['en', 'es'])).to.equal('es');
    expect(matchLanguage('zh', ['en', 'zh-Hans'])).to.equal('zh-Hans');
    expect(matchLanguage('fr', ['en', 'es'])).to.equal(undefined);
  });
});
