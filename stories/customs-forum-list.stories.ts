import type { Meta } from '@storybook/web-components-vite';
import { forums } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-forum-list';

const meta: Meta<Args> = {
  title: 'Elements/customs-forum-list',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { forums: [], ...commonArgs },
  argTypes: { forums: { control: 'check', options: forums.map((forum) => forum.id) }, ...commonArgTypes },
};
export default meta;

export const Default: Story = {};
export const AseanAndWco: Story = { args: { forums: ['asean', 'wco'] } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { forums: 'wco, wto' } };
export const LongText: Story = {
  render: (args) => renderElement(tag, args, forums.map((forum) => ({ ...forum, description: longText(forum.description, 3) }))),
};
export const Prerendered: Story = prerenderedStory(tag);
