// Benchmark: the headless core on large inputs, the time limits that used to sit in unit tests
// (where a slow or busy machine made them fail for no reason). Each figure is printed next to a
// baseline measured in the same run, structuredClone of the same input, with the ratio, and
// against the budget the tests once asserted. Run after `npm run build`: npm run bench:core
// (exit 1 if a figure is over its budget).
import { readFileSync } from 'node:fs';
import { evaluateEligibility } from '../dist/npm/core/eligibility.js';
import { groupByCountryAndRegion, sortByDistance } from '../dist/npm/core/locations.js';
import { validateConfig } from '../dist/npm/core/validate.js';
import { medianMs } from './median.mjs';

const RUNS = 15;
const demo = JSON.parse(readFileSync(new URL('../demo/trials/lung-cancer-chemo-io.json', import.meta.url), 'utf8'));

const median = (fn) => medianMs(fn, RUNS);

// 5,000 places (the demo's 1,148 repeated), and 500 chained questions (over the 100 limit).
const places = { ...demo, locations: Array.from({ length: 5000 }, (_, i) => demo.locations[i % demo.locations.length]) };
const chained = {
  ...demo,
  eligibility: {
    questions: Array.from({ length: 500 }, (_, i) => ({
      id: `q${i}`,
      type: 'yesno',
      text: `Question ${i}?`,
      ...(i ? { showIf: { q: `q${i - 1}`, equals: 'yes' } } : {}),
    })),
  },
};
// 60 questions with a branch every third one, answered to the end.
const branching = {
  questions: Array.from({ length: 60 }, (_, i) => {
    const id = `q${i}`;
    if (i % 3 === 2) return { id, type: 'yesno', text: id, showIf: { q: `q${i - 1}`, equals: 'yes' }, eligibleIf: { q: id, equals: 'yes' } };
    if (i % 3 === 1)
      return {
        id,
        type: 'choice',
        text: id,
        options: [
          { value: 'yes', label: 'Yes' },
          { value: 'no', label: 'No' },
        ],
      };
    return { id, type: 'number', text: id, min: 0, max: 100, eligibleIf: { q: id, min: 10 } };
  }),
};
function answerAll() {
  const answers = {};
  let state = evaluateEligibility(branching, answers);
  while (state.next) {
    const q = state.next;
    answers[q.id] = q.type === 'number' ? 50 : q.type === 'choice' ? 'no' : 'yes';
    state = evaluateEligibility(branching, answers);
  }
}

const cases = [
  ['validate 5,000 places', places, () => validateConfig(places), 1000],
  ['validate 500 questions (over the limit)', chained, () => validateConfig(chained), 1000],
  ['group and sort 1,148 places', demo.locations, () => (groupByCountryAndRegion(demo.locations), sortByDistance(demo.locations, { lat: 41.88, lon: -87.63 })), 100],
  ['answer 60 branching questions', branching, answerAll, 500],
];

console.log(`core benchmark: median of ${RUNS} runs; baseline: structuredClone of the same input`);
let over = 0;
for (const [name, input, fn, budget] of cases) {
  const baseline = median(() => structuredClone(input));
  const ms = median(fn);
  if (ms > budget) over++;
  console.log(
    `  ${name.padEnd(42)} ${ms.toFixed(1).padStart(7)} ms  (${(ms / baseline).toFixed(2)}× the baseline's ${baseline.toFixed(1)} ms; budget ${budget} ms: ${ms <= budget ? 'within' : 'OVER'})`,
  );
}
if (over) process.exitCode = 1;
