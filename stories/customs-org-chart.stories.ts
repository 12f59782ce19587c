import type { Meta } from '@storybook/web-components-vite';
import { bodies } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-org-chart';

const byId = new Map(bodies.map((body) => [body.id, body]));
/** Levels from a body up to the top, itself included: `depth` has no more to show than the longest line. */
function levelsAbove(id: string | undefined): number {
  let levels = 0;
  // Bounded by the number of bodies, so a loop in edited data cannot hang the page.
  for (let body = id && byId.get(id); body && levels < bodies.length; body = body.reportsTo && byId.get(body.reportsTo)) levels += 1;
  return levels;
}
const deepest = Math.max(...bodies.map((body) => levelsAbove(body.id)));

const meta: Meta<Args> = {
  title: 'Elements/customs-org-chart',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { root: '', depth: '', ...commonArgs },
  argTypes: {
    root: { control: 'select', options: ['', ...bodies.filter((body) => body.kind !== 'forum').map((body) => body.id)] },
    depth: { control: 'select', options: ['', ...Array.from({ length: deepest }, (_, level) => String(level + 1))] },
    ...commonArgTypes,
  },
};
export default meta;

export const Default: Story = {};
export const FromTheCPTFWG: Story = { args: { root: 'cptfwg' } };
export const TopThreeLevels: Story = { args: { depth: '3' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { root: 'nato', depth: 'deep' } };
export const LongText: Story = { render: (args) => renderElement(tag, args, bodies.map((body) => ({ ...body, name: longText(body.name, 3) }))) };
export const Prerendered: Story = prerenderedStory(tag);
