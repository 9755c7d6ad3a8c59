/**
 * Turns one of the four config sources (the `config` property, an inline
 * `<script type="application/json">` child, a `src` URL, or a `ctgov-src` ClinicalTrials.gov record
 * imported in the browser) into a validated config or a list of
 * problems. Each way loading can fail has its own message, because the person who reads it is a
 * site owner trying to fix their page.
 */
import { LIMITS } from '../core/constants.js';
import { salvageContact, salvageTitle } from '../core/salvage.js';
import { vouchForConfig } from '../core/config-check.js';
import { nextTask } from './render-turns.js';
import type { Contact, TrialConfig } from '../core/schema.js';
import type { Problem } from '../core/validate.js';

/**
 * The full validator (zod, the schema and its messages) is a chunk of its own, loaded only when the
 * quick check (core/config-check.ts) cannot vouch for a config: a valid config never waits for it.
 */
let validator: Promise<typeof import('../core/validate.js')> | undefined;
const loadValidator = () => (validator ??= import('../core/validate.js'));

export type ConfigState =
  | { status: 'idle' }
  | { status: 'loading'; quiet?: boolean }
  | { status: 'ready'; config: TrialConfig }
  | { status: 'error'; problems: Problem[]; contact?: Contact; title?: unknown; trialId?: string };

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Configs the validator returned (its output is a fresh object, so nothing else is in here). */
const validated = new WeakSet<object>();

/** True for a config that came out of the validator: another element may use it as it is. */
export function isValidatedConfig(value: unknown): value is TrialConfig {
  return typeof value === 'object' && value !== null && validated.has(value);
}

/** What the fallback can still say about a config that failed: its title, contact and id (for events). */
function salvage(data: unknown): { title: unknown; contact?: Contact; trialId?: string } {
  const contact = salvageContact(data);
  const id = (data as { id?: unknown } | null)?.id;
  return { title: salvageTitle(data), ...(contact ? { contact } : {}), ...(typeof id === 'string' && id ? { trialId: id } : {}) };
}

/** Validates an object (or JSON text) that is already on the page. */
export async function stateFromValue(value: unknown, origin: string): Promise<ConfigState> {
  let data = value;
  if (typeof value === 'string') {
    try {
      data = JSON.parse(value);
    } catch (error) {
      return {
        status: 'error',
        problems: [{ path: '', message: `The ${origin} is not valid JSON: ${(error as Error).message}. Check for a missing comma or quote.` }],
      };
    }
  }
  const vouched = vouchForConfig(data);
  if (vouched) {
    validated.add(vouched);
    return { status: 'ready', config: vouched };
  }
  let validateConfig: (typeof import('../core/validate.js'))['validateConfig'];
  try {
    ({ validateConfig } = await loadValidator());
  } catch (error) {
    validator = undefined; // let a later attempt try again
    return {
      status: 'error',
      problems: [{ path: '', message: `The config checker could not be loaded (${String(error)}). Upload the chunks/ folder next to trialkit.js.` }],
      ...salvage(data),
    };
  }
  const result = validateConfig(data);
  if (result.ok) {
    validated.add(result.config);
    return { status: 'ready', config: result.config };
  }
  return { status: 'error', problems: result.problems, ...salvage(data) };
}

/** The text of an inline `<script type="application/json">` child, if the element has one. */
export function inlineConfigText(host: Element): string | undefined {
  // Lit's server renderer gives elements no children (trialkit/render passes the config as a property).
  for (const child of Array.from(host.children ?? [])) {
    if (child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json') {
      return child.textContent ?? '';
    }
  }
  return undefined;
}

/** How a config file is requested: no cookies to other sites (the config is public data). */
const CONFIG_REQUEST: RequestInit = { credentials: 'same-origin', headers: { accept: 'application/json' } };

