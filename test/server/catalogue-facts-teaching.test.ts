/**
 * Teaching facts checked on 2026-12-05 against the regulators’ own pages (NESA, OCT, BC’s Teacher
 * Regulation Branch), each test naming its source. What no stored page confirmed stays
 * unverified, saying what to check and with whom.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checked, checkedUnverified, pathway, requirement, verifiedOn } from '../support/catalogue-facts.js';

describe('teaching facts checked on the regulators’ own pages', () => {
  it('NESA: first-time accreditation with a Working with Children Check clearance and suitability to teach, then the annual fee and Proficient Teacher (https://nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/first-time-accreditation, checked 2026-12-05)', () => {
    const accreditation = requirement('au-nsw-teach-accreditation');
    verifiedOn(accreditation, 'https://nsw.gov.au/education-and-training/nesa/teacher-accreditation/get-accredited/first-time-accreditation');
    assert.match(accreditation.description.en, /Working with Children Check clearance/);
    const assessment = requirement('au-nsw-teach-assessment');
    assert.equal(assessment.verification?.status, 'unverified', 'AITSL’s part is on no NESA page');
    assert.match(assessment.verification?.note?.en ?? '', /45 days of supervised teaching practice/);
  });

  it('OCT: transcripts and the statement of professional standing sent directly by the issuers; a registration fee and an evaluation fee whose amounts stay to be checked (https://help.oct.ca/hc/en-us/articles/20996488559899-What-documents-and-fees-are-required-to-apply-to-the-College-as-an-internationally-educated-teacher, checked 2026-12-05)', () => {
    const url = 'https://help.oct.ca/hc/en-us/articles/20996488559899-What-documents-and-fees-are-required-to-apply-to-the-College-as-an-internationally-educated-teacher';
    verifiedOn(requirement('ca-on-oct-documents'), url);
    const application = pathway('ca-on-oct-application');
    assert.equal(application.verification?.source?.url, url);
    assert.equal(application.verification?.status, 'unverified');
    assert.match(application.verification?.note?.en ?? '', /Check the fees with the Ontario College of Teachers/);
  });

  it('BC Teacher Regulation Branch: a teacher education programme of at least 48 credit hours over two semesters, qualifying you to teach K–12 where you took it; recency of teaching is not yet checked (https://bcteacherregulation.ca/bc-teacher-international-requirements, checked 2026-12-05)', () => {
    const url = 'https://bcteacherregulation.ca/bc-teacher-international-requirements';
    const tep = requirement('ca-bc-tcb-teacher-education');
    verifiedOn(tep, url);
    assert.match(tep.description.en, /at least 48 credit hours over two semesters/);
    const certification = requirement('ca-bc-tcb-certification');
    checked(certification, certification.source.url);
    assert.equal(certification.verification?.status, 'unverified');
    assert.match(certification.verification?.note?.en ?? '', /does not yet check recency/);
  });
});

describe('teacher assessments’ fees and times checked on the assessors’ stored pages', () => {
  it('AITSL: most assessment-ready applications within 4 weeks, some 6, so at least 28 days; no AITSL fee page stored (https://aitsl.edu.au/migrate-to-australia/frequently-asked-questions, checked 2026-12-05)', () => {
    const aitsl = pathway('au-nsw-teach-aitsl');
    checkedUnverified(aitsl, 'https://aitsl.edu.au/migrate-to-australia/frequently-asked-questions', /within 4 weeks and some take up to 6.*AUD 900-1,200 shown is not confirmed/);
    assert.equal(aitsl.duration.minDays, 28, 'not the 60 days that were shown');
  });
});

describe('teacher regulators’ fees and times checked on their stored pages', () => {
  it('B.C.: CAD 395 to apply with teacher education from outside Canada; annual practice fee CAD 80 (https://www2.gov.bc.ca/gov/content/education-training/k-12/teach/become-a-teacher/apply/application-fee, checked 2026-12-05)', () => {
    const url = 'https://www2.gov.bc.ca/gov/content/education-training/k-12/teach/become-a-teacher/apply/application-fee';
    const application = pathway('ca-bc-tcb-application');
    checkedUnverified(application, url, /CAD 395.*outside Canada.*no processing time/);
    assert.deepEqual(application.cost, [{ minMinor: 39500, maxMinor: 39500, currency: 'CAD' }], 'not the CAD 200-400 that was shown');
    checkedUnverified(pathway('ca-bc-tcb-certificate'), url, /annual practice fee, CAD 80/);
  });

  it('Ontario College of Teachers: a decision within 60 business days of a complete application; fee amounts not stored (https://oct.ca/public/media/announcements/important-update-for-new-college-applicants, checked 2026-12-05)', () => {
    checkedUnverified(pathway('ca-on-oct-certification'), 'https://oct.ca/public/media/announcements/important-update-for-new-college-applicants', /within 60 business days of a complete application/);
  });

  it('VIT: most applications 4 to 6 weeks once documents are in (https://www.vit.vic.edu.au/register/how-to/timeline); NESA: 5 to 10 working days on an older page (checked 2026-12-05)', () => {
    checkedUnverified(pathway('au-vic-teach-vit-application'), 'https://www.vit.vic.edu.au/register/how-to/timeline', /4 to 6 weeks/);
    checkedUnverified(pathway('au-nsw-teach-accreditation'), 'http://educationstandards.nsw.edu.au/wps/portal/nesa/teacher-accreditation/provisional-conditional/how-does-accreditation-work/get-accreditation', /5 to 10 working days/);
  });
});
