import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/milestone-tracker/define.js';
import { demoToken } from './demo-server.js';

const meta: Meta = {
  title: 'Elements/Milestone tracker',
  component: 'bw-milestone-tracker',
  parameters: {
    docs: {
      description: {
        component:
          'The mentee\'s credential-recognition plan. Needs the reference server (`npm start`, demo mode) for the demo user token. Edits are queued offline and replayed; try switching the network off in the developer tools.',
      },
    },
  },
  loaders: [async (context) => ({ token: await demoToken((context.args.role as 'mentee' | 'mentor') ?? 'mentee') })],
  argTypes: {
    role: { control: 'radio', options: ['mentee', 'mentor'] },
  },
  render: (args, { loaded }) => html`<bw-milestone-tracker .userToken=${loaded.token} view=${args.role}></bw-milestone-tracker>`,
};
export default meta;

type Story = StoryObj;

/** The demo mentee's plan: a registered nurse in Ontario. */
export const Mentee: Story = { args: { role: 'mentee' } };

/** The demo mentor: picks a mentee's shared plan, comments and records check-ins. */
export const Mentor: Story = { args: { role: 'mentor' } };

/** The gap mapper asks for milestones: the tracker offers to add them. */
export const FromGapMap: Story = {
  args: { role: 'mentee' },
  play: async () => {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    document.dispatchEvent(
      new CustomEvent('bw-gap-plan-requested', {
        detail: {
          occupationId: 'registered-nurse',
          jurisdictionId: 'ca-on',
          items: [
            { title: 'Pass the CNO jurisprudence exam', kind: 'exam-sitting', source: { requirementId: 'ca-on-rn-jurisprudence', pathwayId: 'ca-on-rn-jurisprudence-exam' } },
            { title: 'Bridging programme for internationally educated nurses', kind: 'course', source: { requirementId: 'ca-on-rn-education', pathwayId: 'ca-on-rn-bridging' } },
          ],
        },
      }),
    );
  },
};
