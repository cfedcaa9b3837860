/**
 * Where the mentor stands, said plainly: the approval (pending, approved, not approved with
 * the coordinator's note), and what they still lack to appear in search (approval, the
 * required training), or that they appear, or why not for now (a pause, no free place).
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { MentorApproval, OwnMentorApplication } from '../../api/mentor-onboarding.js';
import { renderBadge, type BadgeTone } from '../../ui/blocks.js';
import type { ProfileFormat } from './host.js';

export function approvalLabel(approval: MentorApproval): string {
  switch (approval) {
    case 'approved':
      return msg('Approved', { id: 'mentorProfile.approval.approved' });
    case 'rejected':
      return msg('Not approved', { id: 'mentorProfile.approval.rejected' });
    default:
      return msg('Waiting for approval', { id: 'mentorProfile.approval.pending' });
  }
}

export const approvalTone = (approval: MentorApproval): BadgeTone => (approval === 'approved' ? 'success' : approval === 'rejected' ? 'danger' : 'warning');

/** What the mentor still needs before search offers them, in the order they usually come. */
export function stillNeeded(application: OwnMentorApplication): string[] {
  const needs: string[] = [];
  if (application.approval !== 'approved') needs.push(msg("A coordinator's approval of your profile", { id: 'mentorProfile.needApproval' }));
  if (!application.trainingComplete) needs.push(msg('The required training (below)', { id: 'mentorProfile.needTraining' }));
  return needs;
}

export function renderStanding(application: OwnMentorApplication | null, f: ProfileFormat): TemplateResult {
  if (!application) {
    return html`<div class="standing bw-card bw-card--inset" part="standing">
      <p>${msg('You have no mentor profile yet. Fill in the form below: a coordinator reviews it, you complete the required training, and then mentees can find you.', { id: 'mentorProfile.noProfile' })}</p>
    </div>`;
  }
  const needs = stillNeeded(application);
  const m = application.mentor;
  return html`<div class="standing bw-card bw-card--inset" part="standing">
    <p class="standing__status">${msg('Status:', { id: 'mentorProfile.status' })} ${renderBadge(approvalTone(application.approval), approvalLabel(application.approval))}</p>
    ${application.approvalNote ? html`<p class="note">${msg(str`Your coordinator wrote: ${application.approvalNote}`, { id: 'mentorProfile.approvalNote' })}</p>` : nothing}
    ${application.approval === 'rejected' ? html`<p>${msg('Edit your profile and save it to send it for review again.', { id: 'mentorProfile.resubmit' })}</p>` : nothing}
    ${needs.length
      ? html`<div class="needs" data-needs=${needs.length}>
          <p>${msg('To appear in search, you still need:', { id: 'mentorProfile.stillNeed' })}</p>
          <ul>${needs.map((need) => html`<li>${need}</li>`)}</ul>
        </div>`
      : html`<p class="needs" data-needs="0">
          ${m.status === 'paused'
            ? application.pausedUntil
              ? msg(str`You are approved and trained. New requests are paused until ${f.date(application.pausedUntil)}.`, { id: 'mentorProfile.pausedUntilDate' })
              : msg('You are approved and trained. New requests are paused.', { id: 'mentorProfile.paused' })
            : m.spotsLeft === 0
              ? msg('You are approved and trained, but every place is taken, so search does not offer you for now.', { id: 'mentorProfile.full' })
              : msg('You appear in search: mentees can find you and ask for an introduction.', { id: 'mentorProfile.inSearch' })}
        </p>`}
  </div>`;
}
