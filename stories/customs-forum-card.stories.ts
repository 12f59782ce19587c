import type { Meta } from '@storybook/web-components-vite';
import { forums } from '../src/data/index.js';
import type { Forum } from '../src/data/schema.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-forum-card';

const meta: Meta<Args> = {
  title: 'Elements/customs-forum-card',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { forum: 'wco', ...commonArgs },
  argTypes: { forum: { control: 'select', options: forums.map((forum) => forum.id) }, ...commonArgTypes },
};
export default meta;

export const Default: Story = {};
export const APEC: Story = { args: { forum: 'apec' } };
export const ASEAN: Story = { args: { forum: 'asean' } };
export const ASEM: Story = { args: { forum: 'asem' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { forum: 'wto' } };

const longForum: Forum = {
  ...forums[0],
  name: 'World Customs Organization of Exceptionally Long Names and Considerably Longer Descriptions',
  description: longText(forums[0].description),
  alsoKnownAs: ['Customs Co-operation Council', 'Conseil de coopération douanière', 'Organisation mondiale des douanes'],
};
export const LongText: Story = { render: (args) => renderElement(tag, args, [longForum]) };
export const Prerendered: Story = prerenderedStory(tag);
