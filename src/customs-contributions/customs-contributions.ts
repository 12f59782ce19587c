import { defineElement } from '../shared/define.js';
import { CustomsContributions } from './customs-contributions.component.js';

export { CustomsContributions };

defineElement('customs-contributions', CustomsContributions);

declare global {
  interface HTMLElementTagNameMap {
    'customs-contributions': CustomsContributions;
  }
}
