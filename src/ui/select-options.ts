/**
 * A `<select>`'s options without a template per option: `<select ${selectOptions(choices, value)}>`.
 * Lit instantiates a template for every `html\`<option ...>\`` (an importNode, a walk of its parts, a
 * text node and two attribute parts each), and a milestone list with a status select per milestone
 * rendered more option templates than everything else together: this makes each option one
 * `new Option`, and a later render changes only what changed (the same elements stay, so a person's
 * pick and the focus are kept). Labels are set as text, never as HTML. The directive owns every
 * option of its select: put the "All" or "Choose…" entry in `choices`.
 */
import { noChange } from 'lit';
import { Directive, directive, type ElementPart } from 'lit/directive.js';

/** An option: its value and its label (text). */
export type Choice = readonly [value: string, label: string];

class SelectOptions extends Directive {
  render(_choices: readonly Choice[], _selected?: string): unknown {
    return noChange;
  }

  override update({ element }: ElementPart, [choices, selected]: [readonly Choice[], string?]): unknown {
    const { options } = element as HTMLSelectElement;
    choices.forEach(([value, label], index) => {
      const chosen = value === selected;
      const option = options[index] ?? element.appendChild(new Option(label, value));
      if (option.value !== value) option.value = value;
      if (option.text !== label) option.text = label;
      // The `selected` attribute, as `?selected=${...}` set it: a person's own pick stays until it changes.
      if (option.defaultSelected !== chosen) option.defaultSelected = chosen;
    });
    while (options.length > choices.length) options[choices.length].remove();
    return noChange;
  }
}

/** Renders `choices` as the options of the `<select>` it is on (only there: `<select ${selectOptions(choices, value)}>`), `selected` marked as chosen. */
export const selectOptions = directive(SelectOptions);