/** The elements whose `src` is a trial config (the finder's is a catalog, and it loads later). */
const CONFIG_SRC_ELEMENTS = 'trial-study[src]:not([server-rendered]), trial-card[src], trial-eligibility[src], trial-faq[src], trial-share[src]';

type Prefetch = { controller: AbortController; response: Promise<Response> };
/** Downloads started before their element connected, by checked URL (one per element, as it would make). */
const prefetched = new Map<string, Prefetch[]>();

/**
 * Starts the download of each config file the page's elements name, before those elements are
 * defined: the script-tag bundle calls this first, so the download overlaps the evaluation of lit and
 * the elements (tens of ms on a slow phone) instead of waiting for it. Each element then takes its
 * download in `fetchJson`: the same checked URL and the same request it would have made. Elements
 * that will not fetch (a `config` set before the upgrade, an inline config) are skipped, and nothing
 * runs once the elements are defined (trialkit.js loaded twice).
 */
export function prefetchConfigs(root: ParentNode = document): void {
  if (typeof customElements === 'undefined' || customElements.get('trial-study')) return;
  for (const element of Array.from(root.querySelectorAll(CONFIG_SRC_ELEMENTS))) {
    if (Object.prototype.hasOwnProperty.call(element, 'config') || inlineConfigText(element) !== undefined) continue;
    const url = checkSrc(element.getAttribute('src') ?? '');
    if (!(url instanceof URL)) continue; // the element explains it when it connects
    const controller = new AbortController();
    const response = fetch(url, { ...CONFIG_REQUEST, signal: controller.signal });
    response.catch(() => {}); // its element sees a failure when it takes the download
    const entry = { controller, response };
    prefetched.set(url.href, [...(prefetched.get(url.href) ?? []), entry]);
    // One no element took (its src changed, or it left the page first) is dropped, not kept.
    setTimeout(() => {
      if (dropPrefetch(url.href, entry)) controller.abort();
    }, PREFETCH_KEPT_MS);
  }
}

/** How long a prefetched download waits for its element (longer than any element's own time limit). */
const PREFETCH_KEPT_MS = 30_000;

/** Takes `entry` out of the downloads waiting for `href`; false when it was taken already. */
function dropPrefetch(href: string, entry: Prefetch): boolean {
  const list = prefetched.get(href) ?? [];
  if (!list.includes(entry)) return false;
  list.splice(list.indexOf(entry), 1);
  if (!list.length) prefetched.delete(href);
  return true;
}

/** A download `prefetchConfigs` started for this URL, taken once. */
function takePrefetched(href: string): Prefetch | undefined {
  const first = prefetched.get(href)?.[0];
  if (first) dropPrefetch(href, first);
  return first;
}

/** A src is fetched only from this page's origin or over https: never plain http elsewhere. */
function checkSrc(src: string, path = 'src', what = 'trial config'): URL | Problem {
  let url: URL;
  try {
    url = new URL(src, document.baseURI);
  } catch {
    return { path, message: `"${src}" is not a web address. Use the address of the ${what} JSON file.` };
  }
  // self.origin, not location.origin: an about:srcdoc frame inherits its parent's origin.
  const sameOrigin = url.origin === (globalThis.origin || location.origin);
  if (url.protocol === 'https:' || (sameOrigin && url.protocol === 'http:')) return url;
  return { path, message: `"${src}" cannot be loaded: use an https:// address or a file on this site.` };
}

export async function loadConfigFromUrl(src: string, signal: AbortSignal, timeoutMs = DEFAULT_TIMEOUT_MS): Promise<ConfigState> {
  const loaded = await fetchJson(src, signal, timeoutMs, 'src', 'trial config', true);
  if (!('data' in loaded)) return loaded;
  await nextTask();
  const state = await stateFromValue(loaded.data, 'config');
  await nextTask(); // and rendering is another: no long task for a page that embeds a big trial
  return state;
}

export type Fetched = { data: unknown } | ConfigState;

