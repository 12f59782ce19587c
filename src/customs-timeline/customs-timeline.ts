import { defineElement } from '../shared/define.js';
import { CustomsTimeline } from './customs-timeline.component.js';

export { CustomsTimeline };

defineElement('customs-timeline', CustomsTimeline);

declare global {
  interface HTMLElementTagNameMap {
    'customs-timeline': CustomsTimeline;
  }
}
