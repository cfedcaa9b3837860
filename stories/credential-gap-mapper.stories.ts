import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/widgets/credential-gap-mapper/define.js';
import type { BridgewayCredentialGapMapper } from '../src/widgets/credential-gap-mapper/credential-gap-mapper.js';
import type { FetchLike } from '../src/api/client.js';
import { demoProfile } from '../src/server/seed/catalogue/demo-profile.js';

/**
 * `<bw-credential-gap-mapper>` maps a mentee's foreign credentials against the
 * requirements of an occupation in a jurisdiction. Run the reference server
 * (`npm start`) for live data; the stories talk to it through the provider.
 */
const meta: Meta = {
  title: 'Elements/Credential gap mapper',
  component: 'bw-credential-gap-mapper',
};
export default meta;

type Story = StoryObj;

/** The guided form: pickers that search as one types, then education, licences, experience and language tests. The draft survives a reload. */
export const Default: Story = {
  render: () => html`<bw-credential-gap-mapper></bw-credential-gap-mapper>`,
};

/** A host that already knows the profile and the goal: the map shows at once (Amara Okafor, registered nurse in Ontario). */
export const WithProfile: Story = {
  render: () => html`<bw-credential-gap-mapper occupation="registered-nurse" jurisdiction="ca-on" as-of="2026-12-05" .profile=${demoProfile}></bw-credential-gap-mapper>`,
};

/** The same profile against Ontario and England side by side. */
export const Compare: Story = {
  render: () => html`<bw-credential-gap-mapper
    occupation="registered-nurse"
    jurisdiction="ca-on"
    as-of="2026-12-05"
    .profile=${demoProfile}
    @bw-gap-analysed=${(event: Event) => {
      const el = event.currentTarget as BridgewayCredentialGapMapper;
      // After the first analysis has rendered, open the comparison.
      requestAnimationFrame(() => void el.compare('gb-eng'));
    }}
  ></bw-credential-gap-mapper>`,
};

const malformed: FetchLike = async (url, init) =>
  url.endsWith('/v1/gap-analyses') ? new Response('{"results":"not a list"}', { status: 200, headers: { 'content-type': 'application/json' } }) : fetch(url, init);

/** The server answered with a body that breaks the contract: the element says so and offers to try again. */
export const ServerError: Story = {
  name: 'Error',
  render: () => html`<bw-credential-gap-mapper occupation="registered-nurse" jurisdiction="ca-on" .profile=${demoProfile} .fetch=${malformed}></bw-credential-gap-mapper>`,
};
