import { sendKeys } from '@web/test-runner-commands';
import { fixture, html } from '@open-wc/testing';
import type { TrialConfig } from '../src/core/schema.js';

export const DEMO_TRIALS = ['lung-cancer-chemo-io', 'cll-apg-2575', 'breast-cancer-neratinib'] as const;

const cache = new Map<string, unknown>();

/** A demo trial config, fetched from the test server (the same files the demo serves). */
export async function demoConfig(name: string): Promise<TrialConfig> {
  if (!cache.has(name)) {
    const response = await fetch(`/demo/trials/${name}.json`);
    if (!response.ok) throw new Error(`demo config ${name}: ${response.status}`);
    cache.set(name, await response.json());
  }
  return structuredClone(cache.get(name)) as TrialConfig;
}

/** A small valid config to change in tests. */
export function minimalConfig(overrides: Record<string, unknown> = {}): TrialConfig {
  return {
    schemaVersion: 1,
    id: 'minimal',
    title: 'A small study',
    summary: 'A short summary in plain words.',
    status: 'recruiting',
    contact: { phone: '+1 555 010 0199', email: 'study@example.org' },
    ...overrides,
  } as TrialConfig;
}

/**
 * Creates `<tag>`, sets its attributes and `config` property, attaches it inside a fresh fixture
 * (removed by `fixtureCleanup`) and waits for its first render.
 */
export async function mount<T extends HTMLElement>(tag: string, config: unknown, attrs: Record<string, string> = {}, width?: number): Promise<T> {
  const element = document.createElement(tag) as T & { config?: unknown; updateComplete?: Promise<unknown> };
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.config = config;
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  // A container of that width (a phone's column, a sidebar), when the test is about layout.
  if (width) wrapper.style.width = `${width}px`;
  wrapper.append(element);
  await element.updateComplete;
  return element;
}

/** Resolves with the next event of that name on the target. */
export function nextEvent<T = unknown>(target: EventTarget, name: string, timeoutMs = 5000): Promise<CustomEvent<T>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${name} event within ${timeoutMs} ms`)), timeoutMs);
    target.addEventListener(
      name,
      (event) => {
        clearTimeout(timer);
        resolve(event as CustomEvent<T>);
      },
      { once: true },
    );
  });
}

/** Waits until `check` returns truthy (checking every 16 ms; timers, not animation frames, run in background tabs), or fails after a timeout. */
export async function until<T>(check: () => T, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
  const start = performance.now();
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (performance.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
}

/** Captures console.error / console.warn calls while `run` executes. */
export async function captureConsole<T>(run: () => Promise<T> | T): Promise<{ result: T; errors: string[]; warnings: string[] }> {
  const errors: string[] = [];
  const warnings: string[] = [];
  const { error, warn } = console;
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    const result = await run();
    return { result, errors, warnings };
  } finally {
    console.error = error;
    console.warn = warn;
  }
}

/** The visible text of an element's shadow root, whitespace collapsed. */
export function shadowText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Presses Tab until the element focused inside `host`'s shadow root matches: keyboard-only journeys. */
export async function tabUntil(host: Element, matches: (focused: HTMLElement) => boolean, what: string, maxPresses = 40): Promise<HTMLElement> {
  for (let i = 0; i < maxPresses; i++) {
    const focused = host.shadowRoot?.activeElement as HTMLElement | null | undefined;
    if (focused && matches(focused)) return focused;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`could not reach ${what} with Tab`);
}

/**
 * Holds an on-demand chunk (an object with a replaceable `load`, such as `flowChunk`) until
 * `release` (or `fail`) is called; `asked` counts the loads, `loaded` settles after the last one.
 * Put `chunk.load` back with `restore()` (in afterEach).
 */
export function holdChunk(chunk: { load: () => Promise<unknown> }) {
  const original = chunk.load;
  let release!: () => void;
  let fail!: () => void;
  const gate = new Promise<void>((resolve, reject) => ([release, fail] = [resolve, () => reject(new Error('chunk failed'))]));
  const held = { release, fail, asked: 0, loaded: undefined as Promise<unknown> | undefined, restore: () => void (chunk.load = original) };
  chunk.load = () => {
    held.asked++;
    const loaded = gate.then(original);
    held.loaded = loaded.catch(() => undefined);
    return loaded;
  };
  return held;
}

/** Replaces a property (a browser API such as `navigator.share`) for a test; the function returned puts it back. */
export function stubProperty<T extends object, K extends keyof T>(target: T, key: K, value: unknown): () => void {
  const had = Object.prototype.hasOwnProperty.call(target, key);
  const before = Object.getOwnPropertyDescriptor(target, key);
  Object.defineProperty(target, key, { value, configurable: true, writable: true });
  return () => {
    if (had && before) Object.defineProperty(target, key, before);
    else delete (target as Record<K, unknown>)[key];
  };
}
