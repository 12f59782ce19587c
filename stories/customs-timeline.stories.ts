import type { Meta } from '@storybook/web-components-vite';
import { milestones } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-timeline';

const meta: Meta<Args> = {
  title: 'Elements/customs-timeline',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { org: [], from: '', to: '', order: 'asc', ...commonArgs },
  argTypes: {
    org: { control: 'check', options: [...new Set(milestones.flatMap((milestone) => milestone.orgs))] },
    from: { control: 'text' },
    to: { control: 'text' },
    order: { control: 'inline-radio', options: ['asc', 'desc'] },
    ...commonArgTypes,
  },
};
export default meta;

export const Default: Story = {};
export const WCO: Story = { args: { org: ['wco'] } };
export const ASEANSince2000NewestFirst: Story = { args: { org: ['asean'], from: '2000', order: 'desc' } };
export const Singapore: Story = { args: { org: ['singapore'] } };
export const NoMilestoneInRange: Story = { args: { from: '2100' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { order: 'sideways', to: 'soon' } };
export const LongText: Story = {
  render: (args) => renderElement(tag, args, milestones.map((m) => ({ ...m, title: longText(m.title, 2), description: m.description && longText(m.description, 2) }))),
};
export const Prerendered: Story = prerenderedStory(tag);
