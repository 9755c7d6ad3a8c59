// The quick check (core/config-check.ts, generated from the zod schema) may only ever say what the
// full validator says: when it vouches for a config, validateConfig accepts it and returns the same
// object (same keys, same order); when validateConfig accepts plain JSON, the quick check vouches
// for it too (else valid pages would load zod before their first paint after all).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { vouchForConfig } from '../../src/core/config-check.js';
import { fromClinicalTrialsGov } from '../../src/core/ctgov-import.js';
import { findRewriteMarkers } from '../../src/core/rewrite-marker.js';
import { validateConfig } from '../../src/core/validate.js';
import { demoConfig, minimalConfig } from '../helpers.js';
import { addKey, mutate, nastyValue, reshape, toBound } from './config-mutations.js';

const DEMOS = ['cll-apg-2575', 'lung-cancer-chemo-io', 'breast-cancer-neratinib', 'breast-cancer-pallas'];
const FIXTURES = ['NCT00184067', 'NCT02513394', 'NCT03377387', 'NCT03934567', 'NCT04267848', 'NCT05147467'];

/** Plain JSON data: what a config file or inline script can hold (no undefined, NaN, class or symbol). */
function isJson(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return Object.keys(value).length === value.length && value.every(isJson);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.getOwnPropertySymbols(value).length === 0 && Object.entries(value).every(([key, item]) => key !== '__proto__' && isJson(item));
}

/** Same values, same key order, same array lengths. */
function sameShape(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keysA = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  return (
    keysA.length === keysB.length &&
    keysA.every((key, i) => key === keysB[i] && sameShape((a as Record<PropertyKey, unknown>)[key], (b as Record<PropertyKey, unknown>)[key]))
  );
}

let vouched = 0;
let declined = 0;
/** The one property: the quick check agrees with the full validator. */
function agrees(input: unknown) {
  const quick = vouchForConfig(input);
  const full = validateConfig(input);
  if (quick !== undefined) {
    vouched++;
    expect(full.ok, `vouched for a config the validator rejects: ${JSON.stringify(full.ok ? [] : full.problems.slice(0, 2))}`).to.equal(true);
    expect(sameShape(quick, full.ok && full.config), 'the same config as the validator returns, keys in the same order').to.equal(true);
    expect(quick).to.not.equal(input);
    // The draft-text report of a vouched config (which may skip its walk) is a full walk's.
    expect(findRewriteMarkers(quick)).to.deep.equal(findRewriteMarkers(structuredClone(quick)));
  } else {
    declined++;
    if (full.ok) expect(isJson(input), 'declined a valid plain-JSON config').to.equal(false);
  }
}

