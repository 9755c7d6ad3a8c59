/**
 * The social-listening funnel, drawn live from trialkit's events (the same ones the `analytics`
 * attribute forwards). Counts live in this page's memory only.
 */
import { analyticsPayload } from '../../src/core/analytics-payload.js';
import { resolveText } from '../../src/core/localize.js';
import type { TrialConfig } from '../../src/core/schema.js';
import { faq as faqText } from '../../src/i18n/en/faq.js';
import { TRIAL_EVENT_NAMES } from '../../src/internal/events.js';

const study = document.getElementById('study') as HTMLElement & { trialConfig?: TrialConfig };
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

// What a sponsor reads: plain words, never the event's raw values.
const OUTCOMES: [outcome: string, label: string][] = [
  ['likely', 'May be able to take part'],
  ['unsure', 'Not sure'],
  ['unlikely', 'May not be right for them'],
];

/** A question's own words from the loaded config (the event carries only its id). */
function questionLabel(id: string): string {
  const questions = study.trialConfig?.eligibility?.questions ?? [];
  const index = questions.findIndex((q) => q.id === id);
  const question = questions[index];
  return question ? `Question ${index + 1}: ${resolveText(question.text, 'en', study.trialConfig?.defaultLocale)}` : `Question “${id}”`;
}

/** An FAQ topic as the person saw it: the built-in question, or the config's own item. */
function topicLabel(topic: string): string {
  const builtIn = (faqText as Record<string, unknown>)[`q.${topic}`];
  if (typeof builtIn === 'string') return builtIn;
  const item = study.trialConfig?.faq?.find((entry) => entry.id === topic);
  return item ? resolveText(item.question, 'en', study.trialConfig?.defaultLocale) : topic;
}

function rows(list: HTMLElement, entries: [label: string, value: number][], max: number) {
  // A heading with nothing under it reads as broken: say that nothing has happened yet.
  if (!entries.length) {
    const empty = document.createElement('li');
    empty.className = 'empty';
    empty.textContent = 'Nothing yet';
    list.replaceChildren(empty);
    return;
  }
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
  rows(
    document.getElementById('steps')!,
    FUNNEL.map(([key, label]) => [label, count(key)]),
    top,
  );
  const questions = [...counts.keys()].filter((key) => key.startsWith('q:'));
  rows(
    document.getElementById('questions')!,
    questions.map((key) => [questionLabel(key.slice(2)), count(key)]),
    count('trial-eligibility-start'),
  );
  rows(
    document.getElementById('outcomes')!,
    OUTCOMES.map(([outcome, label]) => [label, count(`outcome:${outcome}`)]),
    count('trial-eligibility-complete'),
  );
  const topics = [...counts.keys()].filter((key) => key.startsWith('topic:'));
  rows(
    document.getElementById('topics')!,
    topics.map((key) => {
      const topic = key.slice(6);
      const yes = count(`helpful:${topic}:true`);
      const no = count(`helpful:${topic}:false`);
      return [`${topicLabel(topic)}${yes + no ? ` (helpful to ${yes} of ${yes + no})` : ''}`, count(key)];
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
    const log = document.getElementById('log')!;
    log.querySelector('.empty')?.remove();
    log.append(line);
    draw();
  });
}
draw();
