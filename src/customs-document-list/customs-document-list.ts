import { defineElement } from '../shared/define.js';
import { CustomsDocumentList } from './customs-document-list.component.js';

export { CustomsDocumentList };

defineElement('customs-document-list', CustomsDocumentList);

declare global {
  interface HTMLElementTagNameMap {
    'customs-document-list': CustomsDocumentList;
  }
}
