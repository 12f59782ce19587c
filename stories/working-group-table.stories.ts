import type { Meta } from '@storybook/web-components-vite';
import { bodies } from '../src/data/index.js';
import { strings } from '../src/elements/working-group-table/working-group-table.strings.js';
import { type Args, commonArgs, commonArgTypes, longText, prerenderedStory, renderElement, states, type Story } from './support.js';

const tag = 'working-group-table';
/** The column ids, in their default order: those the element has a header for. */
const COLUMNS = Object.keys(strings.en.columns);

const meta: Meta<Args> = {
  title: 'Elements/working-group-table',
  component: tag,
  render: (args) => renderElement(tag, args),
  args: { bodies: [], columns: [], sort: '', filter: '', searchable: false, ...commonArgs },
  argTypes: {
    bodies: { control: 'check', options: bodies.map((body) => body.id) },
    columns: { control: 'check', options: [...COLUMNS] },
    sort: { control: 'select', options: ['', ...COLUMNS, ...COLUMNS.map((column) => `-${column}`)] },
    filter: { control: 'text' },
    searchable: { control: 'boolean' },
    ...commonArgTypes,
  },
};
export default meta;

export const Default: Story = {};
export const Searchable: Story = { args: { searchable: true } };
export const NewestFirst: Story = { args: { sort: '-established' } };
export const SubWorkingGroups: Story = { args: { bodies: ['swg-acts', 'tswgc', 'swg-aamra'] } };
export const FewColumns: Story = { args: { columns: ['name', 'established', 'chair'] } };
export const FilterWithNoMatch: Story = { args: { searchable: true, filter: 'no such body' } };
export const Compact: Story = states.compact;
export const Dark: Story = { ...states.dark, args: { searchable: true } };
export const Narrow: Story = { ...states.narrow, args: { searchable: true } };
export const French: Story = states.french;
export const HiddenSource: Story = states.hiddenSource;
export const Themed: Story = states.themed;
export const InAnAgencyPage: Story = states.inAnAgencyPage;
export const BadInput: Story = { args: { columns: 'name, colour', sort: 'size' } };
export const LongText: Story = {
  render: (args) =>
    renderElement(
      tag,
      args,
      bodies.map((body) => ({ ...body, name: longText(body.name, 2), description: body.description && longText(body.description, 3) })),
    ),
};
export const ManyRows: Story = {
  args: { searchable: true, sort: 'name' },
  render: (args) =>
    renderElement(
      tag,
      args,
      Array.from({ length: 300 }, (_, i) => {
        const body = bodies.filter((candidate) => candidate.kind === 'sectoral')[i % 8];
        return { ...body, id: `${body.id}-${i}`, name: `${body.name} ${i + 1}` };
      }),
    ),
};
export const Prerendered: Story = prerenderedStory(tag);
