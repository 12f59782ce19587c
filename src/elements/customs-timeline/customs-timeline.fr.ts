import type { TimelineStrings } from './customs-timeline.strings.js';

const fr: TimelineStrings = {
  milestones: 'Jalons',
  milestoneCount: (n) => `${n} ${n === 1 ? 'jalon' : 'jalons'}`,
  noMilestones: 'Aucun jalon ne correspond à ces paramètres.',
};

export default fr;
