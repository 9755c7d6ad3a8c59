import { expect } from '@open-wc/testing';
import { validateConfig, formatPath, salvageContact, type Problem } from '../../src/core/validate.js';
import { demoConfig, DEMO_TRIALS, minimalConfig } from '../helpers.js';

function problemsOf(input: unknown): Problem[] {
  const result = validateConfig(input);
  expect(result.ok, 'expected the config to be rejected').to.equal(false);
  return result.ok ? [] : result.problems;
}

function problemAt(problems: Problem[], path: string): Problem {
  const found = problems.find((p) => p.path === path);
  expect(found, `no problem at ${path}; got ${JSON.stringify(problems)}`).to.exist;
  return found!;
}

describe('validateConfig', () => {
  it('accepts every demo config', async () => {
    for (const name of DEMO_TRIALS) {
      const result = validateConfig(await demoConfig(name));
      expect(result.ok, `${name}: ${JSON.stringify(!result.ok && result.problems)}`).to.equal(true);
    }
  });

  it('accepts a minimal config and returns the parsed data', () => {
    const result = validateConfig(minimalConfig());
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.config.title).to.equal('A small study');
  });

  it('rejects values that are not an object, without throwing', () => {
    for (const value of [null, undefined, 42, 'text', [], true]) {
      expect(problemsOf(value)[0]!.message).to.contain('JSON object');
    }
  });

  it('names every missing required field', () => {
    const problems = problemsOf({ schemaVersion: 1 });
    for (const path of ['id', 'title', 'summary', 'status', 'contact']) {
      expect(problemAt(problems, path).message).to.match(/required/);
    }
  });

  it('names an unknown field and suggests the spelling', () => {
    const problems = problemsOf(minimalConfig({ sponsor: { nmae: 'Acme' } }));
    expect(problemAt(problems, 'sponsor.nmae').message).to.contain('Did you mean "name"');
    expect(problemAt(problems, 'sponsor.name').message).to.contain('required');
  });

  it('names an unknown top-level field, and allows $schema', () => {
    expect(problemAt(problemsOf(minimalConfig({ titel: 'x' })), 'titel').message).to.contain('"title"');
    expect(validateConfig(minimalConfig({ $schema: './trialkit.schema.json' })).ok).to.equal(true);
  });

  it('suggests the right status for a wrong-case value', () => {
    const problem = problemAt(problemsOf(minimalConfig({ status: 'RECRUITING' })), 'status');
    expect(problem.message).to.contain('Did you mean "recruiting"');
  });

  it('checks localized text: empty strings, bad language tags, empty objects', () => {
    expect(problemAt(problemsOf(minimalConfig({ title: '' })), 'title').message).to.contain('empty');
    expect(problemsOf(minimalConfig({ title: { 'not a tag!': 'x' } })).some((p) => p.path.startsWith('title'))).to.equal(true);
    expect(problemsOf(minimalConfig({ summary: {} })).some((p) => p.path === 'summary')).to.equal(true);
    expect(validateConfig(minimalConfig({ title: { en: 'Hello', 'es-MX': 'Hola' } })).ok).to.equal(true);
  });

  it('accepts only https (or local development) web addresses', () => {
    for (const url of ['javascript:alert(1)', 'http://example.org', 'data:text/html,hi', 'ftp://example.org', '//example.org']) {
      const problems = problemsOf(minimalConfig({ sponsor: { name: 'A', url } }));
      expect(problemAt(problems, 'sponsor.url').message).to.contain('https://');
    }
    expect(validateConfig(minimalConfig({ sponsor: { name: 'A', url: 'http://localhost:8000/x' } })).ok).to.equal(true);
  });

  it('requires a referral endpoint over https', () => {
    const referral = { endpoint: 'http://example.org/refer', consent: 'I agree', fields: ['email'] };
    expect(problemAt(problemsOf(minimalConfig({ referral })), 'referral.endpoint').message).to.contain('https');
    expect(validateConfig(minimalConfig({ referral: { ...referral, endpoint: 'https://example.org/refer' } })).ok).to.equal(true);
  });

  it('needs at least one way to reach the study team', () => {
    expect(problemAt(problemsOf(minimalConfig({ contact: { name: 'Team' } })), 'contact').message).to.contain('phone');
    const contactUrl = { url: 'javascript:alert(1)' };
    expect(problemAt(problemsOf(minimalConfig({ contact: contactUrl })), 'contact.url').message).to.contain('mailto');
    expect(validateConfig(minimalConfig({ contact: { url: 'tel:+15550100199' } })).ok).to.equal(true);
  });

  it('finds duplicate question ids, option values and FAQ ids', () => {
    const questions = [
      { id: 'a', type: 'yesno', text: 'A?' },
      {
        id: 'a',
        type: 'choice',
        text: 'B?',
        options: [
          { value: 'x', label: 'X' },
          { value: 'x', label: 'Y' },
        ],
      },
    ];
    const faq = [
      { id: 'f', question: 'Q', answer: 'A' },
      { id: 'f', question: 'Q2', answer: 'A2' },
    ];
    const problems = problemsOf(minimalConfig({ eligibility: { questions }, faq }));
    expect(problemAt(problems, 'eligibility.questions[1].id').message).to.contain('already used');
    expect(problemAt(problems, 'eligibility.questions[1].options').message).to.contain('used twice');
    expect(problemAt(problems, 'faq[1].id').message).to.contain('used twice');
  });

  it('checks condition references: unknown ids, later questions, wrong values', () => {
    const questions = [
      { id: 'age', type: 'number', text: 'Age?', showIf: { q: 'smoker', equals: 'yes' } },
      { id: 'smoker', type: 'yesno', text: 'Smoke?', eligibleIf: { q: 'smoker', equals: 'maybe' } },
      {
        id: 'kind',
        type: 'choice',
        text: 'Kind?',
        options: [
          { value: 'a', label: 'A' },
          { value: 'b', label: 'B' },
        ],
        showIf: { any: [{ q: 'agee', min: 18 }, { not: { q: 'kind', equals: 'a' } }] },
      },
      {
        id: 'last',
        type: 'yesno',
        text: 'Last?',
        eligibleIf: {
          all: [
            { q: 'kind', in: ['a', 'c'] },
            { q: 'smoker', min: 1 },
          ],
        },
      },
    ];
    const problems = problemsOf(minimalConfig({ eligibility: { questions } }));
    expect(problemAt(problems, 'eligibility.questions[0].showIf.q').message).to.contain('not asked before');
    expect(problemAt(problems, 'eligibility.questions[1].eligibleIf.equals').message).to.contain('"yes" or "no"');
    expect(problemAt(problems, 'eligibility.questions[2].showIf.any[0].q').message).to.contain('No question has the id "agee"');
    expect(problemAt(problems, 'eligibility.questions[2].showIf.any[1].not.q').message).to.contain('only use earlier');
    expect(problemAt(problems, 'eligibility.questions[3].eligibleIf.all[0].in').message).to.contain('not an option');
    expect(problemAt(problems, 'eligibility.questions[3].eligibleIf.all[1]').message).to.contain('only work on number');
  });

  it('lets an eligibleIf use its own question', () => {
    const questions = [{ id: 'age', type: 'number', text: 'Age?', eligibleIf: { q: 'age', min: 18, max: 75 } }];
    expect(validateConfig(minimalConfig({ eligibility: { questions } })).ok).to.equal(true);
  });

  it('reports a typo inside a condition as the typo, not as a shape error', () => {
    const questions = [
      { id: 'a', type: 'yesno', text: 'A?' },
      { id: 'b', type: 'yesno', text: 'B?', eligibleIf: { all: [{ q: 'a', equal: 'yes' }] } },
    ];
    const problems = problemsOf(minimalConfig({ eligibility: { questions } }));
    expect(problemAt(problems, 'eligibility.questions[1].eligibleIf.all[0].equal').message).to.contain('Did you mean "equals"');
    expect(problems.some((p) => p.message.includes('"min", "max"'))).to.equal(false);
  });

  it('explains a value that is not a condition', () => {
    const questions = [{ id: 'a', type: 'yesno', text: 'A?', eligibleIf: 'a is yes' }];
    expect(problemAt(problemsOf(minimalConfig({ eligibility: { questions } })), 'eligibility.questions[0].eligibleIf').message).to.contain('not a condition');
  });

  it('checks ages, dates and numbers', () => {
    const problems = problemsOf(minimalConfig({ who: { minAge: 65, maxAge: 18 }, oversight: { board: 'IRB', approvedOn: '14/03/2025' } }));
    expect(problemAt(problems, 'who.maxAge').message).to.contain('lower than');
    expect(problemAt(problems, 'oversight.approvedOn').message).to.contain('YYYY-MM-DD');
    expect(problemAt(problemsOf(minimalConfig({ who: { minAge: '18' } })), 'who.minAge').message).to.contain('a number');
  });

  it('rejects a custom share template that is not https', () => {
    const share = { custom: [{ id: 'forum', label: 'Forum', template: 'javascript:alert("{url}")' }] };
    expect(problemAt(problemsOf(minimalConfig({ share })), 'share.custom[0].template').message).to.contain('https');
    const good = { custom: [{ id: 'forum', label: 'Forum', template: 'https://forum.example.org/new?body={text}%20{url}' }] };
    expect(validateConfig(minimalConfig({ share: good })).ok).to.equal(true);
  });

  it('never throws on cyclic or exotic input', () => {
    const cyclic: Record<string, unknown> = minimalConfig() as unknown as Record<string, unknown>;
    cyclic.sponsor = cyclic;
    expect(() => validateConfig(cyclic)).not.to.throw();
    expect(validateConfig(cyclic).ok).to.equal(false);
    expect(validateConfig(Object.create(null)).ok).to.equal(false);
  });

  it('formats paths the way config authors read them', () => {
    expect(formatPath(['eligibility', 'questions', 2, 'showIf', 'q'])).to.equal('eligibility.questions[2].showIf.q');
    expect(formatPath([])).to.equal('');
  });

  it('salvages only safe contact details from a broken config', () => {
    expect(salvageContact({ contact: { phone: '+1 555 010 0199', email: 'not-an-email', url: 'javascript:alert(1)' } })).to.deep.equal({
      phone: '+1 555 010 0199',
    });
    expect(salvageContact({ contact: { url: 'javascript:alert(1)' } })).to.equal(undefined);
    expect(salvageContact('nope')).to.equal(undefined);
  });
});
