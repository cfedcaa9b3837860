import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/narrative-builder/define.js';
import type { GapAnalysis, Profile } from '../src/api/gap.js';
import { demoToken } from './demo-server.js';

const analysis = {
  target: {
    occupation: { id: 'registered-nurse', name: { en: 'Registered nurse', fr: 'Infirmière autorisée' } },
    jurisdiction: { id: 'ca-on', country: 'CA', region: 'CA-ON', name: { en: 'Ontario' } },
  },
} as unknown as GapAnalysis;

const profile: Profile = {
  education: [{ level: 'bachelor', fieldFamily: 'nursing', title: 'Nursing', institution: 'University of Lagos', country: 'NG', year: 2014 }],
  licences: [],
  experience: [],
  languageTests: [],
  assessments: [{ body: 'nnas', status: 'completed', equivalentLevel: 'bachelor' }],
};

const meta: Meta = {
  title: 'Elements/Narrative builder',
  component: 'bw-narrative-builder',
  args: { kind: 'resume-summary', country: 'ca-on', mode: 'write' },
  argTypes: {
    kind: { control: 'select', options: ['resume-summary', 'elevator-pitch', 'star-story', 'credential-equivalency', 'cover-letter-paragraph', 'networking-profile'] },
    mode: { control: 'inline-radio', options: ['write', 'review'] },
  },
  render: (args) => html`<bw-narrative-builder kind=${args.kind} country=${args.country} mode=${args.mode}></bw-narrative-builder>`,
};
export default meta;

type Story = StoryObj;

/** Without a user token: the text is kept on this device only; every export works. */
export const ResumeSummary: Story = {};

/** The pitch shows how long it takes to say. */
export const ElevatorPitch: Story = { args: { kind: 'elevator-pitch' } };

/** STAR stories are tagged with competencies; the target occupation's list shows which are covered. */
export const StarStory: Story = {
  args: { kind: 'star-story' },
  render: (args) => html`<bw-narrative-builder kind=${args.kind} occupation="registered-nurse" country="ca-on"></bw-narrative-builder>`,
};

/** "Fill in from my gap analysis" writes the degrees and their assessed equivalents in the active locale. */
export const FromGapAnalysis: Story = {
  args: { kind: 'credential-equivalency' },
  render: (args) => html`<bw-narrative-builder kind=${args.kind} .gapAnalysis=${analysis} .profile=${profile}></bw-narrative-builder>`,
};

/** The demo mentee's statement, saved on the server, with the mentor's comment and suggestion beside their sections. */
export const WithReview: Story = {
  loaders: [async () => ({ token: await demoToken('mentee') })],
  render: (_args, { loaded }) =>
    html`<bw-narrative-builder kind="credential-equivalency" user-token=${loaded.token ?? ''} .mentors=${[{ id: 'usr_demo_mentor', name: 'Daniel Reyes' }]}></bw-narrative-builder>`,
};

/** A mentor reviewing the draft shared with them: comment, suggest new text, approve. */
export const MentorReview: Story = {
  loaders: [async () => ({ token: await demoToken('mentor') })],
  render: (_args, { loaded }) =>
    html`<bw-narrative-builder mode="review" draft-id="nd_demo_equivalency" user-token=${loaded.token ?? ''}></bw-narrative-builder>`,
};
