/**
 * Forwards trialkit's events to the analytics tool a site already has. trialkit never loads a tool:
 * each adapter sends only when its global is already on the page.
 */
import { analyticsLabel, analyticsPayload } from '../core/analytics-payload.js';
import { TRIAL_EVENT_NAMES } from './events.js';

type Sender = (name: string, event: CustomEvent) => void;

type Globals = typeof globalThis & {
  dataLayer?: unknown[];
  plausible?: (name: string, options?: { props?: Record<string, unknown> }) => void;
  _paq?: unknown[];
  [name: string]: unknown;
};

export const ANALYTICS_TARGETS = ['gtm', 'plausible', 'matomo'] as const;

const warnedMissing = new Set<string>();
function missing(target: string, what: string) {
  if (warnedMissing.has(target)) return;
  warnedMissing.add(target);
  console.warn(`trialkit: analytics="${target}" is set, but ${what} is not on this page, so nothing is sent to it. trialkit never loads analytics tools itself.`);
}

/** One sender per token of the `analytics` attribute: `gtm`, `plausible`, `matomo`, or `fn:globalFunctionName`. */
function senderFor(token: string): Sender | undefined {
  const g = globalThis as Globals;
  switch (token) {
    case 'gtm':
      return (name, event) => {
        if (Array.isArray(g.dataLayer)) g.dataLayer.push({ event: name, trialkit: analyticsPayload(event.detail) });
        else missing(token, 'window.dataLayer (Google Tag Manager)');
      };
    case 'plausible':
      return (name, event) => {
        if (typeof g.plausible === 'function') g.plausible(name, { props: analyticsPayload(event.detail) });
        else missing(token, 'window.plausible');
      };
    case 'matomo':
      return (name, event) => {
        const payload = analyticsPayload(event.detail);
        if (Array.isArray(g._paq)) g._paq.push(['trackEvent', 'trialkit', name, analyticsLabel(payload)]);
        else missing(token, 'window._paq (Matomo)');
      };
    default: {
      const match = /^(?:fn|function):([A-Za-z_$][\w$]*)$/.exec(token);
      if (!match) return undefined;
      const fnName = match[1]!;
      return (name, event) => {
        const fn = g[fnName];
        if (typeof fn === 'function') (fn as (name: string, payload: unknown) => void)(name, analyticsPayload(event.detail));
        else missing(token, `a function window.${fnName}`);
      };
    }
  }
}

/**
 * Listens on `host` for every trial-* event (they bubble and are composed) and forwards each to the
 * chosen tools. Returns a function that stops listening. Unknown tokens warn once.
 */
export function forwardEvents(host: EventTarget, tokens: string, warn: (token: string) => void): () => void {
  const forward = forwarder(tokens, warn);
  if (!forward) return () => {};
  for (const name of TRIAL_EVENT_NAMES) host.addEventListener(name, forward);
  return () => {
    for (const name of TRIAL_EVENT_NAMES) host.removeEventListener(name, forward);
  };
}

/** Sends one trial-* event to every tool `tokens` names (undefined when it names none). Unknown tokens warn once. */
export function forwarder(tokens: string, warn: (token: string) => void): ((event: Event) => void) | undefined {
  const senders = tokens
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => {
      const sender = senderFor(token.trim());
      if (!sender) warn(token);
      return sender;
    })
    .filter((sender): sender is Sender => !!sender);
  if (!senders.length) return undefined;
  return (event: Event) => {
    for (const send of senders) {
      try {
        send(event.type, event as CustomEvent);
      } catch (error) {
        // A broken analytics snippet on the page must not break the widget.
        console.warn(`trialkit: forwarding ${event.type} to analytics failed: ${String(error)}`);
      }
    }
  };
}
