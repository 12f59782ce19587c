import type { Meta } from '@storybook/web-components-vite';
import { compliance, roles } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'customs-contributions';

const meta: Meta<Args> = {
  title: 'Elements/customs-contributions',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { country: 'SG', ...commonArgs },
  argTypes: { country: { control: 'select', options: compliance.countries.map((country) => country.code) }, ...commonArgTypes },
};
export default meta;

export const Singapore: Story = {};
export const Indonesia: Story = { args: { country: 'ID' } };
export const Malaysia: Story = { args: { country: 'MY' } };
export const LaoPDR: Story = { args: { country: 'LA' } };
export const Myanmar: Story = { args: { country: 'MM' } };
export const Thailand: Story = { args: { country: 'TH' } };
export const NoRecordedRoles: Story = { args: { country: 'VN' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { country: 'France' } };
export const LongText: Story = { render: (args) => renderElement(tag, args, roles.map((role) => ({ ...role, text: role.text && longText(role.text, 2) }))) };
export const Prerendered: Story = prerenderedStory(tag);
