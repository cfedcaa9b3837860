import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { PgliteDatabase } from '../../src/server/db/pglite.js';
import {
  acceptSuggestion,
  addReview,
  approve,
  createDraft,
  createTemplate,
  getDraft,
  listDrafts,
  listReviews,
  listTemplates,
  listVersions,
  resolveReview,
  restoreVersion,
  shareForReview,
  updateDraft,
  type Actor,
} from '../../src/server/store/narratives.js';
import { seedNarrativeTemplates, seedTemplateId } from '../../src/server/seed/narratives/index.js';
import type { CreateTemplateRequest } from '../../src/api/narrative.js';

const ORG = 'org-a';
const OTHER = 'org-b';
const mentee: Actor = { userId: 'u-mentee', role: 'mentee' };
const mentor: Actor = { userId: 'u-mentor', role: 'mentor' };
const unshared: Actor = { userId: 'u-mentor-2', role: 'mentor' };
const coordinator: Actor = { userId: 'u-coord', role: 'coordinator' };
const outsider: Actor = { userId: 'u-outsider', role: 'mentor' };

let db: PgliteDatabase;

const ownTemplate: CreateTemplateRequest = {
  kind: 'resume-summary',
  locale: 'en',
  title: 'Our short summary',
  description: 'A two-line summary for our job board.',
  sections: [
    {
      id: 'main',
      title: 'Summary',
      optional: false,
      fields: [
        { id: 'local-title', label: 'Job title', guidance: 'The title used here.', example: 'Registered Nurse', type: 'text', required: true },
        { id: 'strength', label: 'Strength', guidance: 'One thing you do well.', example: 'Calm in emergencies', type: 'textarea', required: true },
      ],
    },
  ],
  body: '{{local-title}}. {{strength}}',
  limits: { maxWords: 60 },
};

function expectOk<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) assert.fail(`expected success, got ${JSON.stringify(result)}`);
  return result.value;
}

before(async () => {
  db = await PgliteDatabase.open({ dataDir: 'memory://' });
  for (const file of ['001_foundation.sql', '040_narratives.sql']) {
    await db.exec(await readFile(new URL(`../../src/server/migrations/${file}`, import.meta.url), 'utf8'));
  }
  await db.exec(`
    INSERT INTO organisations (id, name) VALUES ('org-a', 'Nurses Bridge'), ('org-b', 'Engineers Forward');
    INSERT INTO users (id, organisation_id, role, display_name, external_id) VALUES
      ('u-mentee', 'org-a', 'mentee', 'Adaeze', 'ext-1'),
      ('u-mentor', 'org-a', 'mentor', 'Maria', 'ext-2'),
      ('u-mentor-2', 'org-a', 'mentor', 'Tom', 'ext-3'),
      ('u-coord', 'org-a', 'coordinator', 'Chen', 'ext-4'),
      ('u-outsider', 'org-b', 'mentor', 'Olena', 'ext-5');
  `);
  await seedNarrativeTemplates(db);
});

after(async () => {
  await db.close();
});

