/**
 * The program's required training and the mentor's record of it: before the mentor has a
 * profile, the modules they will be asked to complete; after, each with when they completed
 * it, and a way to record a completion. The profile's standing follows each completion.
 * Loaded on demand while the profile loads (the section shows its loading state until then).
 */
import { html, type ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import type { BridgewayClient } from '../../api/client.js';
import type { TrainingModule, TrainingProgress } from '../../api/mentor-onboarding.js';
import { completeTrainingModule } from '../../generated/operations.js';
import { errorKind, errorMessage } from '../../ui/errors.js';
import { Loader } from '../../ui/loader.js';
import type { MentorProfileHost, Notice } from './host.js';
import { heldTraining, readTraining } from './training-read.js';
import { renderTraining } from './training-view.js';

export class TrainingRecord implements ReactiveController {
  readonly loader: Loader<TrainingProgress | undefined, readonly [BridgewayClient, boolean | undefined]>;
  /** The module whose completion is being sent. */
  sending?: string;
  notice?: Notice;

  constructor(
    private readonly host: MentorProfileHost,
    /** Whether the mentor has a profile; undefined until that is known (nothing loads before). */
    hasProfile: () => boolean | undefined,
    private readonly onChange: (trainingComplete: boolean) => void,
  ) {
    host.addController(this);
    this.loader = new Loader(host, {
      args: () => [host.client, hasProfile()] as const,
      load: async ([client, known], signal) => (known === undefined ? undefined : readTraining(client, known, signal)),
      held: ([client, known]) => (known === undefined ? undefined : heldTraining(client, known)),
      isEmpty: (progress) => progress !== undefined && progress.items.length === 0,
    });
  }

  hostConnected(): void {}

  async complete(module: TrainingModule): Promise<void> {
    if (this.sending) return;
    this.sending = module.id;
    this.notice = undefined;
    this.host.requestUpdate();
    try {
      const progress = await this.host.client.call(completeTrainingModule, { params: { moduleId: module.id } });
      this.loader.value = progress;
      this.say('success', progress.complete
        ? msg(str`Recorded: ${module.title}. Your required training is complete.`, { id: 'mentorProfile.trainingDone' })
        : msg(str`Recorded: ${module.title}.`, { id: 'mentorProfile.moduleDone' }));
      this.onChange(progress.complete);
      this.host.emit('bw-training-completed', { moduleId: module.id, trainingComplete: progress.complete });
    } catch (error) {
      this.say('danger', errorMessage(errorKind(error), 'mentoring'));
      this.host.reportError(error, 'load');
    } finally {
      this.sending = undefined;
      this.host.requestUpdate();
    }
  }

  /** The modules, or what the program asks when it asks for none; `canRecord` once the mentor has a profile. */
  render(canRecord: boolean, loading: () => unknown): unknown {
    return this.loader.render({
      ready: (progress) => (progress ? renderTraining({ progress, canRecord, sending: this.sending, notice: this.notice, f: this.host.formatters }, (module) => void this.complete(module)) : loading()),
      empty: () => html`<p class="bw-muted">${msg('The program asks for no training at the moment.', { id: 'mentorProfile.noTraining' })}</p>`,
      loading,
    });
  }

  private say(tone: Notice['tone'], text: string): void {
    this.notice = { tone, text };
    this.host.announce(text);
  }
}
