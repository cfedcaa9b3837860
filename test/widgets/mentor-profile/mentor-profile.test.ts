/**
 * <bw-mentor-profile> in real Chromium against the reference server, each test in a program of
 * its own: a new mentor creates their profile from an empty form (names, never ids) and sees it
 * wait for approval and training; every field that needs attention says so under it and nothing
 * is sent; a change made meanwhile shows both versions and keeps the typing; recording the
 * required training changes what the mentor still needs; a failed save keeps everything typed.
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { chooseCountry, endpoint, failingFetch, jsonResponse, unique, userToken } from '../../support/browser.js';
import { until } from '../../support/leaks.js';
import { $, $$, api, button, choose, errorOf, part, profileBody, profileFor, program, saveProfile, text, tick, type, waitFor } from './helpers.js';
import { failChunk, holdChunk } from '../../support/lazy-parts.js';

const isSave = (url: string, init: RequestInit) => url.endsWith('/v1/me/mentor/profile') && init.method === 'PUT';

describe('<bw-mentor-profile>: the profile', function () {
  this.timeout(30_000);

  it('creates a profile from an empty form, with names not ids, and says it waits for approval and training', async () => {
    const { mentor, moduleId } = await program(true);
    const el = await profileFor(mentor);
    expect(text(part(el, 'standing'))).to.contain('You have no mentor profile yet');
    expect(text($(el, 'fieldset[data-field="occupations"]'))).to.contain('Registered nurse').and.not.contain('registered-nurse');
    expect([...$(el, '#f-jurisdiction')!.querySelectorAll('option')].map((o) => o.textContent)).to.include('Ontario');
    await until(() => text(part(el, 'training')).includes('Cultural competence and bias awareness'), 'the modules before sign-up');
    expect(text(part(el, 'training'))).to.contain('Save your profile first');
    type(el, 'f-displayName', 'Amara Okafor');
    type(el, 'f-contactEmail', 'amara@mentors.example.org');
    tick(el, 'occupations', 'Registered nurse');
    await choose(el, 'f-jurisdiction', 'ca-on');
    tick(el, 'licensedIn', 'Ontario');
    tick(el, 'languages', 'English');
    tick(el, 'offers', 'Reviewing plans');
    expect(el.lazyParts.countryField.status, 'the country field is fetched only once the mentor shares their path').to.equal('idle');
    $<HTMLInputElement>(el, '#f-sharePath')!.click();
    await el.updateComplete;
    await chooseCountry(el, 'f-originCountry', 'Nigeria');
    button(el, 'Add a step').click();
    await el.updateComplete;
    await choose(el, 'f-steps-0-kind', 'exam');
    type(el, 'f-steps-0-label', 'NCLEX-RN');
    type(el, 'f-steps-0-year', '2018');
    type(el, 'f-hoursPerMonth', '6');
    let saved: string | undefined;
    el.addEventListener('bw-mentor-profile-saved', (event) => (saved = event.detail.approval));
    button(el, 'Create my profile').click();
    await until(() => saved !== undefined, 'no bw-mentor-profile-saved');
    await el.updateComplete;
    const standing = text(part(el, 'standing'));
    expect(standing).to.contain('Waiting for approval');
    expect(standing).to.contain('To appear in search, you still need:');
    expect($$(el, '.needs li').map((li) => li.textContent)).to.deep.equal(["A coordinator's approval of your profile", 'The required training (below)']);
    const stored = await api('/v1/me/mentor/profile', mentor);
    expect(stored.mentor).to.include({ displayName: 'Amara Okafor', jurisdiction: 'ca-on' });
    expect(stored.mentor.occupations).to.deep.equal(['registered-nurse']);
    expect(stored.mentor.credentialPath).to.deep.equal({ originCountry: 'NG', steps: [{ code: 'nclex-rn', kind: 'exam', label: 'NCLEX-RN', year: 2018 }] });
    expect([stored.hoursPerMonth, stored.contactEmail]).to.deep.equal([6, 'amara@mentors.example.org']);
    await waitFor(el, `[part~="module"][data-module="${moduleId}"] button`);
    await expect(el).to.be.accessible();
  });

  it('shows every field that needs attention, each under its field, focuses the first, and sends nothing', async () => {
    const { mentor } = await program();
    const control = failingFetch('server', isSave);
    const el = await profileFor(mentor, { fetch: control.fn });
    type(el, 'f-capacity', 'two');
    type(el, 'f-hoursPerMonth', '99');
    type(el, 'f-contactEmail', 'not an address');
    $<HTMLInputElement>(el, '#f-sharePath')!.click();
    await el.updateComplete;
    button(el, 'Add a step').click();
    await el.updateComplete;
    type(el, 'f-steps-0-year', '19');
    button(el, 'Create my profile').click();
    await waitFor(el, '[part~="error"]');
    expect(errorOf(el, 'f-displayName')).to.equal('Write the name mentees will see (up to 200 characters).');
    expect(errorOf(el, 'f-occupations')).to.equal('Choose at least one occupation, and no more than 10.');
    expect(errorOf(el, 'f-jurisdiction')).to.equal('Choose where you work.');
    expect(errorOf(el, 'f-languages')).to.equal('Choose at least one language, and no more than 10.');
    expect(errorOf(el, 'f-capacity')).to.equal('Give a whole number from 0 to 20.');
    expect(errorOf(el, 'f-hoursPerMonth')).to.equal('Give a whole number of hours from 1 to 40.');
    expect(errorOf(el, 'f-contactEmail')).to.equal('Give an email address, such as name@example.org.');
    expect(errorOf(el, 'f-originCountry')).to.equal('Choose the country where you trained.');
    expect(errorOf(el, 'f-steps-0-label')).to.equal('Name this step, in up to 200 characters.');
    expect(errorOf(el, 'f-steps-0-year')).to.equal('Give a year from 1950 to 2100, or leave it empty.');
    expect(text(part(el, 'notice'))).to.contain('Some fields need your attention');
    expect(control.failed, 'nothing sent').to.equal(0);
    await until(() => el.shadowRoot!.activeElement?.id === 'f-displayName', 'the first field that needs attention has the focus');
    expect($<HTMLInputElement>(el, '#f-displayName')!.getAttribute('aria-describedby')).to.equal('f-displayName-error');
    expect($<HTMLInputElement>(el, '#f-capacity')!.value, 'the typing stays').to.equal('two');
    await expect(el).to.be.accessible();
    type(el, 'f-displayName', 'Sam');
    await el.updateComplete;
    expect(errorOf(el, 'f-displayName'), 'a corrected field loses its message').to.equal(undefined);
  });

  it('works with the keyboard only: Space ticks a choice, Enter sends the form, the focus goes to what needs attention', async () => {
    const { mentor } = await program();
    const el = await profileFor(mentor);
    $<HTMLInputElement>(el, '#f-displayName')!.focus();
    await sendKeys({ type: 'Amara Okafor' });
    $$<HTMLInputElement>(el, 'fieldset[data-field="occupations"] input')[0].focus();
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect($$<HTMLInputElement>(el, 'fieldset[data-field="occupations"] input')[0].checked).to.equal(true);
    $<HTMLInputElement>(el, '#f-city')!.focus();
    await sendKeys({ press: 'Enter' });
    await until(() => el.shadowRoot!.activeElement?.id === 'f-contactEmail', 'the first field that needs attention has the focus');
    expect(errorOf(el, 'f-jurisdiction')).to.equal('Choose where you work.');
    expect(errorOf(el, 'f-displayName')).to.equal(undefined);
    expect(errorOf(el, 'f-occupations')).to.equal(undefined);
    expect($<HTMLInputElement>(el, '#f-displayName')!.value).to.equal('Amara Okafor');
  });

  it("shows the server's own field issues under their fields", async () => {
    const { mentor } = await program();
    await saveProfile(mentor);
    const refuse = (url: string, init: RequestInit) =>
      isSave(url, init)
        ? Promise.resolve(jsonResponse({ type: 'about:blank', title: 'Bad Request', status: 400, code: 'invalid_request', errors: [{ path: 'credentialPath.steps.0.label', message: 'Too big' }, { path: 'contactEmail', message: 'Invalid email' }] }, 400))
        : fetch(url, init);
    const el = await profileFor(mentor, { fetch: refuse });
    button(el, 'Save changes').click();
    await waitFor(el, '#f-contactEmail-error');
    expect(errorOf(el, 'f-steps-0-label')).to.equal('Name this step, in up to 200 characters.');
    expect(errorOf(el, 'f-contactEmail')).to.equal('Give an email address, such as name@example.org.');
  });

  it('edits a saved profile; a change made meanwhile shows both versions and keeps what was typed', async () => {
    const { mentor } = await program();
    const first = await saveProfile(mentor);
    const el = await profileFor(mentor);
    expect($<HTMLInputElement>(el, '#f-contactEmail')!.value, 'the form starts from the saved profile').to.equal(profileBody.contactEmail);
    expect(text($(el, 'fieldset[data-field="languages"]'))).to.contain('Ukrainian');
    expect($<HTMLInputElement>(el, '#f-originCountry')!.value, 'the country by its name').to.equal('Ukraine');
    type(el, 'f-headline', 'Mine: pharmacist in Ottawa');
    await saveProfile(mentor, { ...profileBody, headline: 'Theirs: changed on another device', version: first.version });
    button(el, 'Save changes').click();
    const conflict = await waitFor(el, '[part~="conflict"]');
    const row = conflict.querySelector('tr[data-field="headline"]')!;
    expect([...row.children].map((cell) => cell.textContent)).to.deep.equal(['Headline (optional)', 'Mine: pharmacist in Ottawa', 'Theirs: changed on another device']);
    expect($<HTMLInputElement>(el, '#f-headline')!.value).to.equal('Mine: pharmacist in Ottawa');
    await expect(el).to.be.accessible();
    button(el, 'Keep mine and save').click();
    await until(() => !part(el, 'conflict') && text(part(el, 'notice')) === 'Your changes are saved.', 'saved over the newer version');
    expect((await api('/v1/me/mentor/profile', mentor)).mentor.headline).to.equal('Mine: pharmacist in Ottawa');
  });

  it('takes the saved version when the mentor chooses it', async () => {
    const { mentor } = await program();
    const first = await saveProfile(mentor);
    const el = await profileFor(mentor);
    type(el, 'f-city', 'Kingston');
    await saveProfile(mentor, { ...profileBody, city: 'Toronto', version: first.version });
    button(el, 'Save changes').click();
    await waitFor(el, '[part~="conflict"]');
    button(el, 'Use the saved one').click();
    await el.updateComplete;
    expect(part(el, 'conflict')).to.equal(null);
    expect($<HTMLInputElement>(el, '#f-city')!.value).to.equal('Toronto');
  });

  it('keeps everything typed when a save fails, and saves it once the service answers', async () => {
    const { mentor } = await program();
    await saveProfile(mentor);
    const control = failingFetch('network', isSave);
    const el = await profileFor(mentor, { fetch: control.fn });
    type(el, 'f-city', 'Hamilton');
    tick(el, 'formats', 'In person');
    type(el, 'f-pausedUntil', '2099-03-01');
    button(el, 'Save changes').click();
    await until(() => text(part(el, 'notice')).includes('What you typed is kept.'), 'the failure is said');
    expect($<HTMLInputElement>(el, '#f-city')!.value).to.equal('Hamilton');
    expect($<HTMLInputElement>(el, '#f-pausedUntil')!.value).to.equal('2099-03-01');
    control.failing = false;
    button(el, 'Save changes').click();
    await until(() => text(part(el, 'notice')) === 'Your changes are saved.', 'saved on the second try');
    const stored = await api('/v1/me/mentor/profile', mentor);
    expect([stored.mentor.city, stored.mentor.formats, stored.pausedUntil, stored.mentor.status]).to.deep.equal(['Hamilton', ['online', 'in-person'], '2099-03-01', 'paused']);
  });

  it('tells someone who is not a mentor who can use it', async () => {
    const el = document.createElement('bw-mentor-profile');
    Object.assign(el, { endpoint: location.origin, locale: 'en', userToken: await userToken('mentee', unique('mp-mentee')) });
    document.body.append(el);
    try {
      await waitFor(el, '[part~="error"]', 'an error state', 15_000);
      expect(text(part(el, 'error'))).to.contain('Only mentors of the program can keep a mentor profile');
    } finally {
      el.remove();
    }
  });

  it('shows the error state with "Try again" when the form\'s code does not arrive, and the whole profile after it', async () => {
    const { mentor } = await program();
    const el = document.createElement('bw-mentor-profile');
    const restoreForm = failChunk(el.lazyParts.form);
    Object.assign(el, { endpoint, locale: 'en', userToken: mentor });
    document.body.append(el);
    try {
      const retry = await waitFor(el, '[part~="state-error"] [part~="retry"]', 'the error state', 15_000);
      expect(part(el, 'standing')).to.equal(null, 'the profile shows whole or not at all');
      restoreForm();
      retry.click();
      await waitFor(el, '[part~="form"]', 'the form after "Try again"', 15_000);
      expect(text(part(el, 'standing'))).to.contain('You have no mentor profile yet');
    } finally {
      el.remove();
    }
  });

  it('shows the error state with "Try again" when the code of the profile\'s view does not arrive, and the whole profile after it', async () => {
    const { mentor } = await program();
    const el = document.createElement('bw-mentor-profile');
    const restoreView = failChunk(el.lazyParts.view);
    Object.assign(el, { endpoint, locale: 'en', userToken: mentor });
    document.body.append(el);
    try {
      const retry = await waitFor(el, '[part~="state-error"] [part~="retry"]', 'the error state', 15_000);
      expect(part(el, 'form')).to.equal(null, 'the profile shows whole or not at all');
      expect(text($(el, 'h2'))).to.equal('Your mentor profile');
      await expect(el).to.be.accessible();
      restoreView();
      retry.click();
      await waitFor(el, '[part~="form"]', 'the form after "Try again"', 15_000);
      expect(text(part(el, 'standing'))).to.contain('You have no mentor profile yet');
      expect(getComputedStyle(part(el, 'standing')!).borderTopStyle).to.equal('solid', 'the card\'s styles came with the view');
    } finally {
      el.remove();
    }
  });

  it('asks for the profile while the code of its view is on its way, and shows it whole once that arrives', async () => {
    const { mentor } = await program(true);
    await saveProfile(mentor);
    const requests: string[] = [];
    const el = document.createElement('bw-mentor-profile');
    const { release: arrive } = holdChunk(el.lazyParts.view);
    Object.assign(el, { endpoint, locale: 'en', userToken: mentor, fetch: (url: string, init?: RequestInit) => (requests.push(new URL(url).pathname), fetch(url, init)) });
    document.body.append(el);
    try {
      await until(() => requests.includes('/v1/me/mentor/profile') && requests.includes('/v1/me/mentor/training'), 'the profile and its training asked for before the view\'s code arrived', 10_000);
      expect(part(el, 'state-loading'), 'the loading state meanwhile').not.to.equal(null);
      expect(part(el, 'standing')).to.equal(null);
      arrive();
      await waitFor(el, '[part~="form"]', 'the profile once its view arrived', 15_000);
      expect(text(part(el, 'standing'))).to.contain('Waiting for approval');
      await waitFor(el, '[part~="training"] [part~="module"]', 'the training with it');
    } finally {
      el.remove();
    }
  });
});

describe('<bw-mentor-profile>: training, reflections and feedback', function () {
  this.timeout(30_000);

  it('records the required training with the keyboard, and what the mentor still needs changes to appearing in search', async () => {
    const { mentor, coordinator, moduleId } = await program(true);
    const saved = await saveProfile(mentor);
    await api(`/v1/mentor-applications/${saved.mentor.id}/decision`, coordinator, { version: saved.version, decision: 'approve', note: 'Welcome!' });
    const el = await profileFor(mentor);
    const standing = () => text(part(el, 'standing'));
    expect(standing()).to.contain('Approved').and.contain('Your coordinator wrote: Welcome!').and.contain('you still need: The required training (below)');
    const module = await waitFor(el, `[part~="module"][data-module="${moduleId}"]`);
    expect(module.querySelector('a')!.getAttribute('href')).to.equal('https://training.example.org/bias');
    expect(text(module)).to.contain('Takes about 1.5 hours').and.contain('Required');
    button(el, 'I completed this module', module).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => standing().includes('You appear in search'), 'the standing follows the training');
    expect(standing()).not.to.contain('you still need');
    expect(text($(el, `[part~="module"][data-module="${moduleId}"]`))).to.match(/Completed on/);
    const search = await api('/v1/mentors/search', mentor, { limit: 100 });
    expect(search.items.map((item: { mentor: { id: string } }) => item.mentor.id)).to.include(saved.mentor.id);
  });

  it('keeps a reflection log with the keyboard only: adds a shared entry, then stops sharing it', async () => {
    const { mentor } = await program();
    await saveProfile(mentor);
    const el = await profileFor(mentor);
    $<HTMLButtonElement>(el, '#log-toggle')!.focus();
    await sendKeys({ press: 'Enter' });
    const note = await waitFor<HTMLTextAreaElement>(el, '#log-note', 'the log loaded', 15_000);
    note.focus();
    await sendKeys({ type: 'Talked about the OSCE with a mentee.' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement?.id).to.equal('log-share');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    const entry = await waitFor(el, '[part~="entry"]');
    expect(entry.dataset.shared).to.equal('yes');
    expect(text(entry)).to.contain('Talked about the OSCE with a mentee.').and.contain('Shared with your coordinator');
    expect($<HTMLTextAreaElement>(el, '#log-note')!.value, 'the form is ready for the next entry').to.equal('');
    const stored = await api('/v1/me/mentor/reflections', mentor);
    expect(stored.items.map((r: { note: string; sharedWithCoordinators: boolean }) => [r.note, r.sharedWithCoordinators])).to.deep.equal([['Talked about the OSCE with a mentee.', true]]);
    button(el, 'Stop sharing', entry).focus();
    await sendKeys({ press: 'Enter' });
    await until(() => $(el, '[part~="entry"]')?.dataset.shared === 'no', 'no longer shared');
    expect((await api('/v1/me/mentor/reflections', mentor)).items[0].sharedWithCoordinators).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('pages the reflection log, newest first, ten entries at a time', async () => {
    const { mentor } = await program();
    await saveProfile(mentor);
    for (let day = 1; day <= 11; day++) await api('/v1/me/mentor/reflections', mentor, { date: `2026-03-${String(day).padStart(2, '0')}`, note: `Entry of day ${day}` });
    const el = await profileFor(mentor);
    button(el, 'My reflection log').click();
    await waitFor(el, '[part~="entry"]', 'the log loaded', 15_000);
    expect($$(el, '.entry__note').map((note) => note.textContent)).to.deep.equal(Array.from({ length: 10 }, (_, i) => `Entry of day ${11 - i}`));
    button(el, 'Show older entries').click();
    await until(() => $$(el, '[part~="entry"]').length === 11, 'the older entry');
    expect($$(el, '.entry__note').at(-1)!.textContent).to.equal('Entry of day 1');
    expect(() => button(el, 'Show older entries'), 'no more pages').to.throw();
  });

  it('sends feedback on the program; a failed send keeps what was written', async () => {
    const { mentor } = await program();
    const control = failingFetch('server', (url) => url.endsWith('/v1/me/program-feedback'));
    const el = await profileFor(mentor, { fetch: control.fn });
    button(el, 'Feedback on the program').click();
    const form = await waitFor(el, '.feedback', 'the feedback form loaded', 15_000);
    button(el, 'Send feedback', form).click();
    await waitFor(el, '#feedback-error');
    expect(text($(el, '#feedback-error'))).to.equal('Choose how satisfied you are.');
    $$<HTMLInputElement>(el, '.feedback input[type="radio"]')[3].click();
    type(el, 'feedback-note', 'More evening sessions, please.');
    let sent: number | undefined;
    el.addEventListener('bw-program-feedback-sent', (event) => (sent = event.detail.satisfaction));
    button(el, 'Send feedback', form).click();
    await until(() => text($(el, '.feedback .notice')).includes('What you wrote is kept.'), 'the failure is said');
    expect($<HTMLTextAreaElement>(el, '#feedback-note')!.value).to.equal('More evening sessions, please.');
    expect($$<HTMLInputElement>(el, '.feedback input[type="radio"]')[3].checked).to.equal(true);
    control.failing = false;
    button(el, 'Send feedback', form).click();
    await until(() => sent === 4, 'bw-program-feedback-sent');
    await el.updateComplete;
    expect(text($(el, '.feedback .notice'))).to.contain('Thank you');
    expect($<HTMLTextAreaElement>(el, '#feedback-note')!.value).to.equal('');
  });
});
