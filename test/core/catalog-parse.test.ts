import { expect } from '@open-wc/testing';
import { entryUrl, parseCatalog, srcProblem, summaryOf } from '../../src/core/catalog.js';
import { demoConfig, minimalConfig } from '../helpers.js';

const summary = (id: string, extra: Record<string, unknown> = {}) => ({ id, title: `Study ${id}`, status: 'recruiting', ...extra });
const questions = [
  { id: 'diagnosed', text: 'Has a doctor told you that you have MS?', type: 'yesno' },
  {
    id: 'kind',
    text: 'Which kind of MS?',
    type: 'choice',
    options: [
      { value: 'relapsing', label: 'Relapsing' },
      { value: 'progressive', label: 'Progressive' },
    ],
  },
  { id: 'years', text: 'How many years ago?', type: 'number', min: 0, max: 80 },
];

describe('parseCatalog', () => {
  it('keeps every valid entry in order, src and inline', () => {
    const { catalog, problems, ok } = parseCatalog({
      catalogVersion: 1,
      title: { en: 'MS studies', es: 'Estudios de EM' },
      questions,
      trials: [
        { src: 'studies/a.json', summary: summary('a'), eligibleIf: { q: 'diagnosed', equals: 'yes' } },
        { src: 'https://example.org/b.json' },
        {
          config: minimalConfig({ id: 'c' }),
          eligibleIf: {
            all: [
              { q: 'kind', in: ['relapsing'] },
              { q: 'years', max: 10 },
            ],
          },
        },
      ],
    });
    expect(problems).to.deep.equal([]);
    expect(ok).to.equal(true);
    expect(catalog.title).to.deep.equal({ en: 'MS studies', es: 'Estudios de EM' });
    expect(catalog.questions?.map((q) => q.id)).to.deep.equal(['diagnosed', 'kind', 'years']);
    expect(catalog.trials.map((t) => t.src ?? t.summary?.id)).to.deep.equal(['studies/a.json', 'https://example.org/b.json', 'c']);
    // An inline config's summary is made from the config.
    expect(catalog.trials[2]!.summary).to.deep.equal({ id: 'c', title: 'A small study', summary: 'A short summary in plain words.', status: 'recruiting' });
  });

  it('leaves out a bad entry, names it by path, and keeps the rest', () => {
    const { catalog, problems, ok } = parseCatalog({
      catalogVersion: 1,
      trials: [
        { src: 'a.json', summary: summary('a') },
        { src: 'javascript:alert(1)' },
        { src: '//evil.example/x.json' },
        'not an entry',
        {},
        { src: 'b.json', config: minimalConfig() },
        { config: minimalConfig({ status: 'open' }) },
        { src: 'c.json', sumary: summary('c') },
        { src: 'd.json', summary: summary('d', { status: 'recruting' }) },
        { src: 'e.json', summary: summary('e') },
      ],
    });
    expect(ok).to.equal(true);
    expect(catalog.trials.map((t) => t.summary?.id)).to.deep.equal(['a', 'e']);
    const paths = problems.map((p) => p.path);
    expect(paths).to.include.members([
      'trials[1].src',
      'trials[2].src',
      'trials[3]',
      'trials[4]',
      'trials[5]',
      'trials[6].config.status',
      'trials[7].sumary',
      'trials[8].summary.status',
    ]);
    expect(problems.find((p) => p.path === 'trials[7].sumary')!.message).to.match(/Unknown field "sumary"/);
  });

  it('says a value that is not a catalog is not usable', () => {
    for (const value of [null, [], 'text', { trials: [] }, { catalogVersion: 2, trials: [] }, { catalogVersion: 1 }, { catalogVersion: 1, trials: {} }]) {
      const result = parseCatalog(value);
      expect(result.ok, JSON.stringify(value)).to.equal(false);
      expect(result.problems.length, JSON.stringify(value)).to.be.greaterThan(0);
      expect(result.catalog.trials).to.deep.equal([]);
    }
    expect(parseCatalog({ catalogVersion: 2, trials: [] }).problems[0]!.path).to.equal('catalogVersion');
    expect(parseCatalog({ catalogVersion: 1 }).problems[0]!.path).to.equal('trials');
  });

  it('checks eligibleIf against the catalog questions only', () => {
    const { catalog, problems } = parseCatalog({
      catalogVersion: 1,
      questions,
      trials: [
        { src: 'a.json', summary: summary('a'), eligibleIf: { q: 'age', min: 18 } },
        { src: 'b.json', summary: summary('b'), eligibleIf: { q: 'diagnosed', equals: 'maybe' } },
        { src: 'c.json', summary: summary('c'), eligibleIf: { q: 'kind', in: ['other'] } },
        { src: 'd.json', summary: summary('d'), eligibleIf: { q: 'years', equals: 'ten' } },
        { src: 'e.json', summary: summary('e'), eligibleIf: { q: 'kind', min: 1 } },
        { src: 'f.json', summary: summary('f'), eligibleIf: { any: [] } },
        { src: 'g.json', summary: summary('g'), eligibleIf: { q: 'diagnosed', equal: 'yes' } },
        { src: 'h.json', summary: summary('h'), eligibleIf: { not: { q: 'years', min: 1, max: 5 } } },
      ],
    });
    expect(catalog.trials.map((t) => t.summary?.id)).to.deep.equal(['h']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'trials[0].eligibleIf.q',
      'trials[1].eligibleIf.equals',
      'trials[2].eligibleIf.in',
      'trials[3].eligibleIf.equals',
      'trials[4].eligibleIf',
      'trials[5].eligibleIf',
      'trials[6].eligibleIf',
    ]);
    expect(problems[0]!.message).to.contain('diagnosed, kind, years');
  });

  it('checks catalog questions like a config’s, and on a problem drops them and every eligibleIf', () => {
    const { catalog, problems, ok } = parseCatalog({
      catalogVersion: 1,
      questions: [
        questions[0],
        { id: 'kind', text: 'Which kind?', type: 'choice', options: [{ value: 'a', label: 'A' }] },
        { id: 'x', text: 'X?', type: 'yesno', showIf: { q: 'later', equals: 'yes' } },
      ],
      trials: [{ src: 'a.json', summary: summary('a'), eligibleIf: { q: 'diagnosed', equals: 'yes' } }],
    });
    expect(ok).to.equal(true);
    expect(problems.map((p) => p.path)).to.deep.equal(['questions[1].options', 'questions[2].showIf.q']);
    expect(catalog.questions).to.equal(undefined);
    expect(catalog.trials).to.have.length(1);
    expect(catalog.trials[0]!.eligibleIf).to.equal(undefined);
  });

  it('leaves out a repeated trial id', () => {
    const { catalog, problems } = parseCatalog({
      catalogVersion: 1,
      trials: [{ src: 'a.json', summary: summary('a') }, { config: minimalConfig({ id: 'a' }) }],
    });
    expect(catalog.trials).to.have.length(1);
    expect(problems).to.have.length(1);
    expect(problems[0]!.path).to.equal('trials[1].config.id');
  });

  it('keeps registry drafts from patients: a draft title leaves the entry out, other draft texts are dropped', () => {
    const { catalog, problems } = parseCatalog({
      catalogVersion: 1,
      trials: [
        { src: 'a.json', summary: summary('a', { title: '[REWRITE] A Randomized Phase III Trial' }) },
        { src: 'b.json', summary: summary('b', { summary: '[REWRITE] Clinical words', conditions: ['MS', '[REWRITE] Demyelinating disease'] }) },
      ],
    });
    expect(catalog.trials.map((t) => t.summary?.id)).to.deep.equal(['b']);
    expect(catalog.trials[0]!.summary).to.deep.equal({ id: 'b', title: 'Study b', status: 'recruiting', conditions: ['MS'] });
    expect(problems.map((p) => p.path)).to.deep.equal(['trials[0].summary.title', 'trials[1].summary.summary', 'trials[1].summary.conditions[1]']);
  });

  it('checks the summary’s places, ages and texts', () => {
    const { catalog, problems } = parseCatalog({
      catalogVersion: 1,
      trials: [
        { src: 'a.json', summary: summary('a', { locations: [{ name: 'Clinic', country: 'US', geo: { lat: 91, lon: 0 } }] }) },
        { src: 'b.json', summary: summary('b', { who: { minAge: 70, maxAge: 18 } }) },
        { src: 'c.json', summary: summary('c', { title: { english: 'Study' } }) },
        { src: 'd.json', summary: summary('d', { participation: { remote: 'yes' } }) },
        {
          src: 'e.json',
          summary: summary('e', {
            locations: [{ name: 'Clinic', country: 'US', recruiting: false, geo: { lat: 47.6, lon: -122.3 } }],
            who: { minAge: 18, sex: 'female' },
          }),
        },
      ],
    });
    expect(catalog.trials.map((t) => t.summary?.id)).to.deep.equal(['e']);
    expect(problems.map((p) => p.path)).to.deep.equal([
      'trials[0].summary.locations[0].geo',
      'trials[1].summary.who.maxAge',
      'trials[2].summary.title',
      'trials[3].summary.participation.remote',
    ]);
  });

  it('reports an unknown catalog field but keeps the list', () => {
    const { catalog, problems, ok } = parseCatalog({ catalogVersion: 1, $schema: 'x', trial: [], trials: [{ src: 'a.json' }] });
    expect(ok).to.equal(true);
    expect(problems.map((p) => p.path)).to.deep.equal(['trial']);
    expect(catalog.trials).to.have.length(1);
  });

  it('never throws on odd input', () => {
    const cyclic: Record<string, unknown> = { catalogVersion: 1, trials: [] };
    (cyclic.trials as unknown[]).push({ src: 'a.json', summary: cyclic });
    expect(() => parseCatalog(cyclic)).not.to.throw();
    expect(() => parseCatalog({ catalogVersion: 1, trials: [null, 1, [], { config: null }, { src: 5 }] })).not.to.throw();
  });
});

