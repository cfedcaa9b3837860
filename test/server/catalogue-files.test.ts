/** The catalogue is data: files validated against the contract, with problems that name the file, the entry and the field. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CatalogueError } from '../../src/server/seed/catalogue/validate.js';
import { checkCatalogueSources, loadCatalogue, readCatalogueDir } from '../../src/server/seed/catalogue/load.js';
import { formatCatalogueJson } from '../../src/server/seed/catalogue/format.js';

const DIR = new URL('../../catalogue/', import.meta.url);
const shipped = () => readCatalogueDir(DIR).files;
const requirementFile = (requirement: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [requirement], pathways: [], ...extra }] });
const base = JSON.parse(readFileSync(new URL('nursing.json', DIR), 'utf8')).requirementSets[0].requirements.find((r: { id: string }) => r.id === 'ca-on-rn-language');

describe('the shipped catalogue files', () => {
  it('load and pass every check, and every data file is listed in index.json', () => {
    const read = readCatalogueDir(DIR);
    assert.deepEqual(read.issues, []);
    const listed = read.manifest!.files;
    const present = readdirSync(fileURLToPath(DIR)).filter((f) => f.endsWith('.json') && f !== 'index.json').sort();
    assert.deepEqual([...listed].sort(), present);
    assert.deepEqual(checkCatalogueSources(read.files).issues, []);
  });

  it('are written in the catalogue’s own layout, so an edit shows as a small diff', () => {
    for (const file of shipped()) assert.equal(formatCatalogueJson(JSON.parse(file.text)), file.text, `${file.name}: run the formatter`);
  });

  it('ship in the npm package', () => {
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { files: string[] };
    assert.ok(pkg.files.includes('catalogue'));
  });
});

describe('a bad file is refused with the file, the entry and the field', () => {
  it('names a wrong value deep inside a requirement', () => {
    const bad = structuredClone(base);
    bad.criteria.language.acceptedTests[0].minScores.reading = 'six and a half';
    const { issues } = checkCatalogueSources([...shipped(), { name: 'my-layer.json', text: requirementFile(bad) }]);
    assert.deepEqual(issues.map((i) => [i.file, i.entry, i.field]), [['my-layer.json', 'ca-on-rn-language', 'criteria.language.acceptedTests.0.minScores.reading']]);
  });

  it('names a field the catalogue does not know, deep or at the top, instead of dropping it (and the rule it meant)', () => {
    const bad = structuredClone(base);
    bad.criteria.language.acceptedTests[0].minScore = { overall: 9 };
    bad.critera = {};
    const { issues } = checkCatalogueSources([...shipped(), { name: 'my-layer.json', text: requirementFile(bad) }]);
    assert.deepEqual(issues.map((i) => [i.file, i.entry, i.field]), [
      ['my-layer.json', 'ca-on-rn-language', 'criteria.language.acceptedTests.0.minScore'],
      ['my-layer.json', 'ca-on-rn-language', 'critera'],
    ]);
    assert.match(issues[0].message, /not a field the catalogue knows/);
    const junk = checkCatalogueSources([...shipped(), { name: 'junk.json', text: '{"bad":1}' }]).issues;
    assert.deepEqual(junk.map((i) => [i.file, i.field]), [['junk.json', 'bad']]);
  });

  it('names the branch of a union that got furthest, not "Invalid input"', () => {
    const bad = structuredClone(base);
    bad.criteria.language.validity.measuredAt = { at: 'finish' };
    const { issues } = checkCatalogueSources([{ name: 'x.json', text: requirementFile(bad) }]);
    assert.equal(issues[0].field, 'criteria.language.validity.measuredAt.of');
  });

  it('names references that do not resolve, missing verification and step cycles', () => {
    const orphan = { ...structuredClone(base), id: 'ca-on-rn-orphan', criteria: { requiresPrior: ['ca-on-rn-nowhere'] } };
    delete orphan.verification;
    const loop = { ...structuredClone(base), id: 'ca-on-rn-loop-a', criteria: { requiresPrior: ['ca-on-rn-loop-b'] } };
    const loopBack = { ...structuredClone(base), id: 'ca-on-rn-loop-b', criteria: { requiresPrior: ['ca-on-rn-loop-a'] } };
    const text = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [orphan, loop, loopBack], pathways: [
      { id: 'ca-on-rn-course', closes: ['ca-on-rn-unknown'], kind: 'course', title: { en: 'A course' }, provider: 'A college', link: { url: 'https://example.org' }, duration: { minDays: 30, maxDays: 10 }, cost: [], delivery: 'online', languages: ['en'] },
    ] }] });
    const issues = checkCatalogueSources([...shipped(), { name: 'org.json', text }]).issues.map((i) => `${i.file} > ${i.entry} > ${i.field}: ${i.message}`);
    assert.ok(issues.includes('org.json > ca-on-rn-orphan > criteria.requiresPrior.0: "ca-on-rn-nowhere" is not a requirement of registered-nurse@ca-on'), issues.join('\n'));
    assert.ok(issues.some((i) => i.startsWith('org.json > ca-on-rn-orphan > verification:')));
    assert.ok(issues.includes('org.json > ca-on-rn-course > closes.0: "ca-on-rn-unknown" is not a requirement of registered-nurse@ca-on'));
    assert.ok(issues.includes('org.json > ca-on-rn-course > duration: minDays is more than maxDays'));
    assert.ok(issues.some((i) => i.startsWith('org.json > registered-nurse@ca-on') && /cycle: ca-on-rn-loop-a -> ca-on-rn-loop-b -> ca-on-rn-loop-a|cycle: ca-on-rn-loop-b -> ca-on-rn-loop-a -> ca-on-rn-loop-b/.test(i)), issues.join('\n'));
  });

  it('names an employer reference’s fields on another route, a length of work on a route that is not work, and a near-missed test the requirement does not accept', () => {
    const language = structuredClone(base);
    language.id = 'ca-on-rn-language-routes';
    language.criteria.language.otherEvidence = [
      { kind: 'practice', languages: ['en'], ongoing: true, description: { en: 'Practice' } },
      { kind: 'education', languages: ['en'], minMonths: 12, description: { en: 'Education' } },
      { kind: 'practice', languages: ['en'], minMonths: 12, description: { en: 'Twelve months of practice' } },
      { kind: 'employer-reference', languages: ['en'], minMonths: 12, alongside: { nearMissTests: [{ test: 'ielts-academic', by: 0.5 }, { test: 'pte-academic', by: 2 }] }, description: { en: 'A reference' } },
    ];
    const issues = checkCatalogueSources([...shipped(), { name: 'org.json', text: requirementFile(language) }]).issues.map((i) => `${i.file} > ${i.entry} > ${i.field}: ${i.message}`);
    assert.ok(issues.includes('org.json > ca-on-rn-language-routes > criteria.language.otherEvidence.0.ongoing: applies only to an "employer-reference" route, not "practice"'), issues.join('\n'));
    assert.ok(issues.includes('org.json > ca-on-rn-language-routes > criteria.language.otherEvidence.1.minMonths: applies only to a "practice" or "employer-reference" route, not "education"'), issues.join('\n'));
    assert.ok(!issues.some((i) => i.includes('otherEvidence.2.')), 'a length of practice is what a practice route may ask');
    assert.ok(issues.includes('org.json > ca-on-rn-language-routes > criteria.language.otherEvidence.3.alongside.nearMissTests.1.test: "pte-academic" is not a test this requirement accepts'), issues.join('\n'));
    assert.ok(!issues.some((i) => i.includes('nearMissTests.0')), 'IELTS Academic is one CNO accepts');
  });

  it('names a decision the regulation does not list, an outcome its body cannot give, and a length that opens no lower level', () => {
    const exam = { ...structuredClone(base), criteria: { exam: { examIds: ['nclex-rn'] } } };
    const waived = (id: string, jurisdictionId: string, notAskedWhen: unknown, extra: Record<string, unknown> = {}) =>
      JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId, requirements: [{ ...exam, id, jurisdictionId, criteria: { ...exam.criteria, notAskedWhen, ...extra } }], pathways: [] }] });
    const messages = (name: string, text: string) => checkCatalogueSources([...shipped(), { name, text }]).issues.map((i) => `${i.file} > ${i.entry} > ${i.field}: ${i.message}`);
    assert.deepEqual(messages('a.json', waived('ca-on-rn-waived', 'ca-on', [{ body: 'nmba', outcomes: ['stream-a'] }])), [
      'a.json > ca-on-rn-waived > criteria.notAskedWhen.0.body: "nmba" has no "assessmentOutcomes" entry in the regulation of registered-nurse@ca-on: list its outcomes there',
    ]);
    assert.deepEqual(messages('b.json', waived('au-nsw-rn-waived', 'au-nsw', [{ body: 'nmba', outcomes: ['stream-d'] }])), [
      'b.json > au-nsw-rn-waived > criteria.notAskedWhen.0.outcomes.0: "stream-d" is not an outcome of "nmba" (stream-a, stream-b, stream-c)',
    ]);
    const length = { education: { minLevel: 'diploma', fieldFamilies: ['dentistry'], minLength: { fullTimeYears: 4, orFromLevel: 'bachelor' } } };
    assert.deepEqual(messages('c.json', waived('au-nsw-rn-long', 'au-nsw', [{ body: 'nmba', outcomes: ['stream-a'] }], length)), [
      'c.json > au-nsw-rn-long > criteria.education.minLength.orFromLevel: "bachelor" is not below the minimum level "diploma"',
    ]);
  });

  it('takes each fact’s own status and source, and names a fact the entry does not state, a verified entry with an unconfirmed fact, and a fact with no reason', () => {
    const threshold = { ...structuredClone(base), id: 'ca-on-rn-facts', verification: { status: 'unverified', note: { en: 'IELTS read; TEF not.' }, facts: { threshold: { status: 'verified', source: { url: 'https://example.org/minimums' } } } } };
    const fee = (id: string, verification: unknown) => ({ id, closes: ['ca-on-rn-language'], kind: 'exam', title: { en: 'A test' }, provider: 'A provider', link: { url: 'https://example.org' }, duration: { minDays: 10, maxDays: 30 }, cost: [], delivery: 'online', languages: ['en'], verification });
    const good = fee('ca-on-rn-fee-checked', { status: 'unverified', checkedOn: '2026-12-05', note: { en: 'Time not given.' }, facts: { fee: { status: 'verified' }, duration: { status: 'unverified' } } });
    const ok = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [threshold], pathways: [good] }] });
    assert.deepEqual(checkCatalogueSources([...shipped(), { name: 'ok.json', text: ok }]).issues, []);
    const wrong = fee('ca-on-rn-fee-wrong', { status: 'verified', facts: { fee: { status: 'unverified' }, threshold: { status: 'verified' } } });
    const bad = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [wrong] }] });
    const issues = checkCatalogueSources([...shipped(), { name: 'bad.json', text: bad }]).issues.map((i) => `${i.file} > ${i.entry} > ${i.field}: ${i.message}`);
    assert.deepEqual(issues, [
      'bad.json > ca-on-rn-fee-wrong > verification.status: is "verified" but verification.facts.fee is not: the entry is verified only when every fact is',
      'bad.json > ca-on-rn-fee-wrong > verification.facts.fee.note: say why this fact is unverified and where to check',
      'bad.json > ca-on-rn-fee-wrong > verification.facts.threshold: this entry states no threshold: use "fee" or "duration"',
    ]);
  });

  it('takes the countries as a fact only of an entry whose evidence routes name some', () => {
    const countries = { status: 'unverified', checkedOn: '2026-12-06', note: { en: 'The page names no country.' } };
    const withFact = (id: string, routes: unknown[]) => ({ ...structuredClone(base), id, criteria: { language: { ...base.criteria.language, otherEvidence: routes } }, verification: { ...base.verification, status: 'unverified', facts: { countries } } });
    const named = withFact('ca-on-rn-named', base.criteria.language.otherEvidence);
    const unnamed = withFact('ca-on-rn-unnamed', [{ kind: 'education', languages: ['en'], description: { en: 'Taught in English.' } }]);
    const text = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [named, unnamed], pathways: [] }] });
    const issues = checkCatalogueSources([...shipped(), { name: 'c.json', text }]).issues.map((i) => `${i.file} > ${i.entry} > ${i.field}: ${i.message}`);
    assert.deepEqual(issues, ['c.json > ca-on-rn-unnamed > verification.facts.countries: this entry states no countries: use "threshold"']);
  });

  it('names a set whose occupation has no regulation entry there, and a file that is not valid JSON', () => {
    const text = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'de-by-nowhere', requirements: [], pathways: [] }] });
    const issues = checkCatalogueSources([...shipped(), { name: 'a.json', text }]).issues;
    assert.ok(issues.some((i) => i.file === 'a.json' && i.entry === 'registered-nurse@de-by-nowhere' && i.field === 'jurisdictionId'));
    const broken = checkCatalogueSources([...shipped(), { name: 'b.json', text: '{ "occupations": [' }]).issues;
    assert.ok(broken.some((i) => i.file === 'b.json' && /not valid JSON/.test(i.message)));
  });

  it('loading throws one error listing every problem', () => {
    const bad = structuredClone(base);
    bad.kind = 'exam-ish';
    assert.throws(() => loadCatalogue(DIR, [{ name: 'layer.json', text: requirementFile(bad) }]), (error: unknown) => {
      assert.ok(error instanceof CatalogueError);
      assert.match(error.message, /layer\.json > ca-on-rn-language > kind: /);
      return true;
    });
  });
});

describe('an organisation’s layer over the shipped catalogue', () => {
  it('may add its own pathway to a shipped requirement and replace a shipped fee, and the version says so', () => {
    const course = { id: 'org-ielts-prep', closes: ['ca-on-rn-language'], kind: 'course', title: { en: 'Our IELTS preparation' }, provider: 'Our association', link: { url: 'https://example.org/course' }, duration: { minDays: 30, maxDays: 60 }, cost: [{ minMinor: 0, maxMinor: 0, currency: 'CAD' }], delivery: 'online', languages: ['en'] };
    const text = JSON.stringify({ requirementSets: [{ occupationId: 'registered-nurse', jurisdictionId: 'ca-on', requirements: [], pathways: [course] }] });
    const plain = loadCatalogue(DIR);
    const layered = loadCatalogue(DIR, [{ name: 'org.json', text }]);
    assert.ok(layered.pathways.some((p) => p.id === 'org-ielts-prep'));
    assert.equal(layered.requirements.length, plain.requirements.length);
    assert.notEqual(layered.version, plain.version);
  });
});
