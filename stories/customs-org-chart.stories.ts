import type { Meta } from '@storybook/web-components-vite';
import { bodies } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-org-chart';

const meta: Meta<Args> = {
  title: 'Elements/customs-org-chart',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { root: '', depth: '', ...commonArgs },
  argTypes: {
    root: { control: 'select', options: ['', ...bodies.filter((body) => body.kind !== 'forum').map((body) => body.id)] },
    depth: { control: 'select', options: ['', '1', '2', '3', '4', '5'] },
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