describe('narrative templates', () => {
  it('seeds shared templates once, however often the seeder runs', async () => {
    const first = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM narrative_templates')).rows[0].n;
    await seedNarrativeTemplates(db);
    const second = (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM narrative_templates')).rows[0].n;
    assert.equal(second, first);
    assert.ok(first >= 48);
  });

  it('lists shared templates by kind and locale, and an organisation its own besides', async () => {
    const created = expectOk(await createTemplate(db, ORG, coordinator, ownTemplate));
    assert.equal(created.organisationId, ORG);
    const mine = await listTemplates(db, ORG, mentee, { kind: 'resume-summary', locale: 'en' });
    assert.ok(mine.some((t) => t.id === created.id));
    assert.ok(mine.some((t) => t.organisationId === null));
    assert.ok(mine.every((t) => t.kind === 'resume-summary' && t.locale === 'en'));
    const theirs = await listTemplates(db, OTHER, outsider, { kind: 'resume-summary', locale: 'en' });
    assert.ok(!theirs.some((t) => t.id === created.id));
    const french = await listTemplates(db, ORG, mentee, { kind: 'star-story', locale: 'fr-CA' });
    assert.ok(french.length >= 1 && french.every((t) => t.locale.startsWith('fr')));
  });

  it('lets only a coordinator add a template, and refuses one whose body has errors', async () => {
    const refused = await createTemplate(db, ORG, mentee, ownTemplate);
    assert.equal(!refused.ok && refused.error, 'forbidden');
    const broken = await createTemplate(db, ORG, coordinator, { ...ownTemplate, body: '{{local-title}} {{strenght}}' });
    assert.ok(!broken.ok && broken.error === 'unprocessable');
    assert.equal(broken.check?.errors[0].code, 'unknown-placeholder');
    assert.equal(broken.check?.errors[0].column, 17);
  });
});

describe('narrative drafts', () => {
  async function newDraft() {
    return expectOk(await createDraft(db, ORG, mentee, { templateId: seedTemplateId('resume-summary', 'en'), values: { 'local-title': 'Registered Nurse' } }));
  }

  it('saves each edit as a new version and restores an earlier one as a newer version', async () => {
    const draft = await newDraft();
    assert.equal(draft.version, 1);
    const v2 = expectOk(await updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'Registered Nurse (RN)' } }));
    const v3 = expectOk(await updateDraft(db, ORG, mentee, draft.id, { version: 2, values: { 'local-title': 'Nurse' } }));
    assert.equal(v2.version, 2);
    assert.equal(v3.version, 3);
    const versions = expectOk(await listVersions(db, ORG, mentee, draft.id));
    assert.deepEqual(versions.map((v) => v.version), [3, 2, 1]);
    const restored = expectOk(await restoreVersion(db, ORG, mentee, draft.id, { version: 3, restore: 2 }));
    assert.equal(restored.version, 4);
    assert.deepEqual(restored.values, { 'local-title': 'Registered Nurse (RN)' });
    assert.equal(expectOk(await listVersions(db, ORG, mentee, draft.id)).length, 4);
  });

  it('answers a save based on a stale version with a conflict holding the current draft', async () => {
    const draft = await newDraft();
    expectOk(await updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'From the laptop' } }));
    const stale = await updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'From the phone' } });
    assert.ok(!stale.ok && stale.error === 'conflict');
    assert.equal(stale.current.version, 2);
    assert.deepEqual(stale.current.values, { 'local-title': 'From the laptop' });
    assert.equal(expectOk(await listVersions(db, ORG, mentee, draft.id)).length, 2);
  });

  it('lets the owner and the mentors it is shared with read a draft, and nobody else', async () => {
    const draft = await newDraft();
    assert.ok((await getDraft(db, ORG, mentee, draft.id)).ok);
    assert.equal(await getDraft(db, ORG, mentor, draft.id).then((r) => !r.ok && r.error), 'not_found');
    expectOk(await shareForReview(db, ORG, mentee, draft.id, { mentorIds: [mentor.userId] }));
    assert.ok((await getDraft(db, ORG, mentor, draft.id)).ok);
    assert.ok((await listVersions(db, ORG, mentor, draft.id)).ok);
    assert.ok((await listDrafts(db, ORG, mentor)).some((d) => d.id === draft.id));
    assert.equal(await getDraft(db, ORG, unshared, draft.id).then((r) => !r.ok && r.error), 'not_found');
    assert.equal(await getDraft(db, ORG, coordinator, draft.id).then((r) => !r.ok && r.error), 'not_found');
    assert.ok(!(await listDrafts(db, ORG, unshared)).some((d) => d.id === draft.id));
    // The same user id presented under another organisation sees nothing either.
    assert.equal(await getDraft(db, OTHER, outsider, draft.id).then((r) => !r.ok && r.error), 'not_found');
    assert.equal(await getDraft(db, OTHER, mentee, draft.id).then((r) => !r.ok && r.error), 'not_found');
    assert.equal(await listVersions(db, OTHER, mentee, draft.id).then((r) => !r.ok && r.error), 'not_found');
  });

  it('refuses a draft on another organisation\'s template', async () => {
    const theirs = expectOk(await createTemplate(db, ORG, coordinator, { ...ownTemplate, title: 'Private to org A' }));
    const result = await createDraft(db, OTHER, { userId: 'u-outsider', role: 'mentee' }, { templateId: theirs.id });
    assert.equal(!result.ok && result.error, 'unprocessable');
  });

  it('refuses to share with someone who is not a mentor of the organisation', async () => {
    const draft = await newDraft();
    const result = await shareForReview(db, ORG, mentee, draft.id, { mentorIds: [outsider.userId] });
    assert.ok(!result.ok && result.error === 'unprocessable');
    const byMentor = await updateDraft(db, ORG, mentor, draft.id, { version: 1, values: {} });
    assert.equal(!byMentor.ok && byMentor.error, 'not_found');
  });

  it('runs a review: comment, suggest, accept, resolve, approve, with the status following', async () => {
    const draft = await newDraft();
    const shared = expectOk(await shareForReview(db, ORG, mentee, draft.id, { mentorIds: [mentor.userId], message: 'Could you look at my summary?' }));
    assert.equal(shared.status, 'in-review');
    assert.deepEqual(shared.sharedWith, [mentor.userId]);

    const notShared = await addReview(db, ORG, unshared, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Hi' });
    assert.equal(!notShared.ok && notShared.error, 'not_found');
    const ownerComment = await addReview(db, ORG, mentee, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Hi' });
    assert.equal(!ownerComment.ok && ownerComment.error, 'forbidden');

    const comment = expectOk(await addReview(db, ORG, mentor, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Say which units you worked in.' }));
    assert.equal(comment.state, 'open');
    assert.equal(expectOk(await getDraft(db, ORG, mentee, draft.id)).status, 'in-review');

    const suggestion = expectOk(await addReview(db, ORG, mentor, draft.id, {
      kind: 'suggestion', sectionId: 'profile', fieldId: 'local-title', text: 'Use the Ontario title.', suggestedText: 'Registered Nurse (Ontario, RN applicant)',
    }));
    assert.equal(expectOk(await getDraft(db, ORG, mentee, draft.id)).status, 'changes-requested');
    const badField = await addReview(db, ORG, mentor, draft.id, { kind: 'suggestion', sectionId: 'profile', fieldId: 'nope', text: '', suggestedText: 'x' });
    assert.equal(!badField.ok && badField.error, 'unprocessable');

    const byMentor = await acceptSuggestion(db, ORG, mentor, draft.id, suggestion.id, { version: 1 });
    assert.equal(!byMentor.ok && byMentor.error, 'forbidden');
    const accepted = expectOk(await acceptSuggestion(db, ORG, mentee, draft.id, suggestion.id, { version: 1 }));
    assert.equal(accepted.review.state, 'accepted');
    assert.equal(accepted.draft.values['local-title'], 'Registered Nurse (Ontario, RN applicant)');
    assert.equal(accepted.draft.version, 2);
    assert.equal(accepted.draft.status, 'changes-requested', 'the comment is still open');
    const again = await acceptSuggestion(db, ORG, mentee, draft.id, suggestion.id, { version: 2 });
    assert.equal(!again.ok && again.error, 'unprocessable');

    const resolved = expectOk(await resolveReview(db, ORG, mentee, draft.id, comment.id));
    assert.equal(resolved.review.state, 'resolved');
    assert.equal(resolved.draft.status, 'in-review');

    const staleApproval = await approve(db, ORG, mentor, draft.id, { version: 1 });
    assert.equal(!staleApproval.ok && staleApproval.error, 'conflict');
    const approved = expectOk(await approve(db, ORG, mentor, draft.id, { version: 2, text: 'Ready to send.' }));
    assert.equal(approved.draft.status, 'approved');
    assert.equal(approved.review.kind, 'approval');
    const reviews = expectOk(await listReviews(db, ORG, mentee, draft.id));
    assert.deepEqual(reviews.map((r) => [r.kind, r.state]), [['comment', 'resolved'], ['suggestion', 'accepted'], ['approval', 'resolved']]);

    const edited = expectOk(await updateDraft(db, ORG, mentee, draft.id, { version: 2, values: { ...approved.draft.values, achievement: 'Cut falls by 30%.' } }));
    assert.equal(edited.status, 'in-review', 'an edit after approval goes back to review');
  });
});
