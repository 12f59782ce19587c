import { defineElement } from '../shared/define.js';
import { CustomsOrgChart } from './customs-org-chart.component.js';

export { CustomsOrgChart };

defineElement('customs-org-chart', CustomsOrgChart);

declare global {
  interface HTMLElementTagNameMap {
    'customs-org-chart': CustomsOrgChart;
  }
}