describe('srcProblem and entryUrl', () => {
  it('accepts https and relative paths, refuses other schemes and "//" addresses', () => {
    for (const ok of ['https://example.org/a.json', 'a.json', 'studies/a.json', '../a.json', '/trials/a.json', 'http://localhost:8000/a.json'])
      expect(srcProblem(ok), ok).to.equal(undefined);
    for (const bad of ['http://example.org/a.json', 'javascript:alert(1)', 'data:application/json,{}', '//evil.example/a.json', '\\\\evil', '', 3])
      expect(srcProblem(bad), String(bad)).to.be.a('string');
  });

  it('resolves against the catalog’s address', () => {
    expect(entryUrl('studies/a.json', 'https://example.org/ms/catalog.json')).to.equal('https://example.org/ms/studies/a.json');
    expect(entryUrl('https://other.example/b.json', 'https://example.org/catalog.json')).to.equal('https://other.example/b.json');
    expect(entryUrl('javascript:alert(1)', 'https://example.org/catalog.json')).to.equal(undefined);
  });
});

describe('summaryOf', () => {
  it('takes what the list needs from a demo config', async () => {
    const config = await demoConfig('cll-apg-2575');
    const s = summaryOf(config);
    expect(s.id).to.equal(config.id);
    expect(s.title).to.deep.equal(config.title);
    expect(s.summary).to.deep.equal(config.summary);
    expect(s.status).to.equal(config.status);
    expect(s.conditions).to.deep.equal(config.conditions);
    expect(s.who).to.deep.equal(config.who);
    expect(s.participation).to.deep.equal({ remote: config.participation?.remote });
    expect(s.locations).to.have.length(config.locations!.length);
    expect(Object.keys(s.locations![0]!)).not.to.include('contact');
    expect(s.glossaryTerms).to.deep.equal(config.glossary?.map((g) => g.term));
  });

  it('leaves out what the config leaves out', () => {
    expect(summaryOf(minimalConfig())).to.deep.equal({ id: 'minimal', title: 'A small study', summary: 'A short summary in plain words.', status: 'recruiting' });
  });

  it('round-trips through parseCatalog', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const { catalog, problems } = parseCatalog({ catalogVersion: 1, trials: [{ src: 'x.json', summary: JSON.parse(JSON.stringify(summaryOf(config))) }] });
    expect(problems).to.deep.equal([]);
    expect(catalog.trials[0]!.summary).to.deep.equal(JSON.parse(JSON.stringify(summaryOf(config))));
  });
});

describe('parseCatalog: inline drafts', () => {
  it('names a draft text of an inline config once, by the config’s path', () => {
    const config = minimalConfig({ id: 'draft', summary: '[REWRITE] Registry words' });
    const { catalog, problems } = parseCatalog({
      catalogVersion: 1,
      trials: [{ config, summary: { id: 'draft', title: 'A small study', summary: '[REWRITE] Registry words', status: 'recruiting' } }],
    });
    expect(problems.map((p) => p.path)).to.deep.equal(['trials[0].config.summary']);
    expect(catalog.trials[0]!.summary!.summary).to.equal(undefined);
    // The config itself keeps the text: the elements show their own fallback for it.
    expect(catalog.trials[0]!.config!.summary).to.equal('[REWRITE] Registry words');
  });
});
