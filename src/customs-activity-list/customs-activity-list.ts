import { defineElement } from '../shared/define.js';
import { CustomsActivityList } from './customs-activity-list.component.js';

export { CustomsActivityList };

defineElement('customs-activity-list', CustomsActivityList);

declare global {
  interface HTMLElementTagNameMap {
    'customs-activity-list': CustomsActivityList;
  }
}
