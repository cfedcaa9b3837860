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
