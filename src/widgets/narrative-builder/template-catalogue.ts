/**
 * What the builder reads from the catalogue: the narrative templates of the active locale
 * (with the person's drafts requested beside them, see draft-opening.ts) and the
 * competencies the target occupation asks for.
 */
import type { ReactiveController } from 'lit';
import * as z from 'zod/mini';
import type { BridgewayClient } from '../../api/client.js';
import { LocalizedText } from '../../api/common.js';
import { NarrativeTemplatePage } from '../../api/narrative.js';
import type { BridgewayConfig } from '../../ui/config.js';
import { Loader } from '../../ui/loader.js';
import type { SupportedLocale } from '../../ui/localization.js';
import { fetchOpening, type Opening } from './draft-opening.js';
import type { NarrativeHost } from './host.js';

/** The fields of the occupation the widget reads; the rest of the catalogue entry is not its business. */
const OccupationCompetencies = z.looseObject({ id: z.string(), competencies: z.array(z.object({ id: z.string(), label: LocalizedText })) });
export type OccupationCompetency = z.infer<typeof OccupationCompetencies>['competencies'][number];

/** The templates page, with what the first open needs fetched beside it. */
export type TemplateShelf = NarrativeTemplatePage & { opening: Opening };

export interface CatalogueHost extends NarrativeHost {
  readonly config: BridgewayConfig;
  /** The draft the element opens, if any: its reads start with the templates'. */
  readonly draftId?: string;
  /** The target occupation's id, when the element knows it. */
  readonly targetOccupation?: string;
}

export class TemplateCatalogue implements ReactiveController {
  readonly templates: Loader<TemplateShelf, readonly [BridgewayClient, SupportedLocale]>;
  /** The target occupation's competencies; undefined when unknown or not served. */
  occupationCompetencies?: OccupationCompetency[];
  private fetchedOccupation?: string;

  constructor(private readonly host: CatalogueHost) {
    this.templates = new Loader(host, {
      args: () => [host.client, host.resolvedLocale] as const,
      load: async ([client, locale], signal): Promise<TemplateShelf> => {
        const draftId = host.draftId;
        const user = host.hasUser;
        const drafts = fetchOpening(client, user, draftId, signal);
        const page = await client.request({ path: '/narrative-templates', query: { locale }, response: NarrativeTemplatePage, signal });
        return { ...page, opening: { draftId, user, result: await drafts } };
      },
    });
    host.addController(this);
  }

  hostUpdated(): void {
    const occupation = this.host.targetOccupation;
    if (occupation && occupation !== this.fetchedOccupation && this.host.config.endpoint) {
      this.fetchedOccupation = occupation;
      void this.loadOccupation(occupation);
    }
  }

  private async loadOccupation(id: string): Promise<void> {
    try {
      const occupation = await this.host.client.request({ path: `/occupations/${encodeURIComponent(id)}`, response: OccupationCompetencies });
      this.occupationCompetencies = occupation.competencies;
    } catch {
      // The catalogue may not be there (another server); coverage is then left out.
      this.occupationCompetencies = undefined;
    }
    this.host.requestUpdate();
  }
}
