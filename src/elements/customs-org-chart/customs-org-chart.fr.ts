import type { OrgChartStrings } from './customs-org-chart.strings.js';

const fr: OrgChartStrings = {
  reportingStructure: 'Structure hiérarchique des douanes de l’ASEAN',
  established: 'Création',
};

export default fr;
