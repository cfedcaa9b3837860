/**
 * The mentor profile's view around its form, loaded through LazyPart at connect, alongside the
 * profile and the form's code (never after them): where the mentor stands, the training's section, the live region,
 * the drawers of the reflection log and the feedback form (whose code and words load when first opened), and the
 * styles of every block the profile shows. The element's first render is its title and loading state.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { badgeStyles, cardStyles, checkStyles, fieldStyles, joinStyles, listStyles, mutedStyles, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import { LazySlot } from '../../ui/lazy-slot.js';
import { renderLoading } from '../../ui/states.js';
import { loaders as logLocales } from '../../generated/locales/mentorProfile-log/index.js';
import { loaders as feedbackLocales } from '../../generated/locales/mentorProfile-feedback/index.js';
import type { MentorProfileHost } from './host.js';
import { mentorProfileStyles } from './mentor-profile.styles.js';

export { renderStanding } from './standing-view.js';

/** The blocks and styles of the profile's views (its parts' included), adopted when the part loads (src/ui/lazy.ts). */
export const partStyles = joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, checkStyles, listStyles, mentorProfileStyles);

/**
 * The live region where the element says what a save, a completion or a sending did: only the
 * parts announce, so it comes with them (and its styles do), long before anything is said in it.
 */
export function renderLiveRegion(announcement: string): TemplateResult {
  return html`<div class="bw-visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}

/** The training's section: `body` renders the training (its code loads with the profile), with `loading` meanwhile. */
export function renderTrainingSection(body: (loading: () => unknown) => unknown): TemplateResult {
  const loading = () => renderLoading(msg('Loading the training…', { id: 'mentorProfile.trainingLoading' }));
  return html`<section class="training bw-section" part="training" aria-labelledby="training-title">
    <h3 id="training-title">${msg('Training for mentors', { id: 'mentorProfile.trainingTitle' })}</h3>
    ${body(loading)}
  </section>`;
}

type Drawer = 'log' | 'feedback';

/** The reflection log and the feedback on the program: drawers whose parts load the first time they open. */
export class ProfileDrawers {
  private readonly log: LazySlot<typeof import('./reflection-log.js'), import('./reflection-log.js').ReflectionLog, MentorProfileHost>;
  private readonly feedback: LazySlot<typeof import('./program-feedback.js'), import('./program-feedback.js').ProgramFeedback, MentorProfileHost>;
  private readonly open = new Set<Drawer>();

  constructor(private readonly host: MentorProfileHost) {
    this.log = new LazySlot(host, () => import('./reflection-log.js'), (module, slotHost) => new module.ReflectionLog(slotHost), logLocales);
    this.feedback = new LazySlot(host, () => import('./program-feedback.js'), (module, slotHost) => new module.ProgramFeedback(slotHost), feedbackLocales);
  }

  /** Another endpoint or mentor: the log and the feedback form start afresh, closed. */
  reset(): void {
    this.log.drop();
    this.feedback.drop();
    this.open.clear();
    this.host.requestUpdate();
  }

  private async toggle(drawer: Drawer): Promise<void> {
    if (this.open.has(drawer)) this.open.delete(drawer);
    else this.open.add(drawer);
    this.host.requestUpdate();
    if (!this.open.has(drawer)) return;
    await (drawer === 'log' ? this.log : this.feedback).open();
    this.host.requestUpdate();
  }

  private renderDrawer(drawer: Drawer, title: string, body: () => unknown): TemplateResult {
    const expanded = this.open.has(drawer);
    return html`<section class="drawer bw-section" part=${drawer} aria-labelledby="${drawer}-toggle">
      <h3><button type="button" id="${drawer}-toggle" class="drawer__toggle" part="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="${drawer}-body" @click=${() => this.toggle(drawer)}>${title}</button></h3>
      <div id="${drawer}-body" ?hidden=${!expanded}>${expanded ? body() : nothing}</div>
    </section>`;
  }

  /** The log's drawer once the mentor has a profile (`creating` is false), and the feedback's. */
  render(creating: boolean): TemplateResult {
    return html`${creating ? nothing : this.renderDrawer('log', msg('My reflection log', { id: 'mentorProfile.logTitle' }), () => this.log.render((log) => log.render()))}
      ${this.renderDrawer('feedback', msg('Feedback on the program', { id: 'mentorProfile.feedbackTitle' }), () => this.feedback.render((feedback) => feedback.render()))}`;
  }
}
