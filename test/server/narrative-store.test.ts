import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import type { PgliteDatabase } from '../../src/server/db/pglite.js';
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
import type { CreateTemplateRequest, NarrativeDraft } from '../../src/api/narrative.js';
import type { TemplateError } from '../../src/core/narrative/template-language.js';
import { openTestDatabase, refused } from './helpers.js';

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

before(async () => {
  db = await openTestDatabase('blank');
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
    const created = await createTemplate(db, ORG, coordinator, ownTemplate);
    assert.equal(created.organisationId, ORG);
    const mine = await listTemplates(db, ORG, { kind: 'resume-summary', locale: 'en' });
    assert.ok(mine.some((t) => t.id === created.id));
    assert.ok(mine.some((t) => t.organisationId === null));
    assert.ok(mine.every((t) => t.kind === 'resume-summary' && t.locale === 'en'));
    const theirs = await listTemplates(db, OTHER, { kind: 'resume-summary', locale: 'en' });
    assert.ok(!theirs.some((t) => t.id === created.id));
    const french = await listTemplates(db, ORG, { kind: 'star-story', locale: 'fr-CA' });
    assert.ok(french.length >= 1 && french.every((t) => t.locale.startsWith('fr')));
  });

  it('lets only a coordinator add a template, and refuses one whose body has errors', async () => {
    await assert.rejects(createTemplate(db, ORG, mentee, ownTemplate), refused('forbidden'));
    await assert.rejects(
      createTemplate(db, ORG, coordinator, { ...ownTemplate, body: '{{local-title}} {{strenght}}' }),
      refused('unprocessable', undefined, (refusal) => {
        const [first] = refusal.extras.templateErrors as TemplateError[];
        assert.equal(first.code, 'unknown-placeholder');
        assert.equal(first.column, 17);
      }),
    );
  });
});

