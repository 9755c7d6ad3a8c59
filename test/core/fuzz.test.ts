import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import fc from 'fast-check';
import { validateConfig } from '../../src/core/validate.js';
import '../../src/index.js';
import { captureConsole, demoConfig } from '../helpers.js';

/** Replaces, deletes or retypes one value somewhere inside a JSON value, following `path` choices. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (choices.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [choice, ...rest] = choices;
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement];
    const copy = [...value];
    const index = choice! % copy.length;
    if (rest.length === 0 && choice! % 5 === 0) copy.splice(index, 1);
    else copy[index] = mutate(copy[index], rest, replacement);
    return copy;
  }
  const copy = { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return { x: replacement };
  const key = keys[choice! % keys.length]!;
  if (rest.length === 0 && choice! % 7 === 0) delete copy[key];
  else copy[key] = mutate(copy[key], rest, replacement);
  return copy;
}

const nastyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom('javascript:alert(1)', '<script>window.__fuzzed=1</script>', '\u202Eevil', '', 'NaN', '__proto__', 'constructor'),
  fc.constantFrom(NaN, Infinity, -1, 1e308, -0),
);

function assertWellFormed(result: ReturnType<typeof validateConfig>) {
  if (result.ok) {
    expect(result.config).to.be.an('object');
  } else {
    expect(result.problems.length).to.be.greaterThan(0);
    for (const problem of result.problems) {
      expect(problem.path).to.be.a('string');
      expect(problem.message).to.be.a('string').and.not.equal('');
    }
  }
}

describe('property-based fuzzing (fast-check)', () => {
  afterEach(() => fixtureCleanup());

  it('validateConfig never throws on arbitrary JSON, and always answers in the documented shape', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        assertWellFormed(validateConfig(value));
      }),
      { numRuns: 400 },
    );
  });

  it('validateConfig never throws on mutated valid configs', async () => {
    const base = await demoConfig('cll-apg-2575');
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), nastyValue, (choices, replacement) => {
        assertWellFormed(validateConfig(mutate(base, choices, replacement)));
      }),
      { numRuns: 600 },
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
