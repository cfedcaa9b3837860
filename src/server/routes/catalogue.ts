/**
 * The catalogue (jurisdictions, occupations, requirement sets) and gap analyses.
 *
 * A requirement set is answered whenever the catalogue knows how the occupation is
 * regulated in the jurisdiction: for an unregulated occupation that is the regulation
 * info saying so (`regulated: false`) with the advisory set (employers' expectations,
 * possibly empty); where the regulator's requirements are not catalogued yet the list
 * is empty and `regulation.requirementsCatalogued` is false. Only a jurisdiction the
 * catalogue says nothing about for that occupation is a 404. A gap analysis against a
 * regulated occupation whose requirements are not catalogued is refused (422): an empty
 * list would read as "ready".
 */
import { LocaleTag, pickText } from '../../api/common.js';
import { Jurisdiction, Occupation, OccupationSummary, RequirementSet } from '../../api/catalogue.js';
import { GapAnalysis, GapAnalysisRequest, Profile } from '../../api/gap.js';
import { CatalogueLayer, CatalogueLayerChange } from '../../api/catalogue-files.js';
import { changeCatalogueLayer, getCatalogueLayer, getOccupation, getRequirementSet, listJurisdictions, searchOccupations } from '../../api/operations/catalogue.js';
import { createGapAnalysis, getGapAnalysis, listGapAnalyses } from '../../api/operations/gap.js';
import { analyseGap } from '../../core/gap/analyse.js';
import { rulesChangedSince } from '../../core/gap/provenance.js';
import { Refusal } from '../refusal.js';
import { component, route, type RouteModule } from '../route.js';
import { checkLayerChange } from '../seed/catalogue/layer.js';
import { seedCatalogue } from '../seed/catalogue/seed.js';
import * as store from '../store/catalogue.js';
import { changeLayer, readLayer } from '../store/catalogue-layer.js';
import { isoDay } from '../wire.js';

component('Jurisdiction', Jurisdiction);
component('Occupation', Occupation);
component('OccupationSummary', OccupationSummary);
component('RequirementSet', RequirementSet);
component('Profile', Profile);
component('GapAnalysisRequest', GapAnalysisRequest);
component('GapAnalysis', GapAnalysis);
component('CatalogueLayer', CatalogueLayer);
component('CatalogueLayerChange', CatalogueLayerChange);

/** The language of `Accept-Language` (first tag), when the query names none. */
function requestLocale(request: Request): string | undefined {
  const header = request.headers.get('accept-language');
  const first = header?.split(',')[0]?.split(';')[0]?.trim();
  return first && LocaleTag.safeParse(first).success ? first : undefined;
}