/**
 * Fetches and parses JSON from a checked URL; every way it can fail has its own message. A trial
 * config (`prefetchedOk`) may come from a download `prefetchConfigs` started.
 */
export async function fetchJson(src: string, signal: AbortSignal, timeoutMs: number, path: string, what: string, prefetchedOk = false): Promise<Fetched> {
  const url = checkSrc(src, path, what);
  if (!(url instanceof URL)) return { status: 'error', problems: [url] };
  const early = prefetchedOk ? takePrefetched(url.href) : undefined;
  // The time limit and the caller's abort end a prefetched download the same way.
  const timeout = early?.controller ?? new AbortController();
  const timer = setTimeout(() => timeout.abort(), timeoutMs);
  const abortOnCaller = () => timeout.abort();
  signal.addEventListener('abort', abortOnCaller);
  const fail = (message: string): ConfigState => ({ status: 'error', problems: [{ path, message }] });
  try {
    let response: Response;
    try {
      response = await (early?.response ?? fetch(url, { ...CONFIG_REQUEST, signal: timeout.signal }));
    } catch {
      if (signal.aborted) return { status: 'idle' };
      if (timeout.signal.aborted) {
        return fail(`Loading the ${what} from ${url.href} took longer than ${Math.round(timeoutMs / 1000)} seconds. Check the address and the server, then reload.`);
      }
      return fail(`The ${what} could not be loaded from ${url.href}: the network failed, or that server does not allow this site to read it (CORS).`);
    }
    if (response.redirected && new URL(response.url).origin !== url.origin) {
      return fail(
        `${url.href} redirected to another site (${new URL(response.url).origin}). Point ${path} at the ${path === 'src' ? 'config file' : 'record'} itself.`,
      );
    }
    if (response.status === 404 || response.status === 410) {
      return fail(`No ${what} was found at ${url.href} (${response.status}). Check the ${path} address.`);
    }
    if (response.status >= 500) {
      return fail(`The server had a problem sending the ${what} from ${url.href} (${response.status}). Try again later.`);
    }
    if (!response.ok) {
      return fail(`The server refused to send the ${what} from ${url.href} (${response.status}). Check the address and who may read it.`);
    }
    const declared = Number(response.headers.get('content-length') ?? 0);
    if (declared > LIMITS.configBytes) return fail(tooBig(url, declared));
    let text: string;
    try {
      text = await response.text();
    } catch {
      if (signal.aborted) return { status: 'idle' };
      return fail(`The ${what} from ${url.href} stopped loading part way. Try again later.`);
    }
    if (text.length > LIMITS.configBytes) return fail(tooBig(url, text.length));
    await nextTask(); // downloading, parsing and validating a big config are separate tasks
    try {
      return { data: JSON.parse(text) };
    } catch (error) {
      const start = text.trimStart().slice(0, 20);
      const looksHtml = start.startsWith('<');
      return fail(
        looksHtml
          ? `The file at ${url.href} is ${path === 'src' ? 'a web page' : 'XML or a web page'}, not JSON (it starts with ${JSON.stringify(start)}). Point ${path} at the ${path === 'src' ? "config's .json file" : 'API v2 JSON record'}.`
          : `The file at ${url.href} is not valid JSON (${(error as Error).message}). Check it with a JSON validator.`,
      );
    }
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abortOnCaller);
  }
}

function tooBig(url: URL, bytes: number): string {
  const mb = (bytes / 1_000_000).toFixed(1);
  return `The trial config at ${url.href} is ${mb} MB; the limit is ${LIMITS.configBytes / 1_000_000} MB. Shorten very long lists (such as locations) or texts.`;
}

/** One console.error that names every bad path: what a site owner sees in the developer tools. */
export function logProblems(tagName: string, problems: Problem[]): void {
  const lines = problems.map((p) => `  • ${p.path || '(config)'}: ${p.message}`);
  console.error(`trialkit: <${tagName}> cannot show this trial config.\n${lines.join('\n')}`);
}
