// Type tests for `trialkit/react` (run by `npm run typecheck:examples`). Each @ts-expect-error
// line must be an error: if the JSX types got looser, tsc fails on the unused directive.
import type {} from 'trialkit/react';
import type { TrialConfig } from 'trialkit';

declare const config: TrialConfig;

export const accepted = (
  <trial-study
    config={config}
    lang="es"
    theme="auto"
    analytics="gtm fn:track"
    class="my-trial"
    ref={(element) => element?.setAttribute('ref', 'my-site')}
    ontrial-ready={(event) => event.detail.trialId.toUpperCase()}
    ontrial-error={(event) => event.detail.problems.map((problem) => `${problem.path}: ${problem.message}`)}
    ontrial-share={(event) => event.detail.network}
    ontrial-contact={(event) => event.detail.channel satisfies 'phone' | 'email' | 'website'}
  >
    <trial-card variant="compact" hide="sponsor registry" heading-level={3} src="/trials/a.json"></trial-card>
  </trial-study>
);

export const rejected = [
  // @ts-expect-error: not a variant
  <trial-card variant="huge" />,
  // @ts-expect-error: not a theme
  <trial-study theme="dusk" />,
  // @ts-expect-error: heading levels are 1–5
  <trial-card heading-level={7} />,
  // @ts-expect-error: the config is typed
  <trial-study config={{ id: 3 }} />,
  // @ts-expect-error: trial-ready's detail has no such field
  <trial-study ontrial-ready={(event) => event.detail.answers} />,
  // @ts-expect-error: trial-share's detail is typed too
  <trial-study ontrial-share={(event) => event.detail.trialId.toFixed()} />,
  // @ts-expect-error: `ref` is React's; the attribution code needs a callback ref
  <trial-study ref="my-community" />,
];