export const catalogueRoutes: RouteModule = {
  name: 'catalogue',
  tags: {
    catalogue: 'The public catalogue: jurisdictions, occupations and their requirement sets.',
    gap: 'Credential gap analyses: what a profile still needs for an occupation in a jurisdiction.',
  },
  seeders: [{ name: 'catalogue', run: async (db) => void (await seedCatalogue(db)) }],
  routes: [
    route(listJurisdictions, {
      summary: 'List jurisdictions',
      tags: ['catalogue'],
      auth: 'key',
      handler: async ({ db, principal }) => ({ items: await store.listJurisdictions(db, principal.organisationId) }),
    }),
    route(searchOccupations, {
      summary: 'Search occupations by name and synonym',
      description:
        'Matches names and synonyms in the language of `locale` (or Accept-Language), falling back to English; exact matches first, then prefixes, then matches inside a word. Without `q` it lists every occupation.',
      tags: ['catalogue'],
      auth: 'key',
      handler: async ({ db, principal, query, request }) => store.searchOccupations(db, principal.organisationId, { ...query, locale: query.locale ?? requestLocale(request) }),
    }),
    route(getOccupation, {
      summary: 'Read one occupation with its regulation per jurisdiction',
      tags: ['catalogue'],
      auth: 'key',
      handler: async ({ db, principal, params }) => store.getOccupation(db, principal.organisationId, params.id),
    }),
    route(getRequirementSet, {
      summary: 'The requirements of an occupation in a jurisdiction, with their pathways',
      description:
        'For an occupation that is not regulated in the jurisdiction the answer is 200 with `regulation.regulated: false` and the advisory requirements (what employers expect), possibly none. 404 names the unknown occupation or jurisdiction, or says the catalogue has no word on the occupation there.',
      tags: ['catalogue'],
      auth: 'key',
      handler: async ({ db, principal, params, query }) => store.getRequirementSet(db, principal.organisationId, params.id, query.jurisdiction),
    }),
    route(getCatalogueLayer, {
      summary: "Read your organisation's own catalogue layer",
      description:
        'The entries your organisation added or restated over the shared catalogue (in the format of the catalogue data files), the shared entries it hides, and its version (0 before the first change). A secret key, or a coordinator token.',
      tags: ['catalogue'],
      auth: 'secret',
      roles: ['coordinator'],
      handler: async ({ db, principal }) => readLayer(db, principal.organisationId),
    }),
    route(changeCatalogueLayer, {
      summary: "Change your organisation's own catalogue layer",
      description:
        "Adds or replaces entries (your own bridging course as a pathway; a shared pathway restated with the fee you know), hides shared requirements or pathways (`hidden`), or withdraws your own entries and hidden marks (`withdraw`). Seen in your organisation's requirement sets and gap analyses only, each result naming your organisation in `provenance.addedBy`. Each change is a new version, named in `catalogueVersion` (`...;org:v3`). The same format as `npx bridgeway catalogue import`. A secret key, or a coordinator token.",
      tags: ['catalogue'],
      auth: 'secret',
      roles: ['coordinator'],
      refusals: {
        422: 'The change does not fit the catalogue (`unprocessable`): `errors` names each entry and field (a pathway closing an unknown requirement, an unverified requirement without a note, a hidden id the catalogue lacks...), or it changes nothing.',
      },
      handler: async ({ db, principal, body }) =>
        changeLayer(db, principal.organisationId, body, { source: 'api', changedBy: principal.user?.id ?? principal.keyId ?? null, check: checkLayerChange }),
    }),
    route(createGapAnalysis, {
      summary: 'Analyse a profile against an occupation in a jurisdiction',
      description:
        'Answers the per-requirement statuses, the pathways, the critical path and a readiness summary. With `save: true` (needs a user token) the analysis is kept for that user and answered with its `id`. 422 when the occupation is regulated there but its requirements are not catalogued yet.',
      tags: ['gap'],
      auth: 'key',
      // Only a saved analysis is kept: every visitor of a site analyses under its publishable key.
      writesWhen: (body) => body.save === true,
      handler: async ({ db, principal, actor, body }) => {
        if (body.save && !actor) {
          throw Refusal.forbidden('Saving an analysis keeps it for one person: send a user token (ut_...) from your backend, or leave out "save".', {
            errors: [{ path: 'save', message: 'needs a user token' }],
          });
        }
        const set = await store.getRequirementSet(db, principal.organisationId, body.occupationId, body.jurisdictionId);
        if (set.regulation.regulated && set.requirements.length === 0) {
          const body_ = set.regulation.body;
          throw Refusal.unprocessable(
            `"${body.occupationId}" is regulated in "${body.jurisdictionId}", but the catalogue does not list its requirements yet.${body_ ? ` Ask ${pickText(body_.name, 'en')}: ${body_.link.url}` : ''}`,
          );
        }
        const asOf = body.asOf ?? isoDay();
        const analysis = analyseGap(body.profile, { occupationId: body.occupationId, jurisdictionId: body.jurisdictionId }, set, asOf);
        if (body.save && actor) return store.saveGapAnalysis(db, actor.organisationId, actor.userId, { ...body, asOf }, analysis);
        return analysis;
      },
    }),
    route(listGapAnalyses, {
      summary: "The caller's own saved gap analyses, newest first",
      tags: ['gap'],
      auth: 'user',
      handler: async ({ db, actor, query }) => store.listGapAnalyses(db, actor.organisationId, actor.userId, query),
    }),
    route(getGapAnalysis, {
      summary: 'Read one of your saved gap analyses',
      description:
        '`rulesChanged` says whether the rules behind the analysis changed since it was made (a requirement whose criteria or closing pathways differ now, one added, one removed), judged against the catalogue in force for the caller\'s organisation.',
      tags: ['gap'],
      auth: 'user',
      handler: async ({ db, principal, actor, params }) => {
        const saved = await store.getGapAnalysis(db, actor.organisationId, actor.userId, params.id);
        const { occupation, jurisdiction } = saved.target;
        const current = await store.getRequirementSet(db, principal.organisationId, occupation.id, jurisdiction.id).catch((error: unknown) => {
          // The catalogue no longer knows the target: every requirement of the analysis is gone.
          if (error instanceof Refusal && error.kind === 'not-found') return undefined;
          throw error;
        });
        return { ...saved, rulesChanged: current ? rulesChangedSince(saved, current) : { changed: true, changedRequirements: [], addedRequirements: [], removedRequirements: saved.results.map((r) => r.requirementId) } };
      },
    }),
  ],
};
