import { share } from '../../i18n/en/share.js';
import { addEnglish } from '../../i18n/translate.js';
import { defineElement } from '../../internal/define.js';
import { TrialShare } from './trial-share.js';

addEnglish('share', share);
defineElement('trial-share', TrialShare);

declare global {
  interface HTMLElementTagNameMap {
    'trial-share': TrialShare;
  }
}

export { TrialShare };
