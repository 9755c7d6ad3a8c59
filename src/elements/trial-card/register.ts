import { defineElement } from '../../internal/define.js';
import { TrialCard } from './trial-card.js';

defineElement('trial-card', TrialCard);

declare global {
  interface HTMLElementTagNameMap {
    'trial-card': TrialCard;
  }
}

export { TrialCard };