describe('narrative drafts', () => {
  async function newDraft() {
    return await createDraft(db, ORG, mentee, { templateId: seedTemplateId('resume-summary', 'en'), values: { 'local-title': 'Registered Nurse' } });
  }

  it('saves each edit as a new version and restores an earlier one as a newer version', async () => {
    const draft = await newDraft();
    assert.equal(draft.version, 1);
    const v2 = await updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'Registered Nurse (RN)' } });
    const v3 = await updateDraft(db, ORG, mentee, draft.id, { version: 2, values: { 'local-title': 'Nurse' } });
    assert.equal(v2.version, 2);
    assert.equal(v3.version, 3);
    const versions = await listVersions(db, ORG, mentee, draft.id);
    assert.deepEqual(versions.map((v) => v.version), [3, 2, 1]);
    const restored = await restoreVersion(db, ORG, mentee, draft.id, { version: 3, restore: 2 });
    assert.equal(restored.version, 4);
    assert.deepEqual(restored.values, { 'local-title': 'Registered Nurse (RN)' });
    assert.equal((await listVersions(db, ORG, mentee, draft.id)).length, 4);
  });

  it('answers a save based on a stale version with a conflict holding the current draft', async () => {
    const draft = await newDraft();
    await updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'From the laptop' } });
    await assert.rejects(
      updateDraft(db, ORG, mentee, draft.id, { version: 1, values: { 'local-title': 'From the phone' } }),
      refused('conflict', undefined, (refusal) => {
        const current = refusal.extras.current as NarrativeDraft;
        assert.equal(current.version, 2);
        assert.deepEqual(current.values, { 'local-title': 'From the laptop' });
      }),
    );
    assert.equal((await listVersions(db, ORG, mentee, draft.id)).length, 2);
  });

  it('lets the owner and the mentors it is shared with read a draft, and nobody else', async () => {
    const draft = await newDraft();
    assert.equal((await getDraft(db, ORG, mentee, draft.id)).id, draft.id);
    await assert.rejects(getDraft(db, ORG, mentor, draft.id), refused('not-found'));
    await shareForReview(db, ORG, mentee, draft.id, { mentorIds: [mentor.userId] });
    assert.equal((await getDraft(db, ORG, mentor, draft.id)).id, draft.id);
    assert.equal((await listVersions(db, ORG, mentor, draft.id)).length, 1);
    assert.ok((await listDrafts(db, ORG, mentor)).some((d) => d.id === draft.id));
    await assert.rejects(getDraft(db, ORG, unshared, draft.id), refused('not-found'));
    await assert.rejects(getDraft(db, ORG, coordinator, draft.id), refused('not-found'));
    assert.ok(!(await listDrafts(db, ORG, unshared)).some((d) => d.id === draft.id));
    // The same user id presented under another organisation sees nothing either.
    await assert.rejects(getDraft(db, OTHER, outsider, draft.id), refused('not-found'));
    await assert.rejects(getDraft(db, OTHER, mentee, draft.id), refused('not-found'));
    await assert.rejects(listVersions(db, OTHER, mentee, draft.id), refused('not-found'));
  });

  it('refuses a draft on another organisation\'s template', async () => {
    const theirs = await createTemplate(db, ORG, coordinator, { ...ownTemplate, title: 'Private to org A' });
    await assert.rejects(createDraft(db, OTHER, { userId: 'u-outsider', role: 'mentee' }, { templateId: theirs.id }), refused('unprocessable'));
  });

  it('refuses to share with someone who is not a mentor of the organisation', async () => {
    const draft = await newDraft();
    await assert.rejects(shareForReview(db, ORG, mentee, draft.id, { mentorIds: [outsider.userId] }), refused('unprocessable'));
    await assert.rejects(updateDraft(db, ORG, mentor, draft.id, { version: 1, values: {} }), refused('not-found'));
  });

  it('runs a review: comment, suggest, accept, resolve, approve, with the status following', async () => {
    const draft = await newDraft();
    const shared = await shareForReview(db, ORG, mentee, draft.id, { mentorIds: [mentor.userId], message: 'Could you look at my summary?' });
    assert.equal(shared.status, 'in-review');
    assert.deepEqual(shared.sharedWith, [mentor.userId]);

    await assert.rejects(addReview(db, ORG, unshared, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Hi' }), refused('not-found'));
    await assert.rejects(addReview(db, ORG, mentee, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Hi' }), refused('forbidden'));

    const comment = await addReview(db, ORG, mentor, draft.id, { kind: 'comment', sectionId: 'profile', text: 'Say which units you worked in.' });
    assert.equal(comment.state, 'open');
    assert.equal((await getDraft(db, ORG, mentee, draft.id)).status, 'in-review');

    const suggestion = await addReview(db, ORG, mentor, draft.id, {
      kind: 'suggestion', sectionId: 'profile', fieldId: 'local-title', text: 'Use the Ontario title.', suggestedText: 'Registered Nurse (Ontario, RN applicant)',
    });
    assert.equal((await getDraft(db, ORG, mentee, draft.id)).status, 'changes-requested');
    await assert.rejects(addReview(db, ORG, mentor, draft.id, { kind: 'suggestion', sectionId: 'profile', fieldId: 'nope', text: '', suggestedText: 'x' }), refused('unprocessable'));

    await assert.rejects(acceptSuggestion(db, ORG, mentor, draft.id, suggestion.id, { version: 1 }), refused('forbidden'));
    const accepted = await acceptSuggestion(db, ORG, mentee, draft.id, suggestion.id, { version: 1 });
    assert.equal(accepted.review.state, 'accepted');
    assert.equal(accepted.draft.values['local-title'], 'Registered Nurse (Ontario, RN applicant)');
    assert.equal(accepted.draft.version, 2);
    assert.equal(accepted.draft.status, 'changes-requested', 'the comment is still open');
    await assert.rejects(acceptSuggestion(db, ORG, mentee, draft.id, suggestion.id, { version: 2 }), refused('unprocessable'));

    const resolved = await resolveReview(db, ORG, mentee, draft.id, comment.id);
    assert.equal(resolved.review.state, 'resolved');
    assert.equal(resolved.draft.status, 'in-review');

    await assert.rejects(approve(db, ORG, mentor, draft.id, { version: 1 }), refused('conflict'));
    const approved = await approve(db, ORG, mentor, draft.id, { version: 2, text: 'Ready to send.' });
    assert.equal(approved.draft.status, 'approved');
    assert.equal(approved.review.kind, 'approval');
    const reviews = await listReviews(db, ORG, mentee, draft.id);
    assert.deepEqual(reviews.map((r) => [r.kind, r.state]), [['comment', 'resolved'], ['suggestion', 'accepted'], ['approval', 'resolved']]);

    const edited = await updateDraft(db, ORG, mentee, draft.id, { version: 2, values: { ...approved.draft.values, achievement: 'Cut falls by 30%.' } });
    assert.equal(edited.status, 'in-review', 'an edit after approval goes back to review');
  });
});
