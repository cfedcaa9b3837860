/**
 * `MilestoneOrder`: moving milestones within the plan, by the move buttons, by Alt+ArrowUp /
 * Alt+ArrowDown on a milestone, or by dragging. A move queues one reorder of the plan, is
 * announced, and keeps the focus on the moved milestone.
 */
import type { ReactiveController } from 'lit';
import type { EditCode } from './edit-code.js';
import type { TrackerHost } from './host.js';
import type { PlanSession } from './plan-session.js';
import type { PlanSync } from './plan-sync.js';

export type Move = 'up' | 'down' | { to: number };

export class MilestoneOrder implements ReactiveController {
  /** The milestone being dragged. */
  dragged?: string;
  private focusAfterMove?: string;

  constructor(
    readonly host: TrackerHost,
    private readonly session: PlanSession,
    readonly sync: PlanSync,
    /** The edit-write code (moving and queuing), loaded at the first edit. */
    private readonly code: EditCode,
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
    if (!this.sync.plan || !this.session.canEdit) return;
    this.code.run((writes) => {
      const plan = this.sync.plan;
      // The moved milestone keeps the focus.
      if (plan && writes.move(this, plan, id, move)) this.focusAfterMove = id;
    });
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
