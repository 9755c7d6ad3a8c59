import { finder } from '../../i18n/en/finder.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialFinder } from './trial-finder.js';

addEnglish('finder', finder);
defineElement('trial-finder', TrialFinder);

declare global {
  interface HTMLElementTagNameMap {
    'trial-finder': TrialFinder;
  }
}

export { TrialFinder };
