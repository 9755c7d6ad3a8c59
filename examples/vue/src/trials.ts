import type { TrialConfig } from 'trialkit';
import leukemia from '../../../demo/trials/cll-apg-2575.json';
import breastCancer from '../../../demo/trials/breast-cancer-neratinib.json';
import withMistakes from '../../../demo/trials/broken-example.json';

// Imported JSON is typed loosely (`status: string`), so it is cast to the config type. That is
// safe: the element validates whatever it gets and reports problems through `trial-error`.
export const trials = {
  leukemia: { label: 'Leukemia study', config: leukemia as TrialConfig },
  'breast-cancer': { label: 'Breast cancer study', config: breastCancer as TrialConfig },
  mistakes: { label: 'A config with mistakes', config: withMistakes as unknown as TrialConfig },
};

export type TrialChoice = keyof typeof trials;
