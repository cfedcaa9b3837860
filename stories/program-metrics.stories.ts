import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/program-metrics/define.js';
import { demoToken } from './demo-server.js';

const meta: Meta = {
  title: 'Elements/Program metrics',
  component: 'bw-program-metrics',
  parameters: {
    docs: {
      description: {
        component:
          'The figures a program is judged by, for its coordinators, from the demo\'s synthetic cohort. Small numbers are withheld by the server. ' +
          'Needs the reference server (`npm start`, demo mode).',
      },
    },
  },
  loaders: [async (context) => ({ token: await demoToken((context.args.role as 'coordinator' | 'mentee') ?? 'coordinator') })],
  argTypes: { role: { control: 'radio', options: ['coordinator', 'mentee'] } },
  args: { role: 'coordinator' },
};
export default meta;

type Story = StoryObj;

/** The demo coordinator (Priya Natarajan): the whole program. */
export const Default: Story = {
  render: (_args, { loaded }) => html`<bw-program-metrics .userToken=${loaded.token}></bw-program-metrics>`,
};

/** Only nurses: groups the filter leaves too small are withheld. */
export const Filtered: Story = {
  render: (_args, { loaded }) => html`<bw-program-metrics .userToken=${loaded.token} occupation="registered-nurse"></bw-program-metrics>`,
};

/** A mentee is told that only coordinators see the figures. */
export const NotACoordinator: Story = {
  name: 'Not a coordinator',
  args: { role: 'mentee' },
  render: (_args, { loaded }) => html`<bw-program-metrics .userToken=${loaded.token}></bw-program-metrics>`,
};
