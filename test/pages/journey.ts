import { until } from '../helpers.js';

/** Waits for a trialkit element in the page to finish rendering what the last click changed. */
const rendered = (element: Element | null | undefined) => (element as { updateComplete?: Promise<unknown> } | null | undefined)?.updateComplete;

const SENTINEL = 'https://csp-sentinel.invalid';

/**
 * The page's CSP violations (recorded by demo/csp-probe.js) once every report so far has arrived.
 * Reports are queued tasks, delivered in order: so a deliberate violation (a fetch the policy
 * blocks) is the signal, and once it is reported every earlier one is too. It is left out.
 */
export async function settledViolations(win: Window): Promise<unknown[]> {
  const probe = win as Window & { __cspViolations?: { blocked?: string }[] };
  win.fetch(`${SENTINEL}/`).catch(() => undefined);
  await until(() => probe.__cspViolations?.some((v) => v.blocked?.startsWith(SENTINEL)), 'the sentinel violation report', 5000);
  return probe.__cspViolations!.filter((v) => !v.blocked?.startsWith(SENTINEL));
}

/**
 * Walks a page holding every trialkit element through a patient's journey: the card and all its
 * places; the pre-screener to a result (the first answer each time, 50 for a number); three FAQ
 * answers, a glossary term and feedback; copy link, the QR code and "More ways to share".
 * Returns the pre-screener's result text.
 */
export async function walkJourney(doc: () => Document): Promise<string> {
  const shadow = (tag: string) => doc().querySelector(tag)!.shadowRoot!;

  // 1. The card, with every place listed.
  const card = await until(() => doc().querySelector('trial-card')?.shadowRoot?.querySelector('[part="title"]') && shadow('trial-card'), 'card', 10_000);
  const showAll = card.querySelector<HTMLButtonElement>('.show-all');
  if (showAll) {
    showAll.click();
    // The grouped list is a chunk fetched on this press: the journey goes on once it is there.
    await until(() => card.querySelector('#all-sites > details'), 'every place listed', 10_000);
  }

  // 2. The pre-screener, answered until a result shows.
  const start = await until(() => shadow('trial-eligibility')?.querySelector<HTMLButtonElement>('button.button'), 'start button', 10_000);
  start.click();
  const resultText = () => shadow('trial-eligibility').querySelector('[part="result"]')?.textContent?.trim();
  for (let step = 0; step < 20 && !resultText(); step++) {
    const root = shadow('trial-eligibility');
    const number = root.querySelector<HTMLInputElement>('input[inputmode]');
    if (number) {
      number.value = '50';
      number.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    } else {
      const choice = await until(() => root.querySelector<HTMLInputElement>('input[type="radio"], input[type="checkbox"]'), 'an answer', 5000);
      choice.click();
    }
    root.querySelector<HTMLButtonElement>('button.button:not(.secondary)')!.click();
    await rendered(doc().querySelector('trial-eligibility'));
  }
  const result = await until(resultText, 'a result', 5000);

  // 3. FAQ: open three answers, explain a clinical term, say one answer helped.
  const triggers = await until(() => shadow('trial-faq')?.querySelectorAll<HTMLButtonElement>('button.trigger'), 'faq triggers', 10_000);
  for (const trigger of [...triggers].slice(0, 3)) trigger.click();
  await rendered(doc().querySelector('trial-faq'));
  shadow('trial-faq').querySelector<HTMLButtonElement>('[part~="term"]')?.click();
  shadow('trial-faq').querySelector<HTMLButtonElement>('[part="feedback"] button')?.click();

  // 4. Share: copy the link, open the QR code and "More ways to share".
  const share = await until(() => (shadow('trial-share')?.querySelector('[part~="network-copy"]') ? shadow('trial-share') : undefined), 'share buttons', 10_000);
  share.querySelector<HTMLElement>('[part~="network-copy"]')!.click();
  share.querySelector<HTMLElement>('[part~="network-qr"]')?.click();
  await until(() => shadow('trial-share').querySelector('[part~="qr-code"]'), 'QR code', 10_000);
  shadow('trial-share').querySelector<HTMLElement>('[part~="more"]')?.click();
  await rendered(doc().querySelector('trial-share'));
  return result;
}
