import type { Meta } from '@storybook/web-components-vite';
import { activities } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-activity-list';

const meta: Meta<Args> = {
  title: 'Elements/customs-activity-list',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { org: '', ...commonArgs },
  argTypes: { org: { control: 'select', options: ['', ...new Set(activities.map((set) => set.org))] }, ...commonArgTypes },
};
export default meta;

export const Default: Story = {};
export const WCO: Story = { args: { org: 'wco' } };
export const ASEAN: Story = { args: { org: 'asean' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = { ...states.inAnAgencyPage, args: { org: 'wco' } };
export const BadInput: Story = { args: { org: 'imf' } };
export const LongText: Story = {
  render: (args) =>
    renderElement(
      tag,
      args,
      activities.map((set) => ({ ...set, themes: set.themes.map((theme) => ({ ...theme, items: theme.items.map((item) => longText(item, 2)) })) })),
    ),
};
export const Prerendered: Story = prerenderedStory(tag);
