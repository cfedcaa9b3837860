/**
 * The mentorships under each side's requests: the mentor proposes the agreement with the
 * keyboard, the mentee confirms it (a stale confirmation reloads and says so), either closes
 * it with a reason, and the mentor's place is free again. A program of its own per test, so
 * its mentor never shows in other files' searches.
 */
import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/widgets/mentor-finder/define.js';
import type { BridgewayMentorFinder } from '../../../src/widgets/mentor-finder/mentor-finder.js';
import { $, api, button, endpoint, token, unique } from './helpers.js';

const profileBody = {
  displayName: 'Olena Kovalenko', headline: 'Pharmacist, qualified in Ukraine', occupations: ['pharmacist'], jurisdiction: 'ca-on', city: 'Ottawa', licensedIn: ['ca-on'], credentialPath: null,
  languages: ['uk', 'en'], formats: ['online'], offers: ['plan-review'], capacity: 2, hoursPerMonth: 4, pausedUntil: null, contactEmail: 'olena@mentors.example.org',
};

/** A program with an approved mentor who accepted a mentee's request: their mentorship is agreeing. */
async function acceptedPair() {
  const organisation = unique('ships-org');
  const coordinator = (await token('coordinator', unique('coord'), organisation)).token;
  const mentor = (await token('mentor', unique('mentor'), organisation)).token;
  const mentee = await token('mentee', unique('mentee'), organisation);
  const application = await api('/v1/me/mentor/profile', mentor, profileBody, 'PUT');
  await api(`/v1/mentor-applications/${application.mentor.id}/decision`, coordinator, { version: application.version, decision: 'approve' });
  const request = await api('/v1/introductions', mentee.token, { mentorId: application.mentor.id, message: 'I trained as a pharmacist in Kyiv and want to plan my PEBC exams.', hopes: ['plan-review'] });
  await api(`/v1/mentor-introductions/${request.id}/reply`, mentor, { action: 'accept', version: request.version });
  return { mentor, mentee: mentee.token };
}

async function finderFor(userToken: string): Promise<BridgewayMentorFinder> {
  const el = await fixture<BridgewayMentorFinder>(html`<bw-mentor-finder endpoint=${endpoint} user-token=${userToken} locale="en"></bw-mentor-finder>`);
  await waitUntil(() => $(el, '[part~="mentorships"] [part~="mentorship"]'), 'the mentorship is not listed', { timeout: 10_000 });
  return el;
}

const shipText = (el: Element) => ($(el, '[part~="mentorships"]')?.textContent ?? '').replace(/\s+/g, ' ');

describe('bw-mentor-finder: mentorships', function () {
  this.timeout(30_000);
  afterEach(() => fixtureCleanup());

  it('lets the mentor propose the agreement with the keyboard, and the mentee confirm it after a stale try', async () => {
    const pair = await acceptedPair();
    const mentorView = await finderFor(pair.mentor);
    await expect(mentorView).to.be.accessible();
    $<HTMLTextAreaElement>(mentorView, 'textarea[name="goals"]')!.focus();
    await sendKeys({ type: 'A study plan for the PEBC Evaluating Exam.' });
    button(mentorView, 'Propose this agreement').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => shipText(mentorView).includes('to confirm the agreement'), 'the mentor does not wait for the mentee');
    fixtureCleanup();

    const menteeView = await finderFor(pair.mentee);
    await waitUntil(() => shipText(menteeView).includes('A study plan for the PEBC Evaluating Exam.'), 'the mentee does not see the agreement');
    expect(shipText(menteeView)).to.contain('Every month');
    // The mentor edits the agreement meanwhile: the mentee's confirmation is of an older version.
    const [ship] = (await api('/v1/mentorships', pair.mentor)).items;
    await api(`/v1/mentorships/${ship.id}/agreement`, pair.mentor, { ...ship.agreement, goals: 'A study plan, and one mock interview.', version: ship.version }, 'PUT');
    button(menteeView, 'Confirm the agreement').click();
    await waitUntil(() => shipText(menteeView).includes('changed in the meantime'), 'the conflict was not explained');
    await waitUntil(() => shipText(menteeView).includes('one mock interview'), 'the new agreement was not reloaded');
    button(menteeView, 'Confirm the agreement').click();
    await waitUntil(() => $(menteeView, '[part~="mentorship"][data-status="active"]'), 'the mentorship is not active');
    await expect(menteeView).to.be.accessible();
  });

  it('closes an active mentorship with a reason, and the mentor\'s place is free again', async () => {
    const pair = await acceptedPair();
    const [ship] = (await api('/v1/mentorships', pair.mentor)).items;
    const proposed = await api(`/v1/mentorships/${ship.id}/agreement`, pair.mentor, { goals: 'Exam plan', meetingCadence: 'weekly', hoursPerMonth: 3, expectedEndDate: '2027-06-30', version: ship.version }, 'PUT');
    await api(`/v1/mentorships/${ship.id}/confirmation`, pair.mentee, { version: proposed.version });
    const el = await finderFor(pair.mentor);
    await waitUntil(() => $(el, '[part~="mentor-desk"]')?.textContent?.includes('1 of 2 places taken'), 'the place is not taken');
    const reason = $<HTMLSelectElement>(el, 'select[name="reason"]')!;
    reason.value = 'period-ended';
    button(el, 'Close the mentorship').click();
    await waitUntil(() => shipText(el).includes('is closed.'), 'the closure was not confirmed');
    await waitUntil(() => $(el, '[part~="mentor-desk"]')?.textContent?.includes('0 of 2 places taken'), 'the place was not freed');
    expect($(el, '[part~="mentorship"]')).to.equal(null);
    const closed = await api(`/v1/mentorships/${ship.id}`, pair.mentee);
    expect([closed.status, closed.closedBy, closed.closeReason]).to.deep.equal(['closed', 'mentor', 'period-ended']);
  });
});
