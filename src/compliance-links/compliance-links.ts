import { defineElement } from '../shared/define.js';
import { ComplianceLinks } from './compliance-links.component.js';

export { ComplianceLinks };

defineElement('compliance-links', ComplianceLinks);

declare global {
  interface HTMLElementTagNameMap {
    'compliance-links': ComplianceLinks;
  }
}
