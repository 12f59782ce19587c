import { defineElement } from '../shared/define.js';
import { CustomsForumList } from './customs-forum-list.component.js';

export { CustomsForumList };

defineElement('customs-forum-list', CustomsForumList);

declare global {
  interface HTMLElementTagNameMap {
    'customs-forum-list': CustomsForumList;
  }
}
