import { createContext } from '@lit/context';
import type { ConfigState } from './config-source.js';

/** What <trial-study> provides to every trialkit element inside it. */
export interface StudyContext {
  state: ConfigState;
  /** Attribution code of the embedding site. */
  ref?: string;
  theme?: string;
}

// A string key, so that two copies of the bundle on one page still find each other's provider.
export const studyContext = createContext<StudyContext | undefined>('trialkit-study');
