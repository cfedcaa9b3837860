/**
 * `MilestoneOrder`: moving milestones within the plan, by the move buttons, by Alt+ArrowUp /
 * Alt+ArrowDown on a milestone, or by dragging. The keys and the drag are handled here, at
 * once; the move itself (one queued reorder of the plan, announced) is `PlanEdits.move`, whose
 * code comes with the panels. The focus stays on the moved milestone.
 */
import type { ReactiveController } from 'lit';
import type { TrackerHost } from './host.js';

export type Move = 'up' | 'down' | { to: number };

export class MilestoneOrder implements ReactiveController {
  /** The milestone being dragged. */
  dragged?: string;
  private focusAfterMove?: string;

  constructor(
    private readonly host: TrackerHost,
    /** Queues the move; resolves true when the milestone moved. */
    private readonly queueMove: (id: string, move: Move) => Promise<boolean>,
    /** The position a milestone takes when dropped on another: that one's. */
    private readonly positionOf: (id: string) => number,
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
    void this.queueMove(id, move).then((moved) => {
      if (!moved) return;
      this.focusAfterMove = id;
      this.host.requestUpdate();
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
    this.move(id, { to: this.positionOf(targetId) });
  }
}
