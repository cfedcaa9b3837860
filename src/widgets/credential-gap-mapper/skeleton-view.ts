/**
 * The map and the form while they load: the loading status and grey blocks in their shape
 * (the map's title, summary, readiness and requirement cards; the form's title, pickers and
 * first sections), so the page does not jump when they arrive. In the element's own chunk:
 * they show before the result view or the form's code has loaded.
 */
import { html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { renderLoading } from '../../ui/states.js';

const card = html`<div class="skeleton__card"><span class="skeleton__line skeleton__line--title"></span><span class="skeleton__line"></span><span class="skeleton__line skeleton__line--short"></span></div>`;

export function renderMapSkeleton(label: string): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    ${renderLoading(label)}
    <div class="skeleton__map" aria-hidden="true">
      <span class="skeleton__line skeleton__line--heading"></span>
      <span class="skeleton__line"></span>
      <div class="skeleton__block"></div>
      ${card} ${card} ${card}
    </div>
  </div>`;
}

export function renderFormSkeleton(): TemplateResult {
  return html`<div class="skeleton" part="skeleton">
    ${renderLoading()}
    <div class="skeleton__map skeleton__form" aria-hidden="true">
      <span class="skeleton__line skeleton__line--heading"></span>
      <span class="skeleton__line"></span>
      ${card} ${card} ${card} ${card}
    </div>
  </div>`;
}

/**
 * A loading state shown from the first frame after it was first due, not at once: the map's code
 * and answer that arrive within that frame (code already loaded, an answer at hand) then show
 * straight away, and the skeleton is not built, styled and laid out for a frame nobody sees. The
 * frame's animation callbacks run before it is painted, so every frame painted while loading shows
 * the loading state as before; until then the place is only marked busy.
 */
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
