import { expect, fixture, html } from '@open-wc/testing';
import { render } from 'lit';
import { selectOptions, type Choice } from '../../src/ui/select-options.js';

const shown = (select: HTMLSelectElement) => [...select.options].map((o) => [o.value, o.text, o.defaultSelected]);

describe('selectOptions', () => {
  it('renders each choice as an option, the chosen one selected, labels as text', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    render(html`<select ${selectOptions([['', 'All'], ['a', '<b>A</b>'], ['b', 'B']], 'a')}></select>`, host);
    const select = host.querySelector('select')!;
    expect(shown(select)).to.deep.equal([['', 'All', false], ['a', '<b>A</b>', true], ['b', 'B', false]]);
    expect(select.value).to.equal('a');
    expect(select.querySelector('b')).to.equal(null);
  });

  it('changes only what changed on the next render, keeping the option elements', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const renderWith = (choices: readonly Choice[], selected?: string) => render(html`<select ${selectOptions(choices, selected)}></select>`, host);
    renderWith([['a', 'A'], ['b', 'B'], ['c', 'C']], 'a');
    const select = host.querySelector('select')!;
    const [first, second] = select.options;
    renderWith([['a', 'Eh'], ['b', 'B']], 'b');
    expect(shown(select)).to.deep.equal([['a', 'Eh', false], ['b', 'B', true]]);
    expect(select.options[0]).to.equal(first);
    expect(select.options[1]).to.equal(second);
    expect(select.value).to.equal('b');
    renderWith([['a', 'Eh'], ['b', 'B'], ['d', 'D']]);
    expect(shown(select)).to.deep.equal([['a', 'Eh', false], ['b', 'B', false], ['d', 'D', false]]);
  });

  it('keeps what a person picked while the chosen value stays the same', async () => {
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const renderWith = (label: string) => render(html`<select ${selectOptions([['a', label], ['b', 'B']], 'a')}></select>`, host);
    renderWith('A');
    const select = host.querySelector('select')!;
    select.value = 'b';
    renderWith('A again');
    expect(select.value).to.equal('b');
  });
});
