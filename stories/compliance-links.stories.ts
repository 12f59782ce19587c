import type { Meta } from '@storybook/web-components-vite';
import { compliance } from '../src/data/index.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'compliance-links';

const meta: Meta<Args> = {
  title: 'Elements/compliance-links',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { country: [], ...commonArgs },
  argTypes: { country: { control: 'check', options: compliance.countries.map((country) => country.code) }, ...commonArgTypes },
};
export default meta;

export const AllCountries: Story = {};
export const BruneiDarussalam: Story = { args: { country: ['BN'] } };
export const Cambodia: Story = { args: { country: ['KH'] } };
export const Indonesia: Story = { args: { country: ['ID'] } };
export const LaoPDR: Story = { args: { country: ['LA'] } };
export const Malaysia: Story = { args: { country: ['MY'] } };
export const Myanmar: Story = { args: { country: ['MM'] } };
export const Philippines: Story = { args: { country: ['PH'] } };
export const Singapore: Story = { args: { country: ['SG'] } };
export const Thailand: Story = { args: { country: ['TH'] } };
export const VietNam: Story = { args: { country: ['VN'] } };
export const SeveralByName: Story = { args: { country: 'Singapore, Malaysia, Viet Nam' } };
export const Compact: Story = states.compact;
export const Dark: Story = states.dark;
export const Narrow: Story = states.narrow;
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = { ...states.inAnAgencyPage, args: { country: ['SG'] } };
export const BadInput: Story = { args: { country: 'XX, SG' } };
export const LongText: Story = {
  args: { country: ['SG'] },
  render: (args) =>
    renderElement(tag, args, {
      ...compliance,
      countries: compliance.countries.map((country) => ({
        ...country,
        portals: country.portals.map((portal) => ({ ...portal, name: longText(portal.name, 2), description: longText(portal.description) })),
      })),
    }),
};
export const Prerendered: Story = prerenderedStory(tag);
