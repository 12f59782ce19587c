import { defineElement } from '../shared/define.js';
import { CustomsFactFile } from './customs-fact-file.component.js';

export { CustomsFactFile };

defineElement('customs-fact-file', CustomsFactFile);

declare global {
  interface HTMLElementTagNameMap {
    'customs-fact-file': CustomsFactFile;
  }
}
