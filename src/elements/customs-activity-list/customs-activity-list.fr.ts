import type { ActivityListStrings } from './customs-activity-list.strings.js';

const fr: ActivityListStrings = {
  activities: 'Activités clés et priorités',
};

export default fr;
