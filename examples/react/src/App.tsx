import { useCallback, useState } from 'react';
import { trials, type TrialChoice } from './trials.js';

type Status = { kind: 'loading' } | { kind: 'ready'; trialId: string } | { kind: 'error'; problems: number };

function describe(status: Status): string {
  switch (status.kind) {
    case 'loading':
      return 'Loading the study…';
    case 'ready':
      return `Loaded: ${status.trialId}`;
    case 'error':
      return `This config has ${status.problems} problem${status.problems === 1 ? '' : 's'} (see the console).`;
  }
}

export function App() {
  const [choice, setChoice] = useState<TrialChoice>('leukemia');
  const [status, setStatus] = useState<Status>({ kind: 'loading' });

  // React keeps `ref` for itself, so trialkit's `ref` attribute (the attribution code added to
  // shared links) is set from a callback ref.
  const attribution = useCallback((element: HTMLElement | null) => element?.setAttribute('ref', 'react-recipe'), []);

  const choose = (next: TrialChoice) => {
    if (next === choice) return;
    setStatus({ kind: 'loading' });
    setChoice(next);
  };

  return (
    <>
      <div className="choices" role="group" aria-label="Choose a study">
        {(Object.keys(trials) as TrialChoice[]).map((key) => (
          <button key={key} type="button" aria-pressed={key === choice} onClick={() => choose(key)}>
            {trials[key].label}
          </button>
        ))}
      </div>
      <p id="trial-status" className="status" role="status">
        {describe(status)}
      </p>
      {/* An object prop is set as the element's `config` property; `ontrial-*` props listen for trialkit events. */}
      <trial-study
        config={trials[choice].config}
        ref={attribution}
        ontrial-ready={(event) => setStatus({ kind: 'ready', trialId: event.detail.trialId })}
        ontrial-error={(event) => setStatus({ kind: 'error', problems: event.detail.problems.length })}
      >
        <trial-card heading-level={2}></trial-card>
      </trial-study>
    </>
  );
}
