/**
 * The competencies the target occupation asks for, read from the catalogue for the coverage
 * view (loaded on demand with the draft tools). A server without the catalogue leaves the
 * coverage out.
 */
import type { ReactiveController } from 'lit';
import type { Occupation } from '../../api/catalogue.js';
import { getOccupation } from '../../generated/operations.js';
import type { NarrativeHost } from './host.js';

export type OccupationCompetency = Occupation['competencies'][number];

export interface OccupationHost extends NarrativeHost {
  /** The target occupation's id, when the element knows it. */
  readonly targetOccupation?: string;
}

export class OccupationCompetencies implements ReactiveController {
  /** The target occupation's competencies; undefined until read, or when not served. */
  asked?: OccupationCompetency[];
  private readFor?: string;

  constructor(private readonly host: OccupationHost) {
    host.addController(this);
    this.hostUpdated();
  }

  hostUpdated(): void {
    const id = this.host.targetOccupation;
    if (!id || id === this.readFor) return;
    this.readFor = id;
    void this.read(id);
  }

  private async read(id: string): Promise<void> {
    let asked: OccupationCompetency[] | undefined;
    try {
      asked = (await this.host.client.call(getOccupation, { params: { id } })).competencies;
    } catch {
      asked = undefined;
    }
    if (this.readFor !== id) return;
    this.asked = asked;
    this.host.requestUpdate();
  }
}
