import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/mentor-profile/define.js';
import { demoToken } from './demo-server.js';

const meta: Meta = {
  title: 'Elements/Mentor profile',
  component: 'bw-mentor-profile',
  parameters: {
    docs: {
      description: {
        component:
          'A mentor keeps their profile (everything the mentor finder shows), sees where it stands and what they still need to appear in search, ' +
          'records the required training, keeps a private reflection log and sends feedback on the program. ' +
          'Needs the reference server (`npm start`, demo mode).',
      },
    },
  },
  loaders: [async (context) => ({ token: await demoToken((context.args.role as 'mentor' | 'mentee') ?? 'mentor') })],
  argTypes: { role: { control: 'radio', options: ['mentor', 'mentee'] } },
  args: { role: 'mentor' },
};
export default meta;

type Story = StoryObj;

/** The demo mentor (Daniel Reyes): their saved profile, training and reflection log. */
export const Default: Story = {
  render: (_args, { loaded }) => html`<bw-mentor-profile .userToken=${loaded.token}></bw-mentor-profile>`,
};

/** Right to left, in Arabic. */
export const Arabic: Story = {
  render: (_args, { loaded }) => html`<bw-mentor-profile .userToken=${loaded.token} locale="ar"></bw-mentor-profile>`,
};

/** A mentee is told that only mentors keep a mentor profile. */
export const NotAMentor: Story = {
  name: 'Not a mentor',
  args: { role: 'mentee' },
  render: (_args, { loaded }) => html`<bw-mentor-profile .userToken=${loaded.token}></bw-mentor-profile>`,
};
