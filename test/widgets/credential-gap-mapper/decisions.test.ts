/**
 * The profile form records what a regulator's own decision and a qualification's length change:
 * the outcome a body decided (offered only for a body the target's regulation lists, the NMBA's
 * Self-check streams for a nurse in Australia) and the years of full-time study of an education
 * entry. By keyboard, against the real reference server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { Profile } from '../../../src/api/gap.js';
import { draftFromProfile, profileFromDraft, upgradedDraft, type ProfileDraft } from '../../../src/widgets/credential-gap-mapper/profile-draft.js';
import { $, $$, analysed, editProfile, focus, mapper, recordingAnalyses, submit, waitFor } from './helpers.js';

const nurse: Profile = {
  education: [{ level: 'bachelor', fieldFamily: 'nursing', title: 'BSc Nursing', country: 'IN', year: 2016 }],
  licences: [],
  experience: [],
  languageTests: [],
  assessments: [],
};
const dentist: Profile = { ...nurse, education: [{ level: 'diploma', fieldFamily: 'dentistry', title: 'Diploma in Dental Surgery', country: 'IN', year: 2014 }] };

const requirement = (el: HTMLElement, title: string) => $$(el, '[part~="requirement"]').find((r) => r.textContent!.includes(title));
const optionTexts = (el: HTMLElement, selector: string) => [...($(el, selector) as HTMLSelectElement).options].slice(1).map((o) => o.textContent!.trim());

async function addAssessment(el: HTMLElement, body: string): Promise<void> {
  await focus(el, '#add-assessments');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-assessments-0-body', 'focus did not move to the new assessment');
  await sendKeys({ type: body });
}

describe('bw-credential-gap-mapper: a body’s decision and a qualification’s length', () => {
  beforeEach(() => localStorage.clear());

  it('records the NMBA Self-check’s stream for a nurse in New South Wales, and Stream A takes the MCQ off the map', async function () {
    this.timeout(25_000);
    const { fetch, sent } = recordingAnalyses();
    const el = await mapper({ profile: nurse, occupation: 'registered-nurse', jurisdiction: 'au-nsw', fetch });
    await analysed(el);
    const mcq = () => requirement(el, 'multiple-choice exam');
    expect(mcq()?.dataset.status).to.equal('gap');
    expect(mcq()?.textContent).to.contain('Whether this step is asked of you depends on your Self-check (NMBA): it is not asked of people it places in Stream A, Stream C.');
    // Until the stream is known the totals are given per stream, not added up across them.
    const byStream = () => $$(el, '[part~="totals"] li[data-outcome]').map((li) => li.textContent!.trim());
    expect($(el, '[part~="totals"]')!.textContent).to.contain('Your Self-check decides which steps are yours. The totals for each outcome:');
    expect(byStream().map((line) => line.split(':')[0])).to.deep.equal(['Stream A', 'Stream B', 'Stream C']);
    expect(byStream()[2]).to.match(/^Stream C: \d/);

    await editProfile(el, 'assessments');
    await addAssessment(el, 'NMBA');
    const outcome = await focus(el, '#f-assessments-0-outcome');
    expect($(el, 'label[for="f-assessments-0-outcome"]')!.textContent).to.equal('Outcome of the Self-check (optional)');
    expect(optionTexts(el, '#f-assessments-0-outcome')).to.deep.equal(['Stream A', 'Stream B', 'Stream C']);
    expect(outcome.tagName).to.equal('SELECT');
    await sendKeys({ type: 'Stream A' });
    await expect(el).to.be.accessible();

    await submit(el, sent);
    expect(sent.at(-1)!.profile.assessments![0]).to.include({ body: 'nmba', status: 'completed', outcome: 'stream-a' });
    await waitUntil(() => mcq()?.dataset.status === 'met', 'Stream A did not take the MCQ away');
    expect(mcq()!.textContent).to.contain('Your Self-check (NMBA) placed you in Stream A: this step is not asked of you.');
    expect(requirement(el, 'OSCE')?.dataset.status).to.equal('met');
    expect(byStream()).to.deep.equal([], 'a recorded stream leaves one plan');
  });

  it('offers outcomes only for a body whose outcomes the target lists: none for WES, and no NMBA for Ontario', async function () {
    this.timeout(20_000);
    const el = await mapper({ profile: nurse, occupation: 'registered-nurse', jurisdiction: 'au-nsw' });
    await editProfile(el, 'assessments');
    await addAssessment(el, 'WES');
    await waitUntil(() => ($(el, '#f-assessments-0-body') as HTMLSelectElement).value === 'wes');
    expect($(el, '#f-assessments-0-outcome')).to.equal(null);
    el.remove();

    const ontario = await mapper({ profile: nurse, occupation: 'registered-nurse', jurisdiction: 'ca-on' });
    await editProfile(ontario, 'assessments');
    await addAssessment(ontario, 'W');
    expect(optionTexts(ontario, '#f-assessments-0-body')).not.to.include('NMBA');
  });

  it('records a dental diploma’s years of full-time study: four meet the ADC’s degree requirement, a length over 15 is refused on its field', async function () {
    this.timeout(25_000);
    const { fetch, sent } = recordingAnalyses();
    const el = await mapper({ profile: dentist, occupation: 'dentist', jurisdiction: 'au-nsw', fetch });
    await analysed(el);
    const degree = () => requirement(el, 'Dental degree');
    expect(degree()?.dataset.status).to.equal('needs-evidence');
    expect(degree()?.textContent).to.contain('The regulator accepts a Diploma that took at least 4 years of full-time study');

    await editProfile(el, 'education');
    expect($(el, 'label[for="f-education-0-fullTimeYears"]')!.textContent).to.equal('Years of full-time study (optional)');
    await focus(el, '#f-education-0-fullTimeYears');
    await sendKeys({ type: '16' });
    await focus(el, 'button[type="submit"]');
    await sendKeys({ press: 'Enter' });
    const field = await waitFor(el, '#f-education-0-fullTimeYears[aria-invalid="true"]');
    expect($(el, '#f-education-0-fullTimeYears-error')!.textContent).to.equal('Enter the years of full-time study as a number up to 15, such as 4 or 3.5.');
    expect(el.shadowRoot!.activeElement).to.equal(field, 'focus moves to the field to fix');
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ press: 'Backspace' });
    await sendKeys({ type: '4' });
    await expect(el).to.be.accessible();

    await submit(el, sent);
    expect(sent.at(-1)!.profile.education[0].fullTimeYears).to.equal(4);
    await waitUntil(() => degree()?.dataset.status === 'met', 'a four-year diploma did not meet the degree requirement');
  });
});

describe('bw-credential-gap-mapper: an exam pass the regulator accepts as evidence of education', () => {
  beforeEach(() => localStorage.clear());

  it('meets CRNA’s education requirement with an NCLEX-RN pass, and otherwise says the pass would also do', async function () {
    this.timeout(20_000);
    const diplomaNurse: Profile = { ...nurse, education: [{ level: 'diploma', fieldFamily: 'nursing', title: 'General Nursing', country: 'PH', year: 2012 }] };
    const education = (el: HTMLElement) => requirement(el, 'Nursing education');
    const without = await mapper({ profile: diplomaNurse, occupation: 'registered-nurse', jurisdiction: 'ca-ab' });
    await analysed(without);
    expect(education(without)?.dataset.status).to.equal('partly-met');
    expect(education(without)!.textContent).to.contain('A pass of NCLEX-RN is also accepted as evidence of this education.');
    without.remove();

    const passed = await mapper({ profile: { ...diplomaNurse, exams: [{ examId: 'nclex-rn', passedOn: '2025-03-10' }] }, occupation: 'registered-nurse', jurisdiction: 'ca-ab' });
    await analysed(passed);
    expect(education(passed)?.dataset.status).to.equal('met');
    expect(education(passed)!.textContent).to.match(/Your pass of NCLEX-RN on .*2025 is accepted as evidence of this education\./);
  });
});

describe('bw-credential-gap-mapper: exams passed, recorded in the form', () => {
  beforeEach(() => localStorage.clear());

  it('offers the target’s exams by name; a pass recorded by keyboard meets the exam step and CRNA’s education', async function () {
    this.timeout(30_000);
    const { fetch, sent } = recordingAnalyses();
    const diplomaNurse: Profile = { ...nurse, education: [{ level: 'diploma', fieldFamily: 'nursing', title: 'General Nursing', country: 'PH', year: 2012 }] };
    const el = await mapper({ profile: diplomaNurse, occupation: 'registered-nurse', jurisdiction: 'ca-ab', fetch });
    await analysed(el);
    expect(requirement(el, 'Nursing education')?.dataset.status).to.equal('partly-met');

    await editProfile(el, 'exams');
    await focus(el, '#add-exams');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-exams-0-examId', 'focus did not move to the new exam');
    expect(optionTexts(el, '#f-exams-0-examId')).to.deep.equal(['CRNA jurisprudence', 'NCLEX-RN']);
    await sendKeys({ type: 'NCLEX' });
    await focus(el, '#f-exams-0-passedOn');
    await sendKeys({ type: '03102025' });
    await expect(el).to.be.accessible();

    await submit(el, sent);
    expect(sent.at(-1)!.profile.exams).to.deep.equal([{ examId: 'nclex-rn', passedOn: '2025-03-10' }]);
    await waitUntil(() => requirement(el, 'Nursing education')?.dataset.status === 'met', 'the NCLEX-RN pass did not meet the education step');
    expect(requirement(el, 'Nursing education')!.textContent).to.contain('is accepted as evidence of this education');
    expect(requirement(el, 'NCLEX-RN')?.dataset.status).to.equal('met');
  });

  it('asks for the day of the pass, and keeps what was chosen', async function () {
    this.timeout(20_000);
    const { fetch, sent } = recordingAnalyses();
    const el = await mapper({ profile: nurse, occupation: 'registered-nurse', jurisdiction: 'ca-ab', fetch });
    await editProfile(el, 'exams');
    await focus(el, '#add-exams');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-exams-0-examId');
    await sendKeys({ type: 'NCLEX' });
    const before = sent.length;
    ($(el, 'form') as HTMLFormElement).requestSubmit();
    await waitUntil(() => $(el, '#f-exams-0-passedOn-error')?.textContent?.includes('Enter the day you passed it.'), 'no message under the day');
    expect(sent.length).to.equal(before, 'nothing sent');
    expect(($(el, '#f-exams-0-examId') as HTMLSelectElement).value).to.equal('nclex-rn');
  });
});

describe('profile drafts and exams', () => {
  const pass = { examId: 'nclex-rn', passedOn: '2025-03-10' };

  it('a host’s exams become rows of the form and come back unchanged', () => {
    const draft = draftFromProfile({ ...nurse, exams: [pass] });
    expect(draft.exams).to.deep.equal([pass]);
    expect(draft.kept?.exams).to.equal(undefined);
    expect(profileFromDraft(draft, 'en').profile?.exams).to.deep.equal([pass]);
    expect(profileFromDraft({ ...draft, exams: [] }, 'en').profile?.exams, 'a removed exam is gone').to.equal(undefined);
  });

  it('a draft stored before the form edited exams keeps them, as rows', () => {
    const stored: ProfileDraft = { education: [], licences: [], experience: [], languageTests: [], assessments: [], kept: { exams: [pass], displayName: 'Amara' } };
    const upgraded = upgradedDraft(stored);
    expect(upgraded.exams).to.deep.equal([pass]);
    expect(upgraded.kept).to.deep.equal({ displayName: 'Amara' });
    expect(profileFromDraft(upgraded, 'en').profile).to.include({ displayName: 'Amara' });
    expect(profileFromDraft(upgraded, 'en').profile?.exams).to.deep.equal([pass]);
  });
});
