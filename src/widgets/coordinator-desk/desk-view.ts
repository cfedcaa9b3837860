/**
 * The desk's view, loaded through LazyPart at connect, alongside the first pages of its lists
 * (never after them): the six sections and their rows, what the coordinator does at the desk
 * (desk-actions.ts) and the four watched lists (watch-lists.ts). The element's first render is
 * its title and loading state; the desk shows whole once the pages and this code are here.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { badgeStyles, cardStyles, fieldStyles, joinStyles, listStyles, mutedStyles, statusStyles, toolbarStyles, visuallyHiddenStyles } from '../../ui/blocks.js';
import type { DeskActions } from './desk-actions.js';
import type { DeskLists } from './desk-lists.js';
import { deskViewStyles } from './desk-view.styles.js';
import { applicationRow, queueRow } from './decision-rows.js';
import type { DeskFormat } from './host.js';
import { renderSection } from './list-section.js';

export { DeskActions } from './desk-actions.js';
export { WatchLists } from './watch-lists.js';

/** The lists' blocks and styles, adopted when the part first renders (src/ui/lazy.ts). */
export const partStyles = joinStyles(visuallyHiddenStyles, fieldStyles, badgeStyles, cardStyles, toolbarStyles, statusStyles, mutedStyles, listStyles, deskViewStyles);

/**
 * The live region where the desk says what an action did: only the actions announce, so it comes
 * with them (and its styles do), long before anything is said in it.
 */
export function renderLiveRegion(announcement: string): TemplateResult {
  return html`<div class="bw-visually-hidden" role="status" aria-live="polite">${announcement}</div>`;
}

function renderDialog(actions: DeskActions, f: DeskFormat) {
  const dialog = actions.dialog;
  if (!dialog) return nothing;
  return html`<div class="dialog-slot">
    ${actions.dialogPart.render(
      (module) => module.renderDecisionDialog(dialog, f, { onSubmit: actions.submitDialog, onClose: actions.closeDialog }),
      msg('Opening…', { id: 'desk.opening' }),
    )}
  </div>`;
}

/** The two lists the coordinator decides on, the decision dialog when open, and the four watched lists. */
export function renderDesk(lists: DeskLists, actions: DeskActions, f: DeskFormat): TemplateResult {
  const { applications, queue } = lists;
  const status = (name: string) => actions.status.get(name) ?? '';
  const rowState = (id: string) => ({ busy: actions.busy.has(id), failure: actions.failures.get(id) });
  return html`${renderSection({
      list: applications,
      title: msg('Mentors waiting for approval', { id: 'desk.applications.title' }),
      hint: msg('Approved mentors appear in search once their training is complete.', { id: 'desk.applications.hint' }),
      empty: msg('No mentor is waiting for approval.', { id: 'desk.applications.empty' }),
      status: status(applications.name),
      row: (item) => applicationRow(item, rowState(item.mentor.id), f, () => void actions.approveMentor(item)),
    })}
    ${renderSection({
      list: queue,
      title: msg('Requests waiting for approval', { id: 'desk.queue.title' }),
      hint: msg('With coordinator approval on, no mentor sees a request until you pass it on.', { id: 'desk.queue.hint' }),
      empty: msg('No request is waiting for you.', { id: 'desk.queue.empty' }),
      status: status(queue.name),
      row: (item) =>
        queueRow(item, rowState(item.request.id), f, {
          onApprove: () => void actions.approveRequest(item),
          onPropose: () => void actions.openDialog('propose', item),
          onDecline: () => void actions.openDialog('decline', item),
        }),
    })}
    ${renderDialog(actions, f)}
    ${lists.watched?.render(f) ?? nothing}`;
}
