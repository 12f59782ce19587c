import { defineElement } from '../shared/define.js';
import { WorkingGroupTable } from './working-group-table.component.js';

export { WorkingGroupTable };

defineElement('working-group-table', WorkingGroupTable);

declare global {
  interface HTMLElementTagNameMap {
    'working-group-table': WorkingGroupTable;
  }
}
