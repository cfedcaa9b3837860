/** Language evidence beyond the first tests: the NMC's employer reference (SIFE) and Cambridge results, against the real server. */
import { expect } from '@open-wc/testing';
import type { Profile } from '../../../src/api/gap.js';
import { $, $$, analysed, mapper, waitFor } from './helpers.js';

/** Trained in English in India (2014), a care assistant in England since September 2025 whose employer will confirm their English. */
const carer = (languageReference: boolean): Profile => ({
  education: [{ level: 'bachelor', fieldFamily: 'nursing', country: 'IN', year: 2014, languageOfInstruction: 'en' }],
  licences: [],
  experience: [{ role: 'Care assistant', fieldFamily: 'health-other', country: 'GB', years: 0, start: '2025-09', language: 'en', languageReference, competencies: [] }],
  languageTests: [],
});

const languageRequirement = (el: HTMLElement) => $$(el, '[part~="requirement"]').find((r) => r.textContent!.includes('English language'))!;

describe('bw-credential-gap-mapper: evidence of language other than a test', () => {
  it('shows the NMC’s employer-reference route when the profile holds the reference, and not without it', async () => {
    const el = await mapper({ profile: carer(true), occupation: 'registered-nurse', jurisdiction: 'gb-eng' });
    await analysed(el);
    const language = languageRequirement(el);
    expect(language.dataset.status).to.equal('needs-evidence');
    expect(language.textContent).to.contain('Your employer can confirm your English in your work (Care assistant)');

    const without = await mapper({ profile: carer(false), occupation: 'registered-nurse', jurisdiction: 'gb-eng' });
    await analysed(without);
    const gap = languageRequirement(without);
    expect(gap.dataset.status).to.equal('gap');
    expect(gap.textContent).not.to.contain('Your employer can confirm');
  });

  it('asks about an employer’s reference once the work has a language, keeps the answer, and lists the Cambridge tests', async () => {
    const el = await mapper({ profile: carer(true) });
    const box = (await waitFor(el, '#f-experience-0-languageReference')) as HTMLInputElement;
    expect(box.checked).to.equal(true);
    expect(box.closest('label')!.textContent).to.contain('My employer can confirm my proficiency in this language in a reference');
    const noLanguage = await mapper({ profile: { ...carer(false), experience: [{ ...carer(false).experience[0], language: undefined }] } });
    await waitFor(noLanguage, '#f-experience-0-fieldFamily');
    expect($(noLanguage, '#f-experience-0-languageReference')).to.equal(null);

    ($(el, '#add-languageTests') as HTMLButtonElement).click();
    const test = (await waitFor(el, '#f-languageTests-0-test')) as HTMLSelectElement;
    const options = [...test.options].map((o) => [o.value, o.textContent]);
    expect(options).to.deep.include.members([
      ['cambridge-c1-advanced', 'Cambridge C1 Advanced'],
      ['cambridge-c2-proficiency', 'Cambridge C2 Proficiency'],
    ]);
  });
});
