/**
 * The social-listening funnel, drawn live from trialkit's events (the same ones the `analytics`
 * attribute forwards). Counts live in this page's memory only.
 */
import { analyticsPayload } from '../../src/core/analytics-payload.js';
import { TRIAL_EVENT_NAMES } from '../../src/internal/events.js';

const study = document.getElementById('study')!;
const counts = new Map<string, number>();
const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
const count = (key: string) => counts.get(key) ?? 0;

const FUNNEL: [key: string, label: string][] = [
  ['trial-ready', 'Saw the study'],
  ['trial-eligibility-start', 'Started the pre-screener'],
  ['trial-eligibility-complete', 'Finished the pre-screener'],
  ['trial-contact', 'Contacted the team'],
  ['trial-share', 'Shared the study'],
];

function rows(list: HTMLElement, entries: [label: string, value: number][], max: number) {
  list.replaceChildren(
    ...entries.map(([label, value]) => {
      const item = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = label;
      const meter = document.createElement('meter');
      meter.min = 0;
      meter.max = Math.max(1, max);
      meter.value = value;
      meter.setAttribute('aria-label', label);
      const number = document.createElement('span');
      number.className = 'count';
      number.textContent = String(value);
      item.append(name, meter, number);
      return item;
    }),
  );
}

function draw() {
  const top = Math.max(1, ...FUNNEL.map(([key]) => count(key)));
  rows(document.getElementById('steps')!, FUNNEL.map(([key, label]) => [label, count(key)]), top);
  const questions = [...counts.keys()].filter((key) => key.startsWith('q:'));
  rows(document.getElementById('questions')!, questions.map((key) => [`Reached “${key.slice(2)}”`, count(key)]), count('trial-eligibility-start'));
  rows(document.getElementById('outcomes')!, ['likely', 'unsure', 'unlikely'].map((outcome) => [outcome, count(`outcome:${outcome}`)]), count('trial-eligibility-complete'));
  const topics = [...counts.keys()].filter((key) => key.startsWith('topic:'));
  rows(
    document.getElementById('topics')!,
    topics.map((key) => {
      const topic = key.slice(6);
      const yes = count(`helpful:${topic}:true`);
      const no = count(`helpful:${topic}:false`);
      return [`${topic}${yes + no ? ` (helpful ${yes} of ${yes + no})` : ''}`, count(key)];
    }),
    Math.max(1, ...topics.map(count)),
  );
}

for (const name of TRIAL_EVENT_NAMES) {
  study.addEventListener(name, (event) => {
    const payload = analyticsPayload((event as CustomEvent).detail);
    bump(name);
    if (name === 'trial-eligibility-step' && payload.questionId) bump(`q:${payload.questionId}`);
    if (name === 'trial-eligibility-complete' && payload.outcome) bump(`outcome:${payload.outcome}`);
    if (name === 'trial-faq-open' && payload.topic) bump(`topic:${payload.topic}`);
    if (name === 'trial-faq-feedback' && payload.topic) bump(`helpful:${payload.topic}:${payload.helpful}`);
    const line = document.createElement('li');
    line.textContent = `${name} ${JSON.stringify(payload)}`;
    document.getElementById('log')!.append(line);
    draw();
  });
}
draw();
