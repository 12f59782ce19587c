import { defineElement } from '../shared/define.js';
import { CustomsDialoguePartners } from './customs-dialogue-partners.component.js';

export { CustomsDialoguePartners };

defineElement('customs-dialogue-partners', CustomsDialoguePartners);

declare global {
  interface HTMLElementTagNameMap {
    'customs-dialogue-partners': CustomsDialoguePartners;
  }
}
