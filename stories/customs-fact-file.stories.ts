import type { Meta } from '@storybook/web-components-vite';
import { factFiles } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-fact-file';

const meta: Meta<Args> = {
  title: 'Elements/customs-fact-file',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { org: 'wco', ...commonArgs },
  argTypes: { org: { control: 'select', options: factFiles.map((file) => file.org) }, ...commonArgTypes },
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
export const BadInput: Story = { args: { org: 'apec' } };
export const LongText: Story = {
  render: (args) =>
    renderElement(
      tag,
      args,
      factFiles.map((file) => ({ ...file, entries: file.entries.map((entry) => ({ ...entry, value: longText(entry.value, 3) })) })),
    ),
};
export const Prerendered: Story = prerenderedStory(tag);
