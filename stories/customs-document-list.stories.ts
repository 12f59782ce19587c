import type { Meta } from '@storybook/web-components-vite';
import { documents } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-document-list';

const meta: Meta<Args> = {
  title: 'Elements/customs-document-list',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { category: [], ...commonArgs },
  argTypes: { category: { control: 'check', options: [...new Set(documents.map((doc) => doc.category))] }, ...commonArgTypes },
};
export default meta;

export const Default: Story = {};
export const KeyDocuments: Story = { args: { category: ['key-documents'] } };
export const PressReleases: Story = { args: { category: ['press'] } };
export const Publications: Story = { args: { category: ['publications'] } };
export const NoDocuments: Story = { render: (args) => renderElement(tag, args, []) };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { category: 'memos' } };
export const LongText: Story = { render: (args) => renderElement(tag, args, documents.map((doc) => ({ ...doc, title: longText(doc.title, 3) }))) };
export const Prerendered: Story = prerenderedStory(tag);
