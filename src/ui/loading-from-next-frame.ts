/**
 * A loading state shown from the first frame after it was first due, not at once: code and answers
 * that arrive within that frame (code already loaded, an answer at hand) then show straight away,
 * and the loading state is not built, styled and laid out for a frame nobody sees. The frame's
 * animation callbacks run before it is painted, so every frame painted while loading shows the
 * loading state as before; until then the place is only marked busy (`aria-busy`, which assistive
 * technology and the first-render bench read as loading).
 */
import { html, type ReactiveControllerHost } from 'lit';

export class LoadingFromNextFrame {
  private due = false;
  private frame?: number;

  constructor(private readonly host: ReactiveControllerHost) {}

  render(loading: () => unknown): unknown {
    if (this.due) return loading();
    this.frame ??= requestAnimationFrame(() => {
      this.due = true;
      this.host.requestUpdate();
    });
    return html`<div aria-busy="true"></div>`;
  }

  /** The load ended: the next one waits a frame again. */
  end(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.due = false;
  }
}
