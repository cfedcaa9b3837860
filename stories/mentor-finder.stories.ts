import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/mentor-finder/define.js';
import type { FetchLike } from '../src/api/client.js';
import { demoToken } from './demo-server.js';

/** A search that answers 503: the error state with "Try again". */
const unavailable: FetchLike = (input, init) =>
  input.includes('/mentors/search')
    ? Promise.resolve(new Response(JSON.stringify({ type: 'about:blank', title: 'Service unavailable', status: 503, code: 'unavailable' }), { status: 503, headers: { 'content-type': 'application/problem+json' } }))
    : fetch(input, init);

const meta: Meta = {
  title: 'Elements/Mentor finder',
  component: 'bw-mentor-finder',
  parameters: {
    docs: {
      description: {
        component:
          'Finds mentors with explained, fair scores; a mentee requests introductions and follows them; a mentor answers in mentor mode. ' +
          'Needs the reference server (`npm start`, demo mode). Every filter is reflected in an attribute, so a host can deep-link a search.',
      },
    },
  },
  loaders: [async (context) => ({ token: await demoToken((context.args.role as 'mentee' | 'mentor') ?? 'mentee') })],
  argTypes: { role: { control: 'radio', options: ['mentee', 'mentor'] } },
  args: { role: 'mentee' },
};
export default meta;

type Story = StoryObj;

/** The demo mentee (Amara, a nurse from Nigeria) with no filter yet: every mentor, best first. */
export const Default: Story = {
  render: (_args, { loaded }) => html`<bw-mentor-finder .userToken=${loaded.token}></bw-mentor-finder>`,
};

/** A deep link: registered nurses in Ontario, Filipino-speaking preferred, only mentors licensed there, who review plans. */
export const DeepLinkedFilters: Story = {
  name: 'Deep-linked filters',
  render: (_args, { loaded }) =>
    html`<bw-mentor-finder .userToken=${loaded.token} occupation="registered-nurse" jurisdiction="ca-on" language="tl" offers="plan-review" require="occupation licensed"></bw-mentor-finder>`,
};

/** The demo mentor (Daniel Reyes) answers introduction requests and pauses new ones. */
export const MentorMode: Story = {
  name: 'Mentor mode',
  args: { role: 'mentor' },
  render: (_args, { loaded }) => html`<bw-mentor-finder .userToken=${loaded.token} mode="mentor"></bw-mentor-finder>`,
};

/** The search service is down: the error state says so and offers to try again. */
export const ServerError: Story = {
  name: 'Error',
  render: (_args, { loaded }) => html`<bw-mentor-finder .userToken=${loaded.token} .fetch=${unavailable}></bw-mentor-finder>`,
};
