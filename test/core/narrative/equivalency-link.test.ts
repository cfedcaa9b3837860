import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Profile } from '../../../src/api/gap.js';
import { mergePrefill } from '../../../src/core/narrative/index.js';
import { educationFrom, proposedValues } from '../../../src/widgets/narrative-builder/gap-prefill.js';

const target = { occupation: { id: 'registered-nurse', name: { en: 'Registered nurse' } }, jurisdiction: { id: 'ca-on', country: 'CA', name: { en: 'Ontario' } } };
const profile = (assessments: Profile['assessments']): Profile => ({
  education: [
    { id: 'diploma', level: 'diploma', fieldFamily: 'nursing', title: 'Midwifery', country: 'NG', year: 2009 },
    { id: 'bsn', level: 'bachelor', fieldFamily: 'nursing', title: 'Nursing Science', country: 'NG', year: 2013 },
    { level: 'master', fieldFamily: 'nursing', country: 'NG', year: 2018 },
  ],
  licences: [],
  experience: [],
  languageTests: [],
  assessments,
});

describe('the credential-equivalency statement pairs each assessment with the credential it names', () => {
  it('puts an assessment with the credential its educationId names, wherever the two stand in their lists', () => {
    const entries = educationFrom(profile([{ body: 'wes', status: 'completed', equivalentLevel: 'bachelor', educationId: 'bsn' }]), target, 'en');
    assert.equal(entries[0].assessedEquivalent, undefined, 'the diploma, first in the list, was not assessed');
    assert.equal(entries[1].assessedEquivalent, "Bachelor's degree (Canada)");
    assert.equal(entries[1].assessedBy, 'World Education Services (WES)');
    assert.equal(entries[2].assessedEquivalent, undefined);
  });

  it('never states an assessment that does not exist for a credential (none is linked)', () => {
    const values = proposedValues({ analysis: { target }, profile: profile([{ body: 'nnas', status: 'completed', equivalentLevel: 'bachelor' }]) }, 'en');
    for (const line of values.credentials as string[]) assert.doesNotMatch(line, /assess/i, line);
    assert.equal(values['assessed-by'], undefined);
    assert.equal(values.pending, undefined);
  });

  it('says an assessment is in progress only for the credential it is of', () => {
    const values = proposedValues({ analysis: { target }, profile: profile([{ body: 'wes', status: 'in-progress', educationId: 'diploma' }]) }, 'en');
    assert.deepEqual(values.pending, ['Diploma in Midwifery']);
  });

  it('shows labels, never codes: levels by name, an unknown body left out rather than shown as an id', () => {
    const values = proposedValues({ analysis: { target }, profile: profile([{ body: 'xyz-body', status: 'completed', equivalentLevel: 'master', educationId: 'bsn' }]) }, 'en');
    const lines = (values.credentials as string[]).join('\n');
    assert.match(lines, /assessed as equivalent to Master's degree \(Canada\)/);
    assert.doesNotMatch(lines, /xyz-body|XYZ-BODY|\bmaster\b|\bbachelor\b/);
    assert.match(lines, /^Master's degree, Nigeria \(2018\)$/m);
  });
});

describe('filling in from the gap analysis', () => {
  it('fills empty fields at once and lists the fields the person wrote in, without overwriting them', () => {
    const merge = mergePrefill({ 'local-title': 'My own words', jurisdiction: '', credentials: ['  '] }, { 'local-title': 'Registered nurse', jurisdiction: 'Ontario', credentials: ['BSc'] });
    assert.deepEqual(merge.changed, ['local-title']);
    assert.deepEqual(merge.emptyOnly, { 'local-title': 'My own words', jurisdiction: 'Ontario', credentials: ['BSc'] });
    assert.deepEqual(merge.replaced, { 'local-title': 'Registered nurse', jurisdiction: 'Ontario', credentials: ['BSc'] });
  });

  it('asks nothing when the person’s text already says the same', () => {
    assert.deepEqual(mergePrefill({ jurisdiction: 'Ontario' }, { jurisdiction: 'Ontario' }).changed, []);
  });
});
