import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { milestoneDetails } from '../../../src/api/plan.js';
import { detailNames, shownDetails, type DetailName } from '../../../src/widgets/milestone-tracker/detail-fields.js';
import { dayFormatter } from '../../../src/widgets/milestone-tracker/labels.js';
import { api, items, plan, saved, setupPlan, submit, token, tracker, unique } from './helpers.js';

afterEach(() => localStorage.clear());

describe('bw-milestone-tracker', () => {
  it('moves a milestone with Alt+ArrowDown, announces it, and the server keeps the order', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    items(el)[0].focus();
    await sendKeys({ down: 'Alt' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ up: 'Alt' });
    await saved(el);
    expect((await plan(s)).milestones.map((m) => m.title)).to.deep.equal(['IELTS Academic', 'NNAS application', 'NCLEX-RN']);
    await waitUntil(() => /position 2 of 3/.test(el.shadowRoot!.querySelector('[aria-live="polite"]:not(.bw-state)')?.textContent ?? ''));
    expect(el.shadowRoot!.activeElement?.getAttribute('data-id')).to.equal(s.milestones[0].id);
  });

  it('saves a status change', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[1].id}`)!;
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await saved(el);
    expect((await plan(s)).milestones[1].status).to.equal('in-progress');
  });

  it('edits every descriptive field of a milestone in its form, shows each on the card, and clears them', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    const id = s.milestones[0].id;
    const root = el.shadowRoot!;
    const sample = (name: DetailName) => (milestoneDetails[name].kind === 'date' ? '2027-09-15' : `Sample ${name}`);
    const card = () => root.querySelector(`li[data-id="${id}"] p.bw-muted`)!.textContent!.replace(/\s+/g, ' ');
    const edit = async (value: (name: DetailName) => string) => {
      root.querySelector<HTMLButtonElement>(`li[data-id="${id}"] [data-action="edit"]`)!.click();
      // The form comes with the lazily loaded panels.
      await waitUntil(() => root.querySelector(`#title-${id}`), 'the edit form did not open', { timeout: 8000 });
      submit(el, `li[data-id="${id}"] .actions ~ form`, Object.fromEntries(detailNames.map((name) => [`${name}-${id}`, value(name)])));
      await saved(el);
    };

    await edit(sample);
    const stored = (await plan(s)).milestones[0];
    for (const name of detailNames) expect(stored[name], name).to.equal(sample(name));
    const shown = shownDetails(stored, dayFormatter('en'));
    expect(shown).to.have.length(detailNames.length);
    for (const text of shown) expect(card()).to.contain(text);

    await edit(() => '');
    const cleared = (await plan(s)).milestones[0];
    for (const name of detailNames) expect(cleared[name], name).to.equal(undefined);
    for (const text of shown) expect(card()).not.to.contain(text);
  });

  it('keeps a queued milestone through a network failure and a reload, with nothing lost and nothing doubled', async () => {
    const s = await setupPlan();
    // The server applies the write but the answer is lost: the worst case for doubling.
    const lossy = async (input: string, init: RequestInit) => {
      const response = await fetch(input, init);
      if (init.method && init.method !== 'GET') throw new TypeError('connection dropped');
      return response;
    };
    const el = await tracker(s.mentee, { fetch: lossy });
    submit(el, 'section[aria-labelledby="add-title"] form', { 'new-title': 'Jurisprudence exam' });
    await waitUntil(() => el.pendingWrites.length === 1 && el.pendingWrites[0].attempts >= 1, 'the write did not fail', { timeout: 10000 });
    expect(el.shadowRoot!.textContent).to.contain('Jurisprudence exam');
    expect(el.shadowRoot!.querySelector('[part="sync"]')!.textContent).to.contain('not saved yet');
    el.remove();

    const again = await tracker(s.mentee);
    await saved(again);
    const titles = (await plan(s)).milestones.map((m) => m.title);
    expect(titles.filter((t) => t === 'Jurisprudence exam')).to.have.length(1);
    expect(items(again).filter((li) => li.textContent!.includes('Jurisprudence exam'))).to.have.length(1);
  });

  it('replays queued edits when the network returns', async () => {
    const s = await setupPlan();
    let offline = true;
    const flaky = (input: string, init: RequestInit) => (offline && init.method === 'PATCH' ? Promise.reject(new TypeError('offline')) : fetch(input, init));
    const el = await tracker(s.mentee, { fetch: flaky });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[0].id}`)!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.pendingWrites[0]?.attempts >= 1, 'the write did not fail', { timeout: 10000 });
    offline = false;
    window.dispatchEvent(new Event('online'));
    await saved(el);
    expect((await plan(s)).milestones[0].status).to.equal('done');
  });

  it('shows both versions on a conflict and keeps mine when asked', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    await api(s.mentee, `/milestones/${s.milestones[0].id}`, { method: 'PATCH', body: { version: 1, title: 'NNAS application (renamed elsewhere)' } });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[0].id}`)!;
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict shown', { timeout: 10000 });
    await expect(el).to.be.accessible();
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="conflict"] button')].find((b) => b.textContent!.includes('Keep mine'))!.click();
    await saved(el);
    const m = (await plan(s)).milestones[0];
    expect(m.status).to.equal('in-progress');
    expect(m.title).to.equal('NNAS application (renamed elsewhere)');
  });

  it('takes their version on a conflict when asked', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    await api(s.mentee, `/milestones/${s.milestones[0].id}`, { method: 'PATCH', body: { version: 1, status: 'blocked' } });
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[0].id}`)!;
    select.value = 'done';
    select.dispatchEvent(new Event('change'));
    await waitUntil(() => el.shadowRoot!.querySelector('[part="conflict"]'), 'no conflict shown', { timeout: 10000 });
    [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="conflict"] button')].find((b) => b.textContent!.includes('Take theirs'))!.click();
    await saved(el);
    expect((await plan(s)).milestones[0].status).to.equal('blocked');
    await waitUntil(() => items(el)[0].textContent!.includes('Blocked'));
  });

  it('exports the due dates as iCalendar', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    const ics = await el.calendar();
    expect(ics).to.match(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).to.contain('SUMMARY:IELTS Academic');
    expect(ics).to.contain('DTSTART;VALUE=DATE:20270215');
    expect(ics).to.contain('Target date of my plan');
  });

  it('offers the gap map\'s items, ignores a malformed request, and adds the items once', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    document.dispatchEvent(new CustomEvent('bw-gap-plan-requested', { detail: { occupationId: 'registered-nurse', items: 'nope' } }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="gap-offer"]')).to.equal(null);
    const detail = {
      occupationId: 'registered-nurse',
      jurisdictionId: 'ca-on',
      items: [
        { title: 'NCLEX-RN again', kind: 'exam-sitting', source: { requirementId: 'ca-on-rn-nclex' } },
        { title: 'Jurisprudence exam', kind: 'exam-sitting', source: { requirementId: 'ca-on-rn-jurisprudence' } },
      ],
    };
    const request = new CustomEvent('bw-gap-plan-requested', { detail, bubbles: true, composed: true, cancelable: true });
    document.dispatchEvent(request);
    expect(request.defaultPrevented, 'the tracker takes the request over').to.equal(true);
    await waitUntil(() => el.shadowRoot!.querySelector('[part="gap-offer"]'));
    await expect(el).to.be.accessible();
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="gap-offer"] .bw-button:not(.bw-button--secondary)')!.click();
    await saved(el);
    const titles = (await plan(s)).milestones.map((m) => m.title);
    expect(titles).to.deep.equal(['NNAS application', 'IELTS Academic', 'NCLEX-RN', 'Jurisprudence exam']);
    await waitUntil(() => items(el).length === 4);
  });

  it('lets a mentor pick a shared plan and comment on a milestone, without editing', async () => {
    const mentorId = unique('tracker-mentor');
    const mentorToken = await token('mentor', mentorId);
    const mentorUser = (await api(mentorToken, '/me')).user.id;
    const s = await setupPlan([mentorUser]);
    const el = await tracker(mentorToken);
    expect(el.shadowRoot!.querySelector(`#status-${s.milestones[0].id}`)).to.equal(null);
    expect(el.shadowRoot!.querySelector('#plan-pick')).to.not.equal(null);
    el.shadowRoot!.querySelector<HTMLDetailsElement>(`li[data-id="${s.milestones[0].id}"] details`)!.open = true;
    submit(el, `li[data-id="${s.milestones[0].id}"] details form`, { [`comment-${s.milestones[0].id}`]: 'Send the NNAS documents by courier.' });
    await saved(el);
    const comments = await api(s.mentee, `/milestones/${s.milestones[0].id}/comments`);
    expect(comments.items.map((c: { text: string; authorRole: string }) => [c.text, c.authorRole])).to.deep.equal([['Send the NNAS documents by courier.', 'mentor']]);
    await expect(el).to.be.accessible();
  });

  it('lists a comment and a check-in made offline as not saved yet, and saves them when the network returns', async function () {
    // Each failed send waits out the client's retries and the queue's backoff: more than mocha's 5 s default.
    this.timeout(20000);
    const s = await setupPlan();
    let offline = true;
    const flaky = (input: string, init: RequestInit) => (offline && init.method === 'POST' ? Promise.reject(new TypeError('offline')) : fetch(input, init));
    const el = await tracker(s.mentee, { fetch: flaky });
    const id = s.milestones[0].id;
    el.shadowRoot!.querySelector<HTMLDetailsElement>(`li[data-id="${id}"] details`)!.open = true;
    submit(el, `li[data-id="${id}"] details form`, { [`comment-${id}`]: 'Ask the college for the transcript' });
    await waitUntil(() => el.shadowRoot!.querySelector('section[aria-labelledby="checkins-title"] form'), 'the check-in form did not load', { timeout: 4000 });
    submit(el, 'section[aria-labelledby="checkins-title"] form', { 'ci-summary': 'Planned the NNAS steps' });
    // A network failure stops the round: the check-in waits behind the comment, unsent.
    await waitUntil(() => el.pendingWrites.length === 2 && el.pendingWrites[0].attempts >= 1, 'the writes did not fail', { timeout: 10000 });
    const comment = [...el.shadowRoot!.querySelectorAll(`li[data-id="${id}"] details li`)].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(comment).to.deep.equal(['Not saved yet: Ask the college for the transcript']);
    const checkIn = el.shadowRoot!.querySelector('section[aria-labelledby="checkins-title"] li.item')!;
    expect(checkIn.textContent).to.contain('Planned the NNAS steps').and.contain('Not saved yet');
    offline = false;
    window.dispatchEvent(new Event('online'));
    await saved(el);
    await waitUntil(() => /Mentee:\s*Ask the college/.test(el.shadowRoot!.querySelector(`li[data-id="${id}"] details li`)?.textContent ?? ''), 'the saved comment shows its author');
    expect(el.shadowRoot!.querySelector('section[aria-labelledby="checkins-title"] li.item')!.textContent).to.not.contain('Not saved yet');
  });

  it('records a check-in', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    // The check-in form comes with the views loaded after the first one.
    await waitUntil(() => el.shadowRoot!.querySelector('section[aria-labelledby="checkins-title"] form'), 'the check-in form did not load', { timeout: 4000 });
    submit(el, 'section[aria-labelledby="checkins-title"] form', { 'ci-summary': 'Went through the NNAS checklist', 'ci-next': 'Book IELTS' });
    await saved(el);
    const list = await api(s.mentee, `/plans/${s.planId}/check-ins`);
    expect(list.items.map((c: { summary: string }) => c.summary)).to.deep.equal(['Went through the NNAS checklist']);
  });

  describe('accessibility in each state', () => {
    it('loading', async () => {
      const s = await setupPlan();
      const el = await fixture<BridgewayMilestoneTracker>(html`<bw-milestone-tracker endpoint=${location.origin} .userToken=${s.mentee} .fetch=${() => new Promise<Response>(() => {})}></bw-milestone-tracker>`);
      await waitUntil(() => el.shadowRoot!.querySelector('.bw-state--loading'));
      await expect(el).to.be.accessible();
    });

    it('data, with the recalibration dialog open', async () => {
      const s = await setupPlan();
      const el = await tracker(s.mentee);
      await expect(el).to.be.accessible();
      [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('li.item button')].find((b) => b.textContent!.includes('Move the date'))!.click();
      await waitUntil(() => el.shadowRoot!.querySelector('dialog[open]'));
      await expect(el).to.be.accessible();
      submit(el, 'dialog form', { 'recal-date': '2027-03-01', 'recal-reason': 'Test centre was full' });
      await saved(el);
      const history = await api(s.mentee, `/plans/${s.planId}/history`);
      expect(history.items[0].reason).to.equal('Test centre was full');
    });

    it('empty', async () => {
      const el = await tracker(await token('mentee', unique('tracker-empty')));
      expect(el.shadowRoot!.querySelector('.bw-state--empty')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const s = await setupPlan();
      const el = await tracker(s.mentee, { fetch: async () => new Response('{"oops":1}', { status: 200, headers: { 'content-type': 'application/json' } }) });
      expect(el.shadowRoot!.querySelector('.bw-state--error')).to.not.equal(null);
      await expect(el).to.be.accessible();
    });
  });
});
