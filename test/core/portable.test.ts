import { expect } from '@open-wc/testing';
import * as core from '../../src/core/index.js';

// The browser test runner serves plain ES modules with no CommonJS conversion, as a browser or a
// worker loading `trialkit/core` unbundled would. If anything in the core barrel pulled in
// src/tooling/readability.ts (`syllable` imports CommonJS packages), this file would fail to load.
describe('the headless core', () => {
  it('loads as plain ES modules in the browser', () => {
    expect(core.validateConfig).to.be.a('function');
    expect(core.evaluateEligibility).to.be.a('function');
    expect(core.enrolmentMode).to.be.a('function');
  });
});
