/**
 * The profile form links a credential assessment to the credential it assessed: a select of the
 * person's credentials by their label, a link that follows the credential when rows move and is
 * cleared (and said so) when the credential is removed, sent to the server and read by the
 * analysis. By keyboard, against the real reference server.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { GapAnalysisRequest, Profile } from '../../../src/api/gap.js';
import { $, $$, analysed, demoProfile, editProfile, focus, mapper, recordingAnalyses, submit } from './helpers.js';
import { chooseCountry } from '../../support/browser.js';

/** A nurse whose nursing credential is a diploma: WES may report it as a bachelor's equivalent. */
const diplomaProfile: Profile = {
  ...demoProfile,
  education: [
    { level: 'diploma', fieldFamily: 'nursing', title: 'General Nursing Diploma', country: 'NG', year: 2012 },
    { level: 'secondary', fieldFamily: 'other', title: 'WAEC Senior School Certificate', country: 'NG', year: 2009 },
  ],
  assessments: [],
};

const educationStatus = (el: HTMLElement) => $$(el, '[part~="requirement"]').find((r) => r.textContent!.includes('Nursing education'))?.dataset.status;
const selectedText = (el: HTMLElement, selector: string) => {
  const select = $(el, selector) as HTMLSelectElement;
  return select.selectedOptions[0]?.textContent ?? '';
};

describe('bw-credential-gap-mapper: linking an assessment to the credential it assessed', () => {
  beforeEach(() => localStorage.clear());

  it('links a WES report to the nursing diploma by keyboard, sends the link, and the analysis reads the diploma at the reported level', async function () {
    this.timeout(20_000);
    const { fetch, sent } = recordingAnalyses();
    const el = await mapper({ profile: diplomaProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch });
    await analysed(el);
    expect(educationStatus(el)).to.equal('partly-met', 'a diploma alone is below the bachelor minimum');
    await editProfile(el);

    await focus(el, '#add-assessments');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-assessments-0-body', 'focus did not move to the new assessment');
    await sendKeys({ type: 'WES' });
    const credential = await focus(el, '#f-assessments-0-educationId');
    // The person's credentials, by their label, in the order the form shows them.
    expect([...(credential as HTMLSelectElement).options].slice(1).map((o) => o.textContent)).to.deep.equal(['General Nursing Diploma (2012)', 'WAEC Senior School Certificate (2009)']);
    await sendKeys({ type: 'General' });
    await focus(el, '#f-assessments-0-equivalentLevel');
    await sendKeys({ type: 'Bachelor' });
    expect(selectedText(el, '#f-assessments-0-educationId')).to.equal('General Nursing Diploma (2012)');
    await expect(el).to.be.accessible();

    await submit(el, sent);
    const { profile } = sent[sent.length - 1];
    expect(profile.assessments).to.have.length(1);
    expect(profile.assessments![0]).to.include({ body: 'wes', status: 'completed', equivalentLevel: 'bachelor' });
    expect(profile.assessments![0].educationId).to.equal(profile.education[0].id, 'linked by the credential’s id');
    await waitUntil(() => educationStatus(el) === 'met', 'the analysis did not read the diploma at the reported level');
  });

  it("sends the same request for the same host's profile each time: ids it gives credentials come from their places, not chance", async function () {
    this.timeout(20_000);
    const requests: string[] = [];
    for (let load = 0; load < 2; load++) {
      const { fetch, sent } = recordingAnalyses();
      const el = await mapper({ profile: diplomaProfile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch });
      await analysed(el);
      requests.push(JSON.stringify(sent[0]));
      el.remove();
    }
    expect(requests[1]).to.equal(requests[0]);
    expect((JSON.parse(requests[0]) as GapAnalysisRequest).profile.education.map((e) => e.id)).to.deep.equal(['edu-1', 'edu-2']);
  });

  it('keeps the link when the credentials move, and clears and flags it when its credential is removed', async function () {
    this.timeout(20_000);
    const { fetch, sent } = recordingAnalyses();
    const profile: Profile = {
      ...diplomaProfile,
      education: [
        { id: 'edu-school', ...diplomaProfile.education[1] },
        { id: 'edu-nursing', ...diplomaProfile.education[0] },
      ],
      assessments: [{ body: 'wes', status: 'completed', educationId: 'edu-nursing', equivalentLevel: 'bachelor' }],
    };
    const el = await mapper({ profile, occupation: 'registered-nurse', jurisdiction: 'ca-on', fetch });
    await editProfile(el);
    expect(selectedText(el, '#f-assessments-0-educationId')).to.equal('General Nursing Diploma (2012)');

    // The school certificate above it goes: the nursing diploma is now first, and still the one assessed.
    const removeSchool = $$(el, 'fieldset[data-section="education"] .row__actions button')[0];
    expect(removeSchool.textContent).to.contain('Education 1');
    removeSchool.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, 'fieldset[data-section="education"] .row').length === 1);
    expect(selectedText(el, '#f-assessments-0-educationId')).to.equal('General Nursing Diploma (2012)');
    expect($(el, 'fieldset[data-section="assessments"] [part~="notice"]')).to.equal(null);
    await submit(el, sent);
    expect(sent[sent.length - 1].profile.assessments![0].educationId).to.equal('edu-nursing');
    await waitUntil(() => educationStatus(el) === 'met');
    await editProfile(el);

    // The assessed credential goes: the link is cleared, the form says so, and no dangling id is sent.
    const removeNursing = $$(el, 'fieldset[data-section="education"] .row__actions button')[0];
    removeNursing.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $$(el, 'fieldset[data-section="education"] .row').length === 0);
    expect(($(el, '#f-assessments-0-educationId') as HTMLSelectElement).value).to.equal('');
    expect($(el, 'fieldset[data-section="assessments"] [part~="notice"]')!.textContent).to.contain('was removed');
    await expect(el).to.be.accessible();
    await focus(el, '#add-education');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-education-0-level');
    await sendKeys({ type: 'Bachelor' });
    await focus(el, '#f-education-0-fieldFamily');
    await sendKeys({ type: 'Nursing' });
    await chooseCountry(el, 'f-education-0-country', 'Nigeria');
    await focus(el, '#f-education-0-year');
    await sendKeys({ type: '2016' });
    await submit(el, sent);
    const last = sent[sent.length - 1].profile;
    expect(last.assessments![0].educationId).to.equal(undefined);
    expect(last.education.map((e) => e.id)).to.not.include('edu-nursing');
    await editProfile(el);

    // Choosing the credential again settles the flag.
    await focus(el, '#f-assessments-0-educationId');
    await sendKeys({ type: 'Bachelor' });
    await waitUntil(() => $(el, 'fieldset[data-section="assessments"] [part~="notice"]') === null, 'the flag stayed after a credential was chosen');
  });
});
