import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/coordinator-desk/define.js';
import { demoToken } from './demo-server.js';

const meta: Meta = {
  title: 'Elements/Coordinator desk',
  component: 'bw-coordinator-desk',
  parameters: {
    docs: {
      description: {
        component:
          'A coordinator\'s desk over the demo organisation: mentors waiting for approval, queued requests, active mentorships (one stuck), mentor load, ' +
          'mentees waiting for a match and due follow-ups. Approving and deciding change the demo data. Needs the reference server (`npm start`, demo mode).',
      },
    },
  },
  loaders: [async (context) => ({ token: await demoToken((context.args.role as 'coordinator' | 'mentee') ?? 'coordinator') })],
  argTypes: { role: { control: 'radio', options: ['coordinator', 'mentee'] }, pageSize: { control: { type: 'number', min: 1, max: 100 } } },
  args: { role: 'coordinator', pageSize: 10 },
};
export default meta;

type Story = StoryObj;

/** The demo coordinator's desk. */
export const Default: Story = {
  render: (args, { loaded }) => html`<bw-coordinator-desk .userToken=${loaded.token} page-size=${args.pageSize}></bw-coordinator-desk>`,
};

/** Three rows a page: "Show more" on every long list. */
export const ShortPages: Story = {
  name: 'Short pages',
  args: { pageSize: 3 },
  render: (args, { loaded }) => html`<bw-coordinator-desk .userToken=${loaded.token} page-size=${args.pageSize}></bw-coordinator-desk>`,
};

/** A mentee is told that the desk is for coordinators. */
export const NotACoordinator: Story = {
  name: 'Not a coordinator',
  args: { role: 'mentee' },
  render: (_args, { loaded }) => html`<bw-coordinator-desk .userToken=${loaded.token}></bw-coordinator-desk>`,
};
