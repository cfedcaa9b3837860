import { expect, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, analysed, mapper, waitFor } from './helpers.js';
import { chooseCountry } from '../../support/browser.js';

async function focus(el: HTMLElement, selector: string): Promise<HTMLElement> {
  const target = await waitFor(el, selector);
  target.focus();
  return target;
}

async function pick(el: HTMLElement, which: 'occupation' | 'jurisdiction', text: string, downs: number): Promise<void> {
  const input = await focus(el, `#${which}-input`);
  await sendKeys({ type: text });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'true' && $$(el, `#${which}-listbox [role="option"]`).length > 0, `no ${which} options`, { timeout: 4000 });
  // Nothing is chosen until the person moves down to an option.
  for (let i = 0; i <= downs; i++) await sendKeys({ press: 'ArrowDown' });
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => input.getAttribute('aria-expanded') === 'false', `${which} listbox stayed open`);
}

/** Picks the option named `name` of a (focused) select, as a person does from its list. */
describe('bw-credential-gap-mapper: the profile form', () => {
  beforeEach(() => localStorage.clear());

  it('picks the occupation and the jurisdiction with the keyboard in the combobox', async function () {
    // Two searches and an accessibility check of the whole form: longer than the default on a loaded machine.
    this.timeout(15_000);
    const el = await mapper();
    const input = await focus(el, '#occupation-input');
    expect(input.getAttribute('role')).to.equal('combobox');
    expect(input.getAttribute('aria-expanded')).to.equal('false');
    await sendKeys({ type: 'nurs' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'the listbox did not open', { timeout: 4000 });
    const options = $$(el, '#occupation-listbox [role="option"]');
    expect(options[0].textContent).to.contain('Registered nurse');
    // The first suggestion is not chosen for the person.
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    expect(options[0].getAttribute('aria-selected')).to.equal('false');
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => input.getAttribute('aria-activedescendant') === 'occupation-option-0', 'ArrowDown did not move to the first option');
    expect($$(el, '#occupation-listbox [role="option"]')[0].getAttribute('aria-selected')).to.equal('true');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'false');
    expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
    await sendKeys({ press: 'ArrowDown' }); // reopens
    await waitUntil(() => input.getAttribute('aria-expanded') === 'true', 'ArrowDown did not reopen', { timeout: 4000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => input.getAttribute('aria-expanded') === 'false');
    expect((input as HTMLInputElement).value).to.equal('Registered nurse');

    await pick(el, 'jurisdiction', 'Ont', 0);
    expect(($(el, '#jurisdiction-input') as HTMLInputElement).value).to.equal('Ontario');
    await expect(el).to.be.accessible();
  });

  it('shows the suggestions over the next field instead of pushing it down', async () => {
    const el = await mapper();
    el.style.display = 'block';
    el.style.width = '375px'; // the pickers stacked: the jurisdiction under the occupation
    const below = [await waitFor(el, '#jurisdiction-input'), await waitFor(el, 'fieldset[data-section="education"]')];
    // Relative to the element: focusing the input may scroll the page, which moves everything alike.
    const offsets = () => below.map((node) => node.getBoundingClientRect().top - el.getBoundingClientRect().top);
    const before = offsets();
    await focus(el, '#occupation-input');
    await sendKeys({ type: 'nurs' });
    await waitUntil(() => $$(el, '#occupation-listbox [role="option"]').length > 0, 'no options', { timeout: 4000 });
    expect($(el, '#occupation-listbox')!.hidden).to.equal(false);
    expect(offsets()).to.deep.equal(before);
  });

  it('searches in the active locale', async () => {
    const el = await mapper();
    el.locale = 'fr';
    const input = await focus(el, '#occupation-input');
    await sendKeys({ type: 'infirmi' });
    await waitUntil(() => $$(el, '#occupation-listbox [role="option"]').length > 0, 'no options', { timeout: 4000 });
    expect($$(el, '#occupation-listbox [role="option"]')[0].textContent).to.contain('Infirmière');
    expect(input).to.exist;
  });

  it('fills the profile with the keyboard, announces errors, and shows the map', async function () {
    // A whole journey by keyboard with two accessibility checks: longer than the default on a loaded machine.
    this.timeout(15_000);
    const el = await mapper();
    // Submitting empty: every missing field is marked, the summary is an alert, focus goes to the first.
    ($(el, 'button[type="submit"]') as HTMLButtonElement).click();
    await waitUntil(() => $(el, '.summary')!.textContent!.includes('need your attention'));
    expect($(el, '.summary')!.getAttribute('role')).to.equal('alert');
    await waitUntil(() => el.shadowRoot!.activeElement?.getAttribute('aria-invalid') === 'true', 'focus did not move to the first error');
    const levelError = $(el, '#f-education-0-level-error');
    expect(levelError!.textContent).to.contain('Fill in this field');
    expect($(el, '#f-education-0-level')!.getAttribute('aria-describedby')).to.equal('f-education-0-level-error');
    await expect(el).to.be.accessible();

    await pick(el, 'occupation', 'nurse', 0);
    await pick(el, 'jurisdiction', 'Ontario', 0);
    await focus(el, '#f-education-0-level');
    await sendKeys({ type: 'Bachelor' });
    await focus(el, '#f-education-0-fieldFamily');
    await sendKeys({ type: 'Nursing' });
    // Countries are chosen by name, in the person's language.
    await chooseCountry(el, 'f-education-0-country', 'Nigeria');
    await focus(el, '#f-education-0-year');
    await sendKeys({ type: '2014' });
    expect(($(el, '#f-education-0-level') as HTMLSelectElement).value).to.equal('bachelor');
    expect(($(el, '#f-education-0-fieldFamily') as HTMLSelectElement).value).to.equal('nursing');
    expect(($(el, '#f-education-0-year') as HTMLInputElement).value).to.equal('2014');

    await focus(el, '#f-experience-0-fieldFamily');
    await sendKeys({ type: 'Nursing' });
    await chooseCountry(el, 'f-experience-0-country', 'Nigeria');
    await focus(el, '#f-experience-0-years');
    await sendKeys({ type: '8' });

    // Add a language test row with the keyboard.
    await focus(el, '#add-languageTests');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '#f-languageTests-0-test'), 'no language row');
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-languageTests-0-test', 'focus did not move to the new row');
    await sendKeys({ type: 'IELTS G' });
    const date = $(el, '#f-languageTests-0-takenOn') as HTMLInputElement;
    date.focus();
    await sendKeys({ type: '09142026' });
    for (const [skill, score] of [['reading', '7'], ['writing', '6.5'], ['listening', '8'], ['speaking', '7']]) {
      await focus(el, `#f-languageTests-0-${skill}`);
      await sendKeys({ type: score });
    }
    expect(($(el, '#f-languageTests-0-test') as HTMLSelectElement).value).to.equal('ielts-general');
    expect(date.value).to.equal('2026-09-14');

    await focus(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    await analysed(el);
    const language = $$(el, '[part~="requirement"]').find((r) => r.textContent!.includes('Language'))!;
    expect(language.dataset.status).to.equal('partly-met');
  });

  it('adds and removes rows, moving focus sensibly', async () => {
    const el = await mapper();
    await focus(el, '#add-licences');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-licences-0-title', 'focus did not move to the new licence');
    const remove = $$(el, 'fieldset[data-section="licences"] .row__actions button')[0];
    expect(remove.textContent).to.contain('Licence 1');
    remove.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => !$(el, '#f-licences-0-title'));
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'add-licences', 'focus did not return to the add button');
  });

  it('keeps the draft across a reload (a re-created element) per endpoint and user', async () => {
    const first = await mapper();
    await chooseCountry(first, 'f-education-0-country', 'India');
    await pick(first, 'occupation', 'engineer', 0);
    fixtureCleanup();

    const second = await mapper();
    await waitFor(second, '#f-education-0-country');
    // The country kept is India (its code behind the name).
    expect(($(second, '#f-education-0-country') as HTMLInputElement).value).to.equal('India');
    const stored = Object.entries(localStorage).filter(([k]) => k.startsWith('bw-gap-draft:')).map(([, v]) => JSON.parse(v) as { profile: { education: Array<{ country: string }> } });
    expect(stored.map((draft) => draft.profile.education[0].country)).to.deep.equal(['IN']);
    expect(($(second, '#occupation-input') as HTMLInputElement).value).to.contain('engineer');
    expect(Object.keys(localStorage).some((k) => k.startsWith(`bw-gap-draft:${location.origin}:`))).to.equal(true);
  });
});
