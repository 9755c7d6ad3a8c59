import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import '../../src/index.js';
import type { TrialStudy } from '../../src/elements/trial-study/trial-study.js';
import { minimalConfig } from '../helpers.js';

// Frameworks insert elements while they commit a render (React 19 warns about, and may drop, a
// state update made then), and plain code often appends an element before it listens. So
// trial-ready / trial-error must never be dispatched from inside connectedCallback.
describe('when trial-ready and trial-error are dispatched', () => {
  afterEach(() => fixtureCleanup());

  for (const [name, config] of [
    ['trial-ready', minimalConfig()],
    ['trial-error', { ...minimalConfig(), status: 'open' }],
  ] as const) {
    it(`${name} for a config property comes after connectedCallback returns, so a listener added right after append hears it`, async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      const study = document.createElement('trial-study') as TrialStudy;
      study.config = config;
      const error = console.error;
      console.error = () => {}; // the expected report of the broken config
      let heard: Event | undefined;
      try {
        wrapper.append(study);
        study.addEventListener(name, (event) => (heard = event));
        expect(heard, 'dispatched inside connectedCallback').to.equal(undefined);
        // Validated by the on-demand checker, then announced: updateComplete waits for both.
        await study.updateComplete;
        expect(study.trialConfig?.id).to.equal(name === 'trial-ready' ? 'minimal' : undefined);
      } finally {
        console.error = error;
      }
      expect(heard?.type).to.equal(name);
    });
  }
});
