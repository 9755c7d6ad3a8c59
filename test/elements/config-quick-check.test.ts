// Issue 14: a valid config shows without loading zod (the quick check in trialkit.js vouches for
// it); a broken one loads the full validator, which names the field and the fix, as before.
import { expect, fixtureCleanup } from '@open-wc/testing';
import '../../src/bundle.js';
import { captureConsole, minimalConfig, mount, until } from '../helpers.js';

const validatorRequested = () => performance.getEntriesByType('resource').some((entry) => /\/src\/core\/validate\.ts/.test(entry.name));

describe('the quick config check before the first paint', () => {
  afterEach(() => fixtureCleanup());

  it('shows a valid card without fetching the validator, and fetches it to explain a broken one', async () => {
    expect(validatorRequested(), 'nothing loaded it before the test').to.equal(false);
    const card = await mount<HTMLElement>('trial-card', minimalConfig());
    const title = await until(() => card.shadowRoot!.querySelector('[part="card"] h2, [part="card"] h3'), 'the card');
    expect(title.textContent).to.contain('A small study');
    await expect(card).to.be.accessible();
    expect(validatorRequested(), 'the validator stays unloaded for a valid config').to.equal(false);

    const { errors } = await captureConsole(async () => {
      const broken = await mount<HTMLElement>('trial-card', minimalConfig({ contact: { name: 'The team' }, status: 'recruting' }));
      await until(() => broken.shadowRoot!.querySelector('[part="fallback"]'), 'the fallback');
      await expect(broken).to.be.accessible();
    });
    expect(validatorRequested(), 'the validator loaded to explain the problems').to.equal(true);
    const logged = errors.join('\n');
    expect(logged).to.contain('status').and.contain('Did you mean "recruiting"?');
    expect(logged).to.contain('contact').and.contain('Give at least one way to reach the study team');
  });
});
