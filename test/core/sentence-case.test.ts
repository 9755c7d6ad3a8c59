import { expect } from '@open-wc/testing';
import { midSentence } from '../../src/core/sentence-case.js';

describe('midSentence: a condition name placed inside a sentence', () => {
  it('lowers the first capital of an ordinary word', () => {
    expect(midSentence('Non-small cell lung cancer')).to.equal('non-small cell lung cancer');
    expect(midSentence('Asthma')).to.equal('asthma');
    expect(midSentence('Chronic lymphocytic leukemia (CLL)')).to.equal('chronic lymphocytic leukemia (CLL)');
    expect(midSentence('Cáncer de pulmón', 'es')).to.equal('cáncer de pulmón');
    expect(midSentence('Élévation de la tension', 'fr')).to.equal('élévation de la tension');
  });

  it('keeps acronyms, all-caps words and words with a capital inside', () => {
    expect(midSentence('HER2-positive breast cancer that has spread (metastatic)')).to.equal('HER2-positive breast cancer that has spread (metastatic)');
    expect(midSentence('COVID-19')).to.equal('COVID-19');
    expect(midSentence('CLL')).to.equal('CLL');
    expect(midSentence('McArdle disease')).to.equal('McArdle disease');
    expect(midSentence('B-cell lymphoma')).to.equal('B-cell lymphoma');
    expect(midSentence('T-cell lymphoma')).to.equal('T-cell lymphoma');
  });

  it('keeps proper names: possessives and diseases named after people', () => {
    expect(midSentence('Parkinson’s disease')).to.equal('Parkinson’s disease');
    expect(midSentence("Crohn's disease")).to.equal("Crohn's disease");
    expect(midSentence('Parkinson disease')).to.equal('Parkinson disease');
    expect(midSentence('Hodgkin lymphoma')).to.equal('Hodgkin lymphoma');
    expect(midSentence('Alzheimer Disease')).to.equal('Alzheimer Disease');
  });

  it('leaves German (nouns are capitalised), scripts without case, and empty text alone', () => {
    expect(midSentence('Brustkrebs', 'de')).to.equal('Brustkrebs');
    expect(midSentence('Lungenkrebs', 'de-AT')).to.equal('Lungenkrebs');
    expect(midSentence('肺癌', 'zh-Hans')).to.equal('肺癌');
    expect(midSentence('سرطان الرئة', 'ar')).to.equal('سرطان الرئة');
    expect(midSentence('')).to.equal('');
    expect(midSentence('(Early) breast cancer')).to.equal('(Early) breast cancer');
    expect(midSentence('lung cancer')).to.equal('lung cancer');
  });
});
