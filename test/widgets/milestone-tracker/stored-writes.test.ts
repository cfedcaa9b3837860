/**
 * Writes queued in a browser by an earlier version of the library: stored in localStorage as
 * `{ method, path, body, idempotencyKey-as-key, ... }`, they must still be sent after an update.
 * The stored text below is written by hand in the format those versions wrote, not by today's code.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { Milestone, PlanDetail } from '../../../src/api/plan.js';
import { api, items, plan, saved, setupPlan, tracker } from './helpers.js';

afterEach(() => localStorage.clear());

describe('bw-milestone-tracker: writes stored by an earlier version', () => {
  it('replays every kind of stored write once, in order, with ids of local milestones replaced', async () => {
    const s = await setupPlan();
    const userId: string = (await api(s.mentee, '/me')).user.id;
    const [m0, m1, m2] = s.milestones;
    const now = '2026-01-10T09:00:00.000Z';
    const writes = [
      // Stored while it was being sent: it goes again (its key makes that safe).
      { key: 'old-status', entity: `milestone:${m0.id}`, kind: 'update', method: 'PATCH', path: `/milestones/${m0.id}`, body: { status: 'in-progress' }, baseVersion: 1, optimistic: { status: 'in-progress' }, state: 'sending', attempts: 1 },
      { key: 'old-reorder', entity: `plan:${s.planId}`, kind: 'update', method: 'POST', path: `/plans/${s.planId}/reorder`, body: { order: [m1.id, m0.id, m2.id] }, baseVersion: 1, optimistic: { order: [m1.id, m0.id, m2.id] }, state: 'pending', attempts: 2, lastError: 'Could not reach the server.', retryAt: 1 },
      {
        key: 'old-create', entity: 'milestone:local_abc', after: [`plan:${s.planId}`], kind: 'create', method: 'POST', path: `/plans/${s.planId}/milestones`,
        body: { title: 'Jurisprudence exam', kind: 'exam-sitting' }, localId: 'local_abc',
        optimistic: { id: 'local_abc', planId: s.planId, title: 'Jurisprudence exam', kind: 'exam-sitting', dueDate: null, status: 'planned', evidence: [], position: 3, dependsOn: [], version: 1, createdAt: now, updatedAt: now },
        state: 'pending', attempts: 0,
      },
      { key: 'old-comment', entity: 'comment:local_c1', after: ['milestone:local_abc'], kind: 'create', method: 'POST', path: '/milestones/local_abc/comments', body: { text: 'Book it after NCLEX' }, localId: 'local_c1', optimistic: { id: 'local_c1', milestoneId: 'local_abc', text: 'Book it after NCLEX' }, state: 'pending', attempts: 0 },
      { key: 'old-recalibration', entity: `milestone:${m2.id}`, kind: 'update', method: 'POST', path: `/milestones/${m2.id}/recalibrations`, body: { toDate: '2027-09-01', reason: 'Exam sitting was full' }, baseVersion: 1, optimistic: { dueDate: '2027-09-01' }, state: 'pending', attempts: 0 },
      { key: 'old-goal', entity: `plan:${s.planId}`, kind: 'update', method: 'POST', path: `/plans/${s.planId}/recalibrations`, body: { toDate: '2028-12-31', reason: 'Later exam' }, baseVersion: 1, optimistic: { goal: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', targetDate: '2028-12-31' } }, state: 'pending', attempts: 0 },
      {
        key: 'old-check-in', entity: 'checkin:local_k1', after: [`plan:${s.planId}`], kind: 'create', method: 'POST', path: `/plans/${s.planId}/check-ins`,
        body: { date: '2026-01-09', participants: [userId], summary: 'Went through the NNAS checklist', confidence: 4, nextSteps: 'Book IELTS' }, localId: 'local_k1',
        optimistic: { id: 'local_k1', date: '2026-01-09', participants: [userId], summary: 'Went through the NNAS checklist', confidence: 4, nextSteps: 'Book IELTS' },
        state: 'pending', attempts: 0,
      },
      {
        key: 'old-from-gap', entity: `plan:${s.planId}`, kind: 'update', method: 'POST', path: '/plans/from-gap',
        body: { occupationId: 'registered-nurse', jurisdictionId: 'ca-on', items: [{ title: 'Bridging programme', kind: 'course', source: { requirementId: 'ca-on-rn-education', pathwayId: 'ca-on-rn-bridging' } }] },
        state: 'pending', attempts: 0,
      },
    ];
    localStorage.setItem(`bw-plan-queue:${location.origin}:${userId}`, JSON.stringify({ format: 'bw-write-queue', v: 1, writes, settled: ['an-older-key'] }));

    const savedEvents: { key: string; path: string }[] = [];
    const errors: string[] = [];
    const onSaved = (event: HTMLElementEventMap['bw-plan-saved']) => savedEvents.push(event.detail);
    const onError = (event: HTMLElementEventMap['bw-error']) => errors.push(event.detail.message);
    document.body.addEventListener('bw-plan-saved', onSaved);
    document.body.addEventListener('bw-error', onError);
    const el = await tracker(s.mentee);
    await saved(el);
    document.body.removeEventListener('bw-plan-saved', onSaved);
    document.body.removeEventListener('bw-error', onError);

    expect(errors).to.deep.equal([]);
    expect(savedEvents.map((e) => e.key)).to.have.members(writes.map((w) => w.key));
    const after = await plan(s);
    const byTitle = new Map(after.milestones.map((m) => [m.title, m]));
    expect(after.milestones.map((m) => m.title)).to.deep.equal(['IELTS Academic', 'NNAS application', 'NCLEX-RN', 'Jurisprudence exam', 'Bridging programme']);
    expect(byTitle.get('NNAS application')!.status).to.equal('in-progress');
    expect(byTitle.get('NCLEX-RN')!.dueDate).to.equal('2027-09-01');
    expect(after.plan.goal.targetDate).to.equal('2028-12-31');
    const created = byTitle.get('Jurisprudence exam') as Milestone;
    const comments = await api(s.mentee, `/milestones/${created.id}/comments`);
    expect(comments.items.map((c: { text: string }) => c.text)).to.deep.equal(['Book it after NCLEX']);
    const checkIns = await api(s.mentee, `/plans/${s.planId}/check-ins`);
    expect(checkIns.items.map((c: { summary: string }) => c.summary)).to.deep.equal(['Went through the NNAS checklist']);
    const history = await api<{ items: { reason: string }[] }>(s.mentee, `/plans/${s.planId}/history`);
    expect(history.items.map((h) => h.reason)).to.have.members(['Exam sitting was full', 'Later exam']);

    // What the page shows is the server's answer, each milestone once.
    await waitUntil(() => items(el).length === 5, 'the list shows the saved plan');
    expect(items(el).map((li) => li.querySelector('.title')!.textContent)).to.deep.equal(after.milestones.map((m) => m.title));
    expect(localStorage.getItem(`bw-plan-queue:${location.origin}:${userId}`)).to.equal(null);
  });

  it('replays a stored write again after a reload when the first answer was lost, and never doubles it', async () => {
    const s = await setupPlan();
    const userId: string = (await api(s.mentee, '/me')).user.id;
    const write = {
      key: 'old-lost-answer', entity: 'milestone:local_lost', after: [`plan:${s.planId}`], kind: 'create', method: 'POST', path: `/plans/${s.planId}/milestones`,
      body: { title: 'Language benchmark', kind: 'language-test' }, localId: 'local_lost', state: 'pending', attempts: 0,
    };
    localStorage.setItem(`bw-plan-queue:${location.origin}:${userId}`, JSON.stringify({ format: 'bw-write-queue', v: 1, writes: [write], settled: [] }));
    // The server applies it but the answer is lost.
    const lossy = async (input: string, init: RequestInit) => {
      const response = await fetch(input, init);
      if (init.method === 'POST') throw new TypeError('connection dropped');
      return response;
    };
    const el = await tracker(s.mentee, { fetch: lossy });
    await waitUntil(() => el.pendingWrites[0]?.attempts >= 1, 'the write did not fail', { timeout: 10000 });
    el.remove();
    const again = await tracker(s.mentee);
    await saved(again);
    const titles = (await api<PlanDetail>(s.mentee, `/plans/${s.planId}`)).milestones.map((m) => m.title);
    expect(titles.filter((t) => t === 'Language benchmark')).to.have.length(1);
  });
});

describe('bw-milestone-tracker: events', () => {
  it('fires bw-plan-saved and bw-plan-conflict with the write\'s key and path', async () => {
    const s = await setupPlan();
    const el = await tracker(s.mentee);
    const seen: [string, string, string][] = [];
    el.addEventListener('bw-plan-saved', (event) => seen.push(['saved', event.detail.key, event.detail.path]));
    el.addEventListener('bw-plan-conflict', (event) => seen.push(['conflict', event.detail.key, event.detail.path]));
    const select = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[1].id}`)!;
    select.value = 'in-progress';
    select.dispatchEvent(new Event('change'));
    await saved(el);
    await api(s.mentee, `/milestones/${s.milestones[0].id}`, { method: 'PATCH', body: { version: 1, status: 'blocked' } });
    const other = el.shadowRoot!.querySelector<HTMLSelectElement>(`#status-${s.milestones[0].id}`)!;
    other.value = 'done';
    other.dispatchEvent(new Event('change'));
    await waitUntil(() => seen.length === 2, 'no conflict event', { timeout: 10000 });
    expect(seen.map(([type, , path]) => [type, path])).to.deep.equal([
      ['saved', `/milestones/${s.milestones[1].id}`],
      ['conflict', `/milestones/${s.milestones[0].id}`],
    ]);
    expect(seen[0][1]).to.be.a('string').and.not.equal(seen[1][1]);
  });
});
