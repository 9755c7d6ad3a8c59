/**
 * The translator never returns a key. This page loads only the translator, so the English of the
 * elements' own areas (`faq`, `share`, `eligibility`) was never added: the case of a string used
 * by a part of the page whose area is not there.
 */
import { expect } from '@open-wc/testing';
import { createTranslator, loadLanguage } from '../../src/i18n/translate.js';
import { captureConsole } from '../helpers.js';

describe('translator: a missing string', () => {
  it('is never shown as its key: left out, and logged once', async () => {
    const t = createTranslator('en');
    const { result, errors } = await captureConsole(() => [t('faq.title'), t('faq.title'), t('share.heading', { x: 1 })]);
    expect(result).to.deep.equal(['', '', '']);
    expect(errors.filter((error) => error.includes('"faq.title"'))).to.have.length(1);
    expect(errors.filter((error) => error.includes('"share.heading"'))).to.have.length(1);
  });

  it('comes in the reader’s language when that language has it, and English strings still work', async () => {
    await loadLanguage('fr');
    expect(createTranslator('fr')('faq.title')).to.equal('Questions et réponses');
    expect(createTranslator('en')('common.term.explain')).to.equal('What does this mean?');
  });
});
