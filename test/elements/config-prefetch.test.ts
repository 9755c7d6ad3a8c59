// Issue 14: the script-tag bundle starts the downloads of a page's config files before lit and the
// elements are evaluated (prefetchConfigs, the bundle's first module); each element then takes its
// download when it connects. This file imports no element at first, so nothing is defined until
// the test that defines them (the tests run in order).
import { expect } from '@open-wc/testing';
import { prefetchConfigs } from '../../src/internal/config-source.js';
import { captureConsole, until } from '../helpers.js';

type Call = { path: string; init?: RequestInit };

/** Records every fetch until `stop`, passing each through. */
function recordFetches() {
  const calls: Call[] = [];
  const original = window.fetch;
  window.fetch = (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input), document.baseURI);
    calls.push({ path: url.origin === location.origin ? url.pathname : url.href, init });
    return original(input, init);
  };
  return { calls, stop: () => (window.fetch = original) };
}

function container(markup: string): HTMLDivElement {
  const div = document.createElement('div');
  div.innerHTML = markup;
  document.body.append(div);
  return div;
}

describe('config downloads started before the elements are defined (issue 14)', () => {
  it('starts one download per element that names a config file, with the request the element would make', () => {
    expect(customElements.get('trial-study')).to.equal(undefined);
    const fetches = recordFetches();
    const div = container(`
      <trial-study src="/demo/trials/cll-apg-2575.json"><trial-card></trial-card></trial-study>
      <trial-card src="/demo/trials/cll-apg-2575.json"></trial-card>
      <trial-faq src="/demo/trials/breast-cancer-pallas.json"></trial-faq>
      <trial-study src="/demo/trials/lung-cancer-chemo-io.json"><script type="application/json">{"id": "x"}</script></trial-study>
      <trial-study src="http://example.com/trial.json"></trial-study>
      <trial-study src="javascript:alert(1)"></trial-study>
      <trial-study server-rendered src="/demo/trials/breast-cancer-neratinib.json"></trial-study>
      <trial-finder src="/demo/finder/catalog.json"></trial-finder>`);
    // A config set as a property before the element is defined wins over its src.
    const withProperty = document.createElement('trial-eligibility');
    withProperty.setAttribute('src', '/demo/trials/breast-cancer-neratinib.json');
    (withProperty as unknown as { config: unknown }).config = { id: 'set-by-the-page' };
    div.append(withProperty);
    try {
      prefetchConfigs(div);
    } finally {
      fetches.stop();
    }
    // The inline config, the plain-http address of another site, the script URL, the server's
    // markup, the finder's catalog and the property are left alone.
    expect(fetches.calls.map((call) => call.path)).to.deep.equal([
      '/demo/trials/cll-apg-2575.json',
      '/demo/trials/cll-apg-2575.json',
      '/demo/trials/breast-cancer-pallas.json',
    ]);
    for (const { init } of fetches.calls) {
      expect(init?.credentials).to.equal('same-origin');
      expect(new Headers(init?.headers).get('accept')).to.equal('application/json');
    }
    div.remove();
  });

  it('each element takes its download as it connects: no second request, and the trial shows', async () => {
    const fetches = recordFetches();
    try {
      const div = container(`<trial-study src="/demo/trials/breast-cancer-pallas.json"><trial-card></trial-card></trial-study>
        <trial-card src="/demo/trials/no-such-trial.json"></trial-card>`);
      prefetchConfigs(div);
      expect(fetches.calls.length).to.equal(2);
      const { errors } = await captureConsole(async () => {
        await import('../../src/index.js'); // the elements are defined now: they upgrade and connect
        const card = div.querySelector('trial-study trial-card')!;
        await until(() => card.shadowRoot?.querySelector('[part="title"]'), 'the card title');
        // The download that failed (404) is explained as any failed download is: the fallback in
        // the page, and the reason in the console.
        const broken = div.querySelector(':scope > trial-card')!;
        await until(() => broken.shadowRoot?.querySelector('[part="fallback"]'), 'the fallback');
      });
      expect(errors.join('\n')).to.match(/No trial config was found at \S+no-such-trial\.json \(404\)/);
      expect(fetches.calls.filter((call) => call.path.startsWith('/demo/trials/')).map((call) => call.path)).to.deep.equal([
        '/demo/trials/breast-cancer-pallas.json',
        '/demo/trials/no-such-trial.json',
      ]);
      div.remove();
    } finally {
      fetches.stop();
    }
  });

  it('starts nothing once the elements are defined (trialkit.js loaded twice)', () => {
    expect(customElements.get('trial-study')).to.not.equal(undefined);
    // The element connects at once and makes its own request; prefetchConfigs must make none.
    const div = container(`<trial-study src="/demo/trials/cll-apg-2575.json"></trial-study>`);
    const fetches = recordFetches();
    try {
      prefetchConfigs(div);
    } finally {
      fetches.stop();
    }
    expect(fetches.calls).to.deep.equal([]);
    div.remove();
  });
});
