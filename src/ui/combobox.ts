/**
 * A search-as-you-type picker following the ARIA combobox pattern: an `input
 * role=combobox` with `aria-expanded`, `aria-controls` and `aria-activedescendant`,
 * and a listbox of options. Arrow keys move, Enter picks, Escape closes (a second Escape
 * clears). The suggestions float over what follows (they never push the next field) inside
 * the element's own box. Used for the gap mapper's occupation and jurisdiction and for every
 * country field (`countrySearch` in countries.ts); an element that renders one adds
 * `comboboxStyles` to its styles.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { msg } from '@lit/localize';
import { plural } from './plural.js';

/** What a person picks: the value behind it and its name. */
export interface Choice {
  id: string;
  label: string;
}

export interface Option extends Choice {
  /** A second line: the synonym that matched, the country. */
  hint?: string;
}

export interface ComboboxOptions {
  /** Unique within the shadow root: prefixes the ids of the input, listbox and options. */
  id: string;
  /** The input's own id, when a form already names its fields (default `${id}-input`). */
  inputId?: string;
  search: (query: string, signal: AbortSignal) => Promise<Option[]>;
  onPick: (option: Option) => void;
  /** The person emptied the field (an optional field goes back to no answer). */
  onClear?: () => void;
  debounceMs?: number;
}

// The styles live apart, so an element that loads its combobox on demand keeps only them in its first download.
export { comboboxStyles } from './combobox.styles.js';

export class SearchCombobox implements ReactiveController {
  query = '';
  open = false;
  options: Option[] = [];
  active = -1;
  status: 'idle' | 'loading' | 'ready' | 'error' = 'idle';
  private timer?: ReturnType<typeof setTimeout>;
  private controller?: AbortController;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly config: ComboboxOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  /** Searches now (tests, and focus on an empty picker). */
  search(query = this.query): Promise<void> {
    clearTimeout(this.timer);
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    this.status = 'loading';
    this.host.requestUpdate();
    return this.config.search(query, controller.signal).then(
      (options) => {
        if (controller.signal.aborted) return;
        this.options = options;
        // Nothing is chosen until the person moves to an option: Enter alone never picks a guess.
        this.active = -1;
        this.status = 'ready';
        this.open = true;
        this.host.requestUpdate();
      },
      () => {
        if (controller.signal.aborted) return;
        this.options = [];
        this.status = 'error';
        this.open = true;
        this.host.requestUpdate();
      },
    );
  }

  private onInput = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    if (!this.query.trim()) this.config.onClear?.();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.search(), this.config.debounceMs ?? 250);
  };

  private pick(option: Option) {
    // A search still waiting for its debounce (the person typed fast, then picked) must not reopen the list.
    clearTimeout(this.timer);
    this.controller?.abort();
    this.query = option.label;
    this.open = false;
    this.active = -1;
    this.config.onPick(option);
    this.host.requestUpdate();
  }

  private onKeydown = (event: KeyboardEvent) => {
    const count = this.options.length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!this.open) {
          void this.search();
          return;
        }
        if (count) this.active = (this.active + 1) % count;
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (this.open && count) this.active = (this.active - 1 + count) % count;
        break;
      case 'Home':
      case 'End':
        if (!this.open || !count) return;
        event.preventDefault();
        this.active = event.key === 'Home' ? 0 : count - 1;
        break;
      case 'Enter': {
        // The option moved to, or the one whose name was typed in full.
        const typed = this.query.trim().toLocaleLowerCase();
        const option = this.options[this.active] ?? (typed ? this.options.find((o) => o.label.toLocaleLowerCase() === typed) : undefined);
        if (this.open && option) {
          event.preventDefault();
          this.pick(option);
        }
        return;
      }
      case 'Escape':
        if (this.open) {
          event.preventDefault();
          this.open = false;
        } else if (this.query) {
          event.preventDefault();
          this.query = '';
        }
        break;
      default:
        return;
    }
    this.host.requestUpdate();
  };

  private onBlur = () => {
    // Let a click on an option land first.
    setTimeout(() => {
      if (!this.open) return;
      this.open = false;
      this.host.requestUpdate();
    }, 200);
  };

  /** The field: its label, a hint (none when empty), the input showing what was typed or else `selected`, the error and the list. */
  render(label: string, hint: string, selected?: Choice, error?: string): unknown {
    const id = this.config.id;
    const inputId = this.config.inputId ?? `${id}-input`;
    const expanded = this.open;
    const activeId = expanded && this.active >= 0 ? `${id}-option-${this.active}` : undefined;
    const describedBy = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', `${id}-count`].filter(Boolean).join(' ');
    return html`<div class="bw-field combobox" part="combobox">
      <label class="bw-field__label" for=${inputId}>${label}</label>
      ${hint ? html`<span class="bw-field__hint" id="${id}-hint">${hint}</span>` : nothing}
      <input
        id=${inputId}
        class="bw-field__input"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-controls="${id}-listbox"
        aria-activedescendant=${activeId ?? nothing}
        aria-describedby=${describedBy}
        aria-invalid=${error ? 'true' : 'false'}
        .value=${this.query || selected?.label || ''}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @blur=${this.onBlur}
      />
      ${error ? html`<span class="bw-field__error" id="${id}-error">${error}</span>` : nothing}
      <ul id="${id}-listbox" role="listbox" class="listbox" part="listbox" aria-label=${label} ?hidden=${!expanded || this.options.length === 0}>
        ${this.options.map(
          (option, index) => html`<li
            id="${id}-option-${index}"
            role="option"
            class="option"
            part="option"
            aria-selected=${index === this.active ? 'true' : 'false'}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.pick(option)}
          >
            <span>${option.label}</span>${option.hint ? html`<span class="option__hint">${option.hint}</span>` : nothing}
          </li>`,
        )}
      </ul>
      <span class="bw-visually-hidden" id="${id}-count" role="status" aria-live="polite"
        >${this.status === 'loading'
          ? msg('Searching…', { id: 'common.combobox.searching' })
          : this.status === 'error'
            ? msg('The search failed. Type again to retry.', { id: 'common.combobox.error' })
            : expanded
              ? this.options.length
                ? plural(msg('{count, plural, one {# result. Use the down arrow to choose it, Enter to pick.} other {# results. Use the up and down arrows to choose, Enter to pick.}}', { id: 'common.combobox.results' }), this.options.length)
                : msg('No match. Try another word.', { id: 'common.combobox.none' })
              : nothing}</span
      >
    </div>`;
  }
}
