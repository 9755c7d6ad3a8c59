import { defineElement } from '../../internal/define.js';
import { TrialShare } from './trial-share.js';

defineElement('trial-share', TrialShare);

declare global {
  interface HTMLElementTagNameMap {
    'trial-share': TrialShare;
  }
}

export { TrialShare };