describe('the quick config check (generated from the zod schema)', () => {
  it('vouches for every demo trial and every imported ClinicalTrials.gov fixture, with what the validator returns', async () => {
    const configs: unknown[] = [minimalConfig()];
    for (const name of DEMOS) configs.push(await demoConfig(name));
    for (const id of FIXTURES) {
      const imported = fromClinicalTrialsGov(await (await fetch(`/test/fixtures/ctgov/${id}.json`)).json());
      if (imported.ok) configs.push(imported.config);
    }
    expect(configs.length).to.be.greaterThan(8);
    // The demo of a broken config stays broken for both.
    const broken = await demoConfig('broken-example');
    expect(validateConfig(broken).ok).to.equal(false);
    expect(vouchForConfig(broken)).to.equal(undefined);
    for (const config of configs) {
      const full = validateConfig(config);
      expect(full.ok).to.equal(true);
      const quick = vouchForConfig(config);
      expect(quick, 'vouched').to.not.equal(undefined);
      expect(sameShape(quick, full.ok && full.config)).to.equal(true);
    }
  });

  it('agrees with the validator on mutated demo configs (values replaced, deleted, retyped, added)', async () => {
    vouched = declined = 0;
    const bases = await Promise.all(['cll-apg-2575', 'lung-cancer-chemo-io', 'breast-cancer-pallas'].map(demoConfig));
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), nastyValue, fc.boolean(), (which, choices, replacement, add) => {
        const base = bases[which]!;
        agrees(add ? addKey(base, choices, replacement) : mutate(base, choices, replacement));
      }),
      { numRuns: 3000 },
    );
    // Both answers occur, so the property tested something on each side.
    expect(vouched).to.be.greaterThan(100);
    expect(declined).to.be.greaterThan(100);
  });

  it('agrees with the validator at the length and number bounds of the schema (strings, lists, ages, coordinates)', async () => {
    vouched = declined = 0;
    const bases = await Promise.all(['cll-apg-2575', 'breast-cancer-pallas'].map(demoConfig));
    fc.assert(
      fc.property(fc.nat(bases.length - 1), fc.array(fc.nat(), { minLength: 1, maxLength: 7 }), fc.nat(), (which, choices, pick) => {
        agrees(reshape(bases[which]!, choices, (old) => toBound(old, pick)));
      }),
      { numRuns: 2000 },
    );
    expect(vouched).to.be.greaterThan(100);
    expect(declined).to.be.greaterThan(100);
    // The longest list: 10,000 places are fine, one more is not.
    const config = minimalConfig();
    const place = { name: 'Clinic', country: 'United States' };
    agrees({ ...config, locations: Array.from({ length: 10000 }, () => place) });
    agrees({ ...config, locations: Array.from({ length: 10001 }, () => place) });
    expect(vouchForConfig({ ...config, locations: Array.from({ length: 10001 }, () => place) })).to.equal(undefined);
  });

  it('a vouched config without the rewrite marker is not walked for it again; one with the marker is, and every path is found', async () => {
    const clean = vouchForConfig(await demoConfig('lung-cancer-chemo-io'))!;
    // Proof that no walk happens: a marker put in afterwards (no page can do this) goes unseen.
    (clean.locations![0] as { city?: string }).city = 'Anchorage [REWRITE]';
    expect(findRewriteMarkers(clean)).to.deep.equal([]);
    expect(findRewriteMarkers(structuredClone(clean))).to.deep.equal(['locations[0].city']);
    const drafted = await demoConfig('cll-apg-2575');
    (drafted.locations![1] as { name: unknown }).name = 'Clinic [REWRITE]';
    drafted.summary = { en: 'Plain words.', es: '[REWRITE] Palabras.' };
    expect(findRewriteMarkers(vouchForConfig(drafted)!)).to.deep.equal(['summary.es', 'locations[1].name']);
  });

  it('agrees with the validator on arbitrary JSON, and on configs one cross-field rule breaks', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (value) => agrees(value)),
      { numRuns: 500 },
    );
    const question = (id: string, extra = {}) => ({ id, text: 'Are you 18 or older?', type: 'yesno', ...extra });
    const broken = [
      minimalConfig({ eligibility: { questions: [question('a'), question('a')] } }),
      minimalConfig({ eligibility: { questions: [question('a', { showIf: { q: 'b', equals: 'yes' } }), question('b')] } }),
      minimalConfig({ eligibility: { questions: [question('a', { eligibleIf: { q: 'a', equals: 'maybe' } })] } }),
      minimalConfig({ who: { minAge: 60, maxAge: 18 } }),
      minimalConfig({ contact: { name: 'The team' } }),
      minimalConfig({
        faq: [
          { id: 'x', question: 'Q?', answer: 'A.' },
          { id: 'x', question: 'Q2?', answer: 'A2.' },
        ],
      }),
      minimalConfig({ referral: { endpoint: 'https://example.org/r', consent: 'I agree.', fields: ['name'] } }),
    ];
    for (const config of broken) {
      expect(validateConfig(config).ok).to.equal(false);
      expect(vouchForConfig(config)).to.equal(undefined);
    }
  });

  it('leaves values no JSON file holds to the validator, and never throws', () => {
    const withGetter = minimalConfig();
    Object.defineProperty(withGetter, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    class Config {
      schemaVersion = 1;
      id = 'x';
      title = 'T';
      summary = 'S';
      status = 'recruiting';
      contact = { phone: '+1 555 010 0199' };
    }
    const withSymbol = minimalConfig({ title: { en: 'T' } });
    (withSymbol.title as unknown as Record<symbol, string>)[Symbol('x')] = 'y';
    const holes = ['Asthma', 'x', 'COPD'];
    delete holes[1]; // a hole, as in ["Asthma", , "COPD"]
    const sparse = minimalConfig({ conditions: holes });
    const hostile: unknown[] = [
      withGetter,
      new Config(),
      new Proxy(minimalConfig(), {}),
      withSymbol,
      JSON.parse('{"schemaVersion":1,"id":"x","title":"T","summary":"S","status":"recruiting","contact":{"phone":"1"},"__proto__":{"x":1}}'),
      minimalConfig({ title: JSON.parse('{"__proto__":"x","en":"T"}') }),
      minimalConfig({ funding: undefined }),
      sparse,
      Object.assign(Object.create(null), minimalConfig()),
      minimalConfig({ who: { minAge: NaN } }),
      minimalConfig({ who: { minAge: -0 } }),
      minimalConfig({ locations: [{ name: 'A', country: 'US', geo: { lat: Infinity, lon: 0 } }] }),
      // Numbers without bounds: only the type check stands between NaN or Infinity and the config.
      minimalConfig({ eligibility: { questions: [{ id: 'age', text: 'How old are you?', type: 'number', min: NaN }] } }),
      minimalConfig({ eligibility: { questions: [{ id: 'age', text: 'How old are you?', type: 'number', eligibleIf: { q: 'age', equals: Infinity } }] } }),
    ];
    for (const input of hostile) expect(() => agrees(input)).to.not.throw();
  });

  it('agrees while Object.prototype carries an enumerable field of the schema (a polluted page)', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.funding = 'polluted';
    try {
      agrees(minimalConfig());
      agrees(JSON.parse(JSON.stringify(minimalConfig())));
    } finally {
      delete proto.funding;
    }
  });

  it('returns a fresh copy every time: changing it leaves the input alone', async () => {
    const input = await demoConfig('cll-apg-2575');
    const before = JSON.stringify(input);
    const first = vouchForConfig(input)!;
    (first.contact as Record<string, unknown>).phone = 'changed';
    first.locations?.splice(0);
    expect(JSON.stringify(input)).to.equal(before);
    expect(vouchForConfig(input)).to.not.equal(first);
  });
});
