import { expect } from '@open-wc/testing';
import { findTerms, GLOSSARY_LANGUAGES, loadGlossary, mergeGlossary, type GlossaryTerm } from '../../src/core/glossary.js';

const terms: GlossaryTerm[] = [
  { term: 'placebo', definition: 'P' },
  { term: 'control group', definition: 'CG' },
  { term: 'control', definition: 'C' },
  { term: 'double-blind', also: ['double blinded'], definition: 'DB' },
  { term: 'therapy', definition: 'T' },
  { term: 'IRB', also: ['institutional review board'], definition: 'I' },
  { term: 'aleatorización', definition: 'A' },
  { term: 'efecto secundario', definition: 'E' },
];

/** The words found, as written in the text. */
const found = (text: string, list = terms) => findTerms(text, list).map((match) => text.slice(match.start, match.end));
const definitions = (text: string, list = terms) => findTerms(text, list).map((match) => match.term.definition);

describe('glossary matcher (findTerms)', () => {
  it('finds whole words only, in any letter case, with positions', () => {
    const text = 'A Placebo is not a placeboish pill; PLACEBO.';
    const matches = findTerms(text, terms);
    expect(matches.map((m) => [m.start, m.end])).to.deep.equal([
      [2, 9],
      [36, 43],
    ]);
    expect(matches[0]!.term.term).to.equal('placebo');
  });

  it('finds English plurals (-s, -es, -y → -ies)', () => {
    expect(found('Placebos, placeboes and two therapies.')).to.deep.equal(['Placebos', 'placeboes', 'therapies']);
  });

  it('finds Spanish plurals, also -ión → -iones and multiword plurals', () => {
    expect(found('Hubo dos aleatorizaciones y varios efectos secundarios.')).to.deep.equal(['aleatorizaciones', 'efectos secundarios']);
  });

  it('matches multiword terms across spaces, line breaks and hyphens', () => {
    expect(found('A double blind study; a double-blind study; a double\nblinded one.')).to.deep.equal(['double blind', 'double-blind', 'double\nblinded']);
    expect(definitions('the Institutional Review Board and the IRB')).to.deep.equal(['I', 'I']);
  });

  it('prefers the longest term at a position', () => {
    expect(definitions('the control group and a control')).to.deep.equal(['CG', 'C']);
    // Order of the list does not matter.
    expect(definitions('the control groups', [...terms].reverse())).to.deep.equal(['CG']);
  });

  it('never matches inside web or e-mail addresses', () => {
    const text = 'See https://example.org/placebo-study or www.placebo.org, mail placebo@example.org, or placebo.info — a placebo.';
    const matches = findTerms(text, terms);
    expect(matches).to.have.length(1);
    expect(matches[0]!.start).to.equal(text.lastIndexOf('placebo'));
  });

  it('handles empty input and terms with regular-expression characters', () => {
    expect(findTerms('', terms)).to.deep.equal([]);
    expect(findTerms('placebo', [])).to.deep.equal([]);
    const odd: GlossaryTerm[] = [
      { term: 'C++ (plus)', definition: 'x' },
      { term: 'a.b', definition: 'y' },
    ];
    expect(found('We use C++ (plus) here, not aXb.', odd)).to.deep.equal(['C++ (plus)']);
  });

  it('lets config terms replace built-in ones with the same term or spelling', () => {
    const merged = mergeGlossary(terms, [
      { term: 'irb', definition: 'Our board' },
      { term: 'study drug', definition: 'D' },
    ]);
    expect(merged.filter((entry) => entry.term.toLowerCase() === 'irb').map((entry) => entry.definition)).to.deep.equal(['Our board']);
    expect(merged.some((entry) => entry.definition === 'I')).to.equal(false);
    expect(merged).to.have.length(terms.length + 1);
  });
});

describe('built-in glossary (loadGlossary)', () => {
  const required: Record<string, string[]> = {
    en: [
      'placebo',
      'randomized',
      'blinded',
      'double-blind',
      'control group',
      'phase 1',
      'phase 2',
      'phase 3',
      'phase 4',
      'investigational',
      'informed consent',
      'adverse event',
      'side effect',
      'protocol',
      'eligibility criteria',
      'inclusion criteria',
      'exclusion criteria',
      'principal investigator',
      'IRB',
      'ethics committee',
      'sponsor',
      'biomarker',
      'cohort',
      'open-label',
      'crossover',
      'washout',
      'standard of care',
      'follow-up',
      'endpoint',
    ],
    es: [
      'placebo',
      'aleatorizado',
      'doble ciego',
      'grupo de control',
      'fase 1',
      'fase 3',
      'consentimiento informado',
      'evento adverso',
      'efecto secundario',
      'protocolo',
      'criterios de inclusión',
      'investigador principal',
      'comité de ética',
      'patrocinador',
      'biomarcador',
      'cohorte',
      'seguimiento',
    ],
  };

  for (const lang of GLOSSARY_LANGUAGES) {
    it(`${lang}: has at least 40 terms with plain definitions, covering the core research words`, async () => {
      const list = await loadGlossary(lang);
      expect(list.length).to.be.at.least(40);
      for (const entry of list) {
        expect(entry.definition.length, entry.term).to.be.within(20, 220);
        // Every term (and spelling) is found in a sentence using it.
        for (const form of [entry.term, ...(entry.also ?? [])]) {
          expect(definitions(`Here: ${form}.`, list), form).to.deep.equal([entry.definition]);
        }
      }
      for (const word of required[lang]!) expect(found(`About ${word} here.`, list), word).to.have.length(1);
    });
  }

  it('matches Spanish terms in Spanish text and uses the base language of a tag', async () => {
    const spanish = await loadGlossary('es-MX');
    expect(found('Es un estudio aleatorizado y doble ciego con un grupo de control.', spanish)).to.deep.equal(['aleatorizado', 'doble ciego', 'grupo de control']);
    expect(await loadGlossary('EN-gb')).to.equal(await loadGlossary('en'));
  });

  it('has no terms for a language without a glossary (a French text is never matched against English)', async () => {
    expect(await loadGlossary('fr')).to.deep.equal([]);
  });
});
