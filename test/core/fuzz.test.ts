import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import { formatPath, validateConfig, type ValidationResult } from '../../src/core/validate.js';
import '../../src/index.js';
import { captureConsole, demoConfig, minimalConfig } from '../helpers.js';
import { mutate, nastyValue } from './config-mutations.js';

/** Every path inside a JSON value, formatted as validateConfig formats them, and which of them hold objects. */
function pathsOf(value: unknown, path: (string | number)[] = [], all = new Set<string>(), objects = new Set<string>()) {
  all.add(formatPath(path));
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...path, i], all, objects));
  else if (value !== null && typeof value === 'object') {
    objects.add(formatPath(path));
    for (const [key, item] of Object.entries(value)) pathsOf(item, [...path, key], all, objects);
  }
  return { all, objects };
}

/**
 * What must hold for any input: a config that validates again, or problems that each point at a
 * place in the input (or at a missing field of an object in it) and are the author's to fix: an
 * internal error (validateConfig catching its own failure) fails the property.
 */
function assertAnswered(input: unknown, result: ValidationResult) {
  if (result.ok) {
    expect(result.config).to.be.an('object');
    expect(validateConfig(result.config).ok, 'a validated config validates again').to.equal(true);
    return;
  }
  expect(result.problems.length).to.be.greaterThan(0);
  const { all, objects } = pathsOf(input);
  for (const problem of result.problems) {
    expect(problem.internal, `internal error: ${problem.message}`).to.equal(undefined);
    expect(problem.message).to.be.a('string').and.not.equal('');
    const missingField = [...objects].some((parent) => {
      const prefix = parent ? `${parent}.` : '';
      return problem.path.startsWith(prefix) && /^[A-Za-z$_][\w$]*$/.test(problem.path.slice(prefix.length));
    });
    expect(all.has(problem.path) || missingField, `"${problem.path}" is a place in the input (${problem.message})`).to.equal(true);
  }
}

describe('property-based fuzzing (fast-check)', () => {
  afterEach(() => fixtureCleanup());

  it('validateConfig answers arbitrary JSON with a config or problems by path, never an internal error', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        assertAnswered(value, validateConfig(value));
      }),
      { numRuns: 400 },
    );
  });

  it('validateConfig answers mutated valid configs with a config or problems by path, never an internal error', async () => {
    const base = await demoConfig('cll-apg-2575');
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), nastyValue, (choices, replacement) => {
        const input = mutate(base, choices, replacement);
        assertAnswered(input, validateConfig(input));
      }),
      { numRuns: 600 },
    );
  });

  it("reports its own failure as an internal error, apart from the author's problems, and does not throw", () => {
    // A throwing getter is something no JSON file can hold: the stand-in for a bug deep inside.
    const hostile = minimalConfig();
    Object.defineProperty(hostile, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    const result = validateConfig(hostile);
    expect(result.ok).to.equal(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems).to.have.length(1);
    expect(problems[0]!.internal).to.equal(true);
    expect(problems[0]!.message).to.contain('boom').and.contain('not a mistake in the config');
    const mistake = validateConfig(minimalConfig({ contact: 'nobody' }));
    expect(!mistake.ok && mistake.problems.length > 0 && mistake.problems.every((p) => p.internal === undefined), "an author's mistake is not internal").to.equal(
      true,
    );
  });

  it('a card given a mutated config renders or shows its fallback, without an uncaught error', async () => {
    const base = await demoConfig('lung-cancer-chemo-io');
    const uncaught: string[] = [];
    const onError = (event: ErrorEvent) => uncaught.push(event.message);
    const onRejection = (event: PromiseRejectionEvent) => uncaught.push(String(event.reason));
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    try {
      await captureConsole(async () => {
        await fc.assert(
          fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 5 }), nastyValue, async (choices, replacement) => {
            const card = document.createElement('trial-card');
            card.config = mutate(base, choices, replacement);
            wrapper.replaceChildren(card);
            await card.updateComplete;
            const shown = card.shadowRoot!.querySelector('[part="card"], [part="fallback"]');
            expect(shown, 'card or fallback').to.exist;
          }),
          { numRuns: 60 },
        );
      });
    } finally {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    }
    expect(uncaught).to.deep.equal([]);
    expect((window as { __fuzzed?: number }).__fuzzed).to.equal(undefined);
  });
});
