import { defineElement } from '../shared/define.js';
import { CustomsForumCard } from './customs-forum-card.component.js';

export { CustomsForumCard };

defineElement('customs-forum-card', CustomsForumCard);

declare global {
  interface HTMLElementTagNameMap {
    'customs-forum-card': CustomsForumCard;
  }
}
