/**
 * Which IELTS version each regulator takes (issue #9), checked on 2026-12-06 against the regulators'
 * own pages: CNO takes General Training since 1 January 2023; where the page names IELTS Academic,
 * the step says so; where no stored page of the regulator names the version, a General Training
 * result is read as needing evidence, never as met, and the step says General Training is not
 * confirmed. Sitting the wrong version costs a mentee the fee and months.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { acceptedTests as tests, ielts, pathway, person, requirement, statusOf } from '../support/catalogue-facts.js';

const high = { reading: 8, writing: 8, listening: 8, speaking: 8, overall: 8 };
const generalTraining = person({ languageTests: [ielts(high, 'ielts-general')] });
const academic = person({ languageTests: [ielts(high)] });

describe('the IELTS version each regulator takes', () => {
  it('CNO accepts IELTS General Training since 1 January 2023, at the same minimums as Academic (https://www.cno.org/en/become-a-nurse/registration-requirements/language-proficiency/accepted-language-proficiency-tests/, checked 2026-12-06)', () => {
    const language = requirement('ca-on-rn-language');
    assert.equal(tests(language)['ielts-general'].verified, undefined, 'read against its minimums');
    assert.equal(statusOf(generalTraining, 'registered-nurse', 'ca-on', language.id), 'met');
    assert.equal(pathway('ca-on-rn-ielts').title.en, 'IELTS (Academic or General Training)');
  });

  // Each step's regulator names IELTS Academic on the page the requirement cites (or its own older page, for the GMC).
  const academicOnly: [pathwayId: string, occupation: string, jurisdiction: string, page: string][] = [
    ['ca-bc-rn-ielts', 'registered-nurse', 'ca-bc', 'https://bccnm.ca/bccnm/Announcements/Pages/Announcement.aspx?AnnouncementID=397'],
    ['ca-on-pharm-ielts', 'pharmacist', 'ca-on', 'https://www.ocpinfo.com/registration/registration-requirements/language-proficiency/lp-faq/'],
    ['gb-eng-pharm-ielts', 'pharmacist', 'gb-eng', 'https://www.pharmacyregulation.org/news/consultation-english-language-guidance'],
    ['gb-eng-md-ielts', 'physician', 'gb-eng', 'http://www.gmc-uk.org/doctors/registration_applications/24986.asp?view=print'],
    ['au-nsw-teach-ielts', 'teacher', 'au-nsw', 'https://www.nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/english-language-proficiency'],
    ['au-vic-teach-ielts', 'teacher', 'au-vic', 'https://www.vit.vic.edu.au/education/new-teachers/english'],
    ['au-nsw-sw-ielts', 'social-worker', 'au-nsw', 'https://www.aasw.asn.au/careers-study/english-language-requirements-2'],
  ];
  for (const [id, occupation, jurisdiction, page] of academicOnly) {
    it(`${id}: the step is IELTS Academic, the version the regulator names, and a General Training result does not meet it (${page}, checked 2026-12-06)`, () => {
      const step = pathway(id);
      assert.deepEqual(step.title, { en: 'IELTS Academic', fr: 'IELTS Academic' }, 'it said "Academic or General Training"');
      const [requirementId] = step.closes;
      assert.equal(tests(requirement(requirementId))['ielts-general'], undefined);
      const status = statusOf(generalTraining, occupation, jurisdiction, requirementId);
      assert.ok(status, 'the requirement is in the set analysed');
      assert.notEqual(status, 'met');
    });
  }

  it('steps whose requirement lists IELTS Academic only say IELTS Academic, though no stored page of the regulator names the version (Ahpra’s Boards, CPBC, CPSBC, the BC College of Oral Health Professionals, the GDC, BC’s teacher regulator; checked 2026-12-06)', () => {
    const ids = ['au-nsw-pharm-ielts', 'au-vic-pharm-ielts', 'au-nsw-md-ielts', 'au-vic-md-ielts', 'au-nsw-dds-ielts', 'au-vic-dds-ielts', 'ca-bc-pharm-ielts', 'ca-bc-md-ielts', 'ca-bc-dds-ielts', 'gb-eng-dds-ielts', 'ca-bc-tcb-ielts'];
    for (const id of ids) {
      const step = pathway(id);
      assert.equal(step.title.en, 'IELTS Academic', id);
      assert.deepEqual(
        Object.keys(tests(requirement(step.closes[0]))).filter((t) => t.startsWith('ielts')),
        ['ielts-academic'],
        id,
      );
    }
  });

  // The regulator's page names IELTS without its version, or no stored page gives the tests at all.
  const unconfirmed: [requirementId: string, occupation: string, jurisdiction: string, page: string, says: RegExp][] = [
    ['ca-ab-rn-language', 'registered-nurse', 'ca-ab', 'https://nurses.ab.ca/strengthening-the-system/changes-to-english-proficiency-tests/', /names IELTS without its version .* ask CRNA/],
    ['ca-on-md-language', 'physician', 'ca-on', 'https://www.cpso.on.ca/en/Physicians/Registration/Registration-Pathways', /no stored page of CPSO names the IELTS version/],
    ['ca-on-dds-language', 'dentist', 'ca-on', 'https://www.rcdso.org/en-ca/rcdso-applicants/process-and-requirements/language-proficiency', /whether IELTS General Training counts is not confirmed/],
    ['ca-on-oct-language', 'teacher', 'ca-on', 'https://www.oct.ca/becoming-a-teacher/requirements/proficiency', /no stored OCT page names the IELTS version/],
    ['ca-on-sw-language', 'social-worker', 'ca-on', 'https://www.ocswssw.org/registration-section/language-proficiency/', /says “IELTS” without naming the format/],
    ['ca-bc-sw-language', 'social-worker', 'ca-bc', 'https://bccsw.ca/applicants/', /names the IELTS version it accepts/],
    ['ca-ab-sw-language', 'social-worker', 'ca-ab', 'https://acsw.ab.ca/site/registration', /names the IELTS version it accepts/],
  ];
  for (const [id, occupation, jurisdiction, page, says] of unconfirmed) {
    it(`${id}: General Training is not confirmed, so a General Training result needs evidence and the step says so, while Academic is read against its minimums (${page}, checked 2026-12-06)`, () => {
      const language = requirement(id);
      assert.equal(language.source.url, page);
      assert.equal(tests(language)['ielts-general']?.verified, false);
      assert.match(language.verification?.note?.en ?? '', says);
      assert.equal(statusOf(generalTraining, occupation, jurisdiction, id), 'needs-evidence', 'a General Training result was "met"');
      assert.equal(statusOf(academic, occupation, jurisdiction, id), 'met');
      const step = pathway(`${id.replace(/-language$/, '')}-ielts`);
      assert.deepEqual(step.title, { en: 'IELTS Academic (General Training not confirmed)', fr: 'IELTS Academic (General Training non confirmé)' });
    });
  }
});
