/**
 * What a mentee and a mentor read in the tracker: names instead of ids, the mentor's feedback
 * counted before it is opened, why dates moved, a real timeline, and plurals right in every
 * locale.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { BridgewayMilestoneTracker } from '../../../src/widgets/milestone-tracker/milestone-tracker.js';
import { api, items, saved, setupPlan, submit, token, tracker, unique } from './helpers.js';

afterEach(() => localStorage.clear());

const $ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: BridgewayMilestoneTracker, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const text = (node: Element | null) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** Catalogue slugs (`registered-nurse`, `ca-on`) and user ids (`usr_...`). */
const ID_LIKE = /\b[a-z]+(?:-[a-z]+)+\b|\busr_[a-z0-9]+/;

async function mentorWithPlans(count: number) {
  const mentor = await token('mentor', unique('readable-mentor'));
  const mentorId = (await api(mentor, '/me')).user.id;
  const setups = [];
  for (let i = 0; i < count; i++) setups.push(await setupPlan([mentorId]));
  return { mentor, setups };
}

describe('bw-milestone-tracker: what people read', function () {
  this.timeout(20_000);

  it('shows names, never ids: the goal in words, each plan in the picker by its mentee and goal, and calendar categories by name', async () => {
    const { mentor, setups } = await mentorWithPlans(2);
    const el = await tracker(mentor);
    await waitUntil(() => text($(el, '[part~="header"] .goal')) !== '', 'the goal in words', { timeout: 8000 });
    expect(text($(el, '[part~="header"] .goal'))).to.equal('Registered nurse in Ontario');
    const options = $$<HTMLOptionElement>(el, '#plan-pick option').map((o) => text(o));
    expect(options).to.have.length(2);
    for (const [index, setup] of setups.entries()) {
      const mentee = (await api(setup.mentee, '/me')).user;
      expect(options[index]).to.contain(mentee.displayName).and.to.contain('Registered nurse in Ontario');
    }
    for (const option of options) expect(option.replace(/tracker-mentee-[\w-]+/, ''), option).to.not.match(ID_LIKE);
    expect(text($(el, '[part~="header"]')), 'no ids in the header').to.not.match(/registered-nurse|ca-on|usr_/);
    const calendar = await el.calendar();
    expect(calendar).to.contain('CATEGORIES:Credential assessment').and.to.contain('CATEGORIES:Language test');
    expect(calendar).to.not.contain('CATEGORIES:language-test');
  });

  it("counts a mentor's comments and the evidence on the closed disclosure, and lists them when it is opened", async () => {
    const { mentor, setups } = await mentorWithPlans(1);
    const [s] = setups;
    const id = s.milestones[0].id;
    for (const comment of ['Send the documents by courier.', 'Ask for a sealed transcript.']) await api(mentor, `/milestones/${id}/comments`, { body: { text: comment } });
    const el = await tracker(s.mentee);
    const details = $<HTMLDetailsElement>(el, `li[data-id="${id}"] details`)!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Comments and evidence 2 comments');
    expect(text($(el, `li[data-id="${s.milestones[1].id}"] summary`))).to.equal('Comments and evidence');
    submit(el, `li[data-id="${id}"] details form:last-of-type`, { [`ev-text-${id}`]: 'NNAS reference number 12345' });
    await saved(el);
    expect(text(details.querySelector('summary'))).to.equal('Comments and evidence 2 comments 1 piece of evidence');
    details.querySelector('summary')!.click();
    await waitUntil(() => details.querySelectorAll('ul.bw-list li').length === 2, 'the comments are listed', { timeout: 8000 });
    expect(text(details.querySelector('ul.bw-list'))).to.contain('Mentor: Send the documents by courier.');
    submit(el, `li[data-id="${id}"] details form`, { [`comment-${id}`]: 'Done, thank you.' });
    await waitUntil(() => text(details.querySelector('summary')).includes('3 comments'), 'a new comment is counted at once');
    await saved(el);
    await expect(el).to.be.accessible();
  });

  it('says why a date moved on the card and on the timeline, for the mentee and for the mentor', async () => {
    const { mentor, setups } = await mentorWithPlans(1);
    const [s] = setups;
    const [first] = s.milestones;
    await api(s.mentee, `/milestones/${first.id}/recalibrations`, { body: { version: first.version, toDate: '2027-03-01', reason: 'The test centre was full' } });
    const el = await tracker(mentor);
    const moved = 'Moved from Jan 15, 2027 to Mar 1, 2027: The test centre was full';
    expect(text($(el, `li[data-id="${first.id}"] [part~="date-move"]`))).to.equal(moved);
    $$<HTMLButtonElement>(el, '[part~="header"] button').find((b) => text(b) === 'Timeline')!.click();
    await waitUntil(() => $(el, '[part~="timeline"]'), 'the timeline', { timeout: 8000 });
    expect(text($(el, `[part~="timeline"] li[data-id="${first.id}"] [part~="date-move"]`))).to.equal(moved);

    // A move made here shows at once, marked as not saved until it is.
    const mentee = await tracker(s.mentee);
    $$<HTMLButtonElement>(mentee, `li[data-id="${s.milestones[1].id}"] button`).find((b) => text(b) === 'Move the date')!.click();
    await waitUntil(() => $(mentee, 'dialog[open]'), 'the dialog', { timeout: 8000 });
    submit(mentee, 'dialog form', { 'recal-date': '2027-04-20', 'recal-reason': 'Results come later this year' });
    await waitUntil(() => text($(mentee, `li[data-id="${s.milestones[1].id}"] [part~="date-move"]`)).includes('Results come later this year'), 'the reason on the card');
    await saved(mentee);
    expect(text($(mentee, `li[data-id="${s.milestones[1].id}"] [part~="date-move"]`))).to.equal('Moved from Feb 15, 2027 to Apr 20, 2027: Results come later this year');
  });

  it('draws a timeline: marks in date order on a time axis, today, overdue and expiring marks, a list for screen readers, and Enter shows a milestone in the list', async () => {
    const mentee = await token('mentee', unique('timeline'));
    const { plan } = await api(mentee, '/plans', { body: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2031-06-30' } } });
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const late = await api(mentee, `/plans/${plan.id}/milestones`, { body: { title: 'NNAS application', kind: 'credential-assessment', dueDate: inDays(-40) } });
    const ielts = await api(mentee, `/plans/${plan.id}/milestones`, { body: { title: 'IELTS Academic', kind: 'language-test', dueDate: inDays(-100), expiresOn: inDays(30) } });
    await api(mentee, `/milestones/${ielts.id}`, { method: 'PATCH', body: { version: ielts.version, status: 'done' } });
    const exam = await api(mentee, `/plans/${plan.id}/milestones`, { body: { title: 'NCLEX-RN', kind: 'exam-sitting', dueDate: inDays(200) } });
    await api(mentee, `/plans/${plan.id}/milestones`, { body: { title: 'Find a mentor', kind: 'networking' } });

    const el = await tracker(mentee);
    $$<HTMLButtonElement>(el, '[part~="header"] button').find((b) => text(b) === 'Timeline')!.click();
    await waitUntil(() => $(el, '[part~="timeline"] ol'), 'the timeline', { timeout: 8000 });
    const marks = $$(el, '[part~="timeline"] ol > li');
    const dates = marks.map((li) => li.querySelector('time')!.getAttribute('datetime')!);
    expect(dates, 'in date order').to.deep.equal([...dates].sort());
    expect(marks.map((li) => li.dataset.kind)).to.deep.equal(['milestone', 'milestone', 'today', 'expiry', 'milestone', 'goal']);
    expect(marks[2].getAttribute('aria-current')).to.equal('date');
    expect(text(marks[2])).to.contain('Today');
    const overdue = marks.find((li) => li.dataset.id === late.id)!;
    expect(overdue.hasAttribute('data-overdue')).to.equal(true);
    expect(text(overdue)).to.contain('Overdue');
    expect(marks[3].hasAttribute('data-expiring')).to.equal(true);
    expect(text(marks[3])).to.contain('Result expires: IELTS Academic').and.to.contain('Expires soon');
    // The space between marks grows with the time between them.
    const gap = (li: HTMLElement) => parseFloat(getComputedStyle(li).marginBlockStart);
    expect(gap(marks[4])).to.be.greaterThan(gap(marks[3]));
    expect(text($(el, '[part~="timeline"]'))).to.contain('No date yet').and.to.contain('Find a mentor');
    // axe reads colours at rest: the Timeline button's change of colour has finished.
    await Promise.all(el.shadowRoot!.getAnimations().map((animation) => animation.finished));
    await expect(el).to.be.accessible();

    const examMark = marks.find((li) => li.dataset.id === exam.id)!;
    expect(examMark.tabIndex).to.equal(0);
    examMark.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => (el.shadowRoot!.activeElement as HTMLElement | null)?.matches(`[part~="list"] li[data-id="${exam.id}"]`), 'the milestone in the list has the focus', { timeout: 8000 });
  });

  it('writes plurals as each language needs them', async () => {
    const { mentor, setups } = await mentorWithPlans(1);
    const [s] = setups;
    const counted = async (count: number) => {
      const id = s.milestones[count === 1 ? 0 : count === 2 ? 1 : 2].id;
      for (let i = 0; i < count; i++) await api(mentor, `/milestones/${id}/comments`, { body: { text: `Note ${i + 1}` } });
      return id;
    };
    const [one, two, five] = [await counted(1), await counted(2), await counted(5)];
    const el = await fixture<BridgewayMilestoneTracker>(html`<bw-milestone-tracker endpoint=${location.origin} .userToken=${s.mentee} locale="fr"></bw-milestone-tracker>`);
    await waitUntil(() => items(el).length === 3, 'the plan', { timeout: 8000 });
    const count = (id: string) => text($(el, `li[data-id="${id}"] summary [part~="count"]`));
    const expectCounts = async (locale: string, expected: string[]) => {
      el.locale = locale;
      await waitUntil(() => count(one) === expected[0], `${locale}: ${expected[0]} (is ${count(one)})`, { timeout: 8000 });
      expect([count(one), count(two), count(five)], locale).to.deep.equal(expected);
    };
    await expectCounts('fr', ['1 commentaire', '2 commentaires', '5 commentaires']);
    await expectCounts('uk', ['1 коментар', '2 коментарі', '5 коментарів']);
    await expectCounts('ar', ['تعليق واحد', 'تعليقان', `${new Intl.NumberFormat('ar').format(5)} تعليقات`]);
    await expectCounts('en', ['1 comment', '2 comments', '5 comments']);
    expect(text($(el, '[part~="progress"] strong'))).to.equal('0 of 3 milestones done');
  });
});
