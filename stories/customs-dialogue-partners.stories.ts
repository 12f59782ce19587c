import type { Meta } from '@storybook/web-components-vite';
import { partners } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-dialogue-partners';

const meta: Meta<Args> = {
  title: 'Elements/customs-dialogue-partners',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { ...commonArgs },
  argTypes: { ...commonArgTypes },
};
export default meta;

export const Default: Story = {};
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { 'heading-level': 9 } };
export const LongText: Story = {
  render: (args) => renderElement(tag, args, partners.map((partner) => ({ ...partner, cooperation: partner.cooperation.map((item) => longText(item, 3)) }))),
};
export const Prerendered: Story = prerenderedStory(tag);
