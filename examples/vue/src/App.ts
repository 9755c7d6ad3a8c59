import { defineComponent, h, ref } from 'vue';
import type { TrialErrorDetail, TrialReadyDetail } from 'trialkit';
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

export const App = defineComponent({
  name: 'TrialRecipe',
  setup() {
    const choice = ref<TrialChoice>('leukemia');
    const status = ref<Status>({ kind: 'loading' });

    const choose = (next: TrialChoice) => {
      if (next === choice.value) return;
      status.value = { kind: 'loading' };
      choice.value = next;
    };

    return () => [
      h(
        'div',
        { class: 'choices', role: 'group', 'aria-label': 'Choose a study' },
        (Object.keys(trials) as TrialChoice[]).map((key) =>
          h('button', { key, type: 'button', 'aria-pressed': String(key === choice.value), onClick: () => choose(key) }, trials[key].label),
        ),
      ),
      h('p', { id: 'trial-status', class: 'status', role: 'status' }, describe(status.value)),
      h(
        'trial-study',
        {
          // The element has a `config` property, so Vue sets the object on it.
          config: trials[choice.value].config,
          // `ref` is Vue's own; the `^` prefix sets trialkit's attribution attribute instead.
          '^ref': 'vue-recipe',
          // onTrialReady listens for `trial-ready` (Vue turns the camelCase name into kebab-case).
          onTrialReady: (event: CustomEvent<TrialReadyDetail>) => {
            status.value = { kind: 'ready', trialId: event.detail.trialId };
          },
          onTrialError: (event: CustomEvent<TrialErrorDetail>) => {
            status.value = { kind: 'error', problems: event.detail.problems.length };
          },
        },
        [h('trial-card', { 'heading-level': 2 })],
      ),
    ];
  },
});
