/**
 * `MilestoneOrder`: moving milestones within the plan, by the move buttons, by Alt+ArrowUp /
 * Alt+ArrowDown on a milestone, or by dragging. A move queues one reorder of the plan, is
 * announced, and keeps the focus on the moved milestone.
 */
import type { ReactiveController } from 'lit';
import { msg, str } from '@lit/localize';
import { moveItem } from '../../core/plan/order.js';
import type { TrackerHost } from './host.js';
import type { PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';
import { milestoneReorder } from './plan-writes.js';
import { planKey } from './server-plan.js';

export type Move = 'up' | 'down' | { to: number };

export class MilestoneOrder implements ReactiveController {
  /** The milestone being dragged. */
  dragged?: string;
  private focusAfterMove?: string;

  constructor(
    private readonly host: TrackerHost,
    private readonly session: PlanSession,
    private readonly sync: PlanSync,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const id = this.focusAfterMove;
    if (!id) return;
    this.focusAfterMove = undefined;
    this.host.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  }

  move(id: string, move: Move): void {
    const plan = this.sync.plan;
    if (!plan || !this.session.canEdit) return;
    const before = this.sync.milestones;
    const after = moveItem(before, id, move);
    const order = after.map((m) => m.id);
    if (order.join() === before.map((m) => m.id).join()) return;
    this.sync.enqueue(milestoneReorder(plan.id, order, this.sync.server.versionOf(planKey(plan.id)) ?? plan.version));
    const index = order.indexOf(id);
    const title = after[index].title;
    this.focusAfterMove = id;
    this.host.announce(msg(str`${title} moved to position ${index + 1} of ${order.length}.`, { id: 'plan.moved' }));
  }

  onKeydown(event: KeyboardEvent, id: string): void {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    if (event.target !== event.currentTarget) return;
    event.preventDefault();
    this.move(id, event.key === 'ArrowUp' ? 'up' : 'down');
  }

  onDragStart(event: DragEvent, id: string): void {
    this.dragged = id;
    event.dataTransfer?.setData('text/plain', id);
    this.host.requestUpdate();
  }

  onDragEnd(): void {
    this.dragged = undefined;
    this.host.requestUpdate();
  }

  onDrop(event: DragEvent, targetId: string): void {
    event.preventDefault();
    const id = this.dragged;
    this.dragged = undefined;
    this.host.requestUpdate();
    if (!id || id === targetId) return;
    this.move(id, { to: this.sync.milestones.findIndex((m) => m.id === targetId) });
  }
}
