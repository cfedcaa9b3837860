/**
 * The shape of catalogue data files (`catalogue/*.json`) and of an organisation's own file
 * over them: validated by the reference server when it loads them, by `npx bridgeway
 * catalogue validate`, and by `catalogue import`.
 */
import * as z from 'zod/mini';
import { Count, Id, IsoDateTime, LocalizedText } from './common.js';
import { Jurisdiction, Occupation, Pathway, Requirement } from './catalogue.js';

/** The requirements of one occupation in one jurisdiction, with the pathways that close them. */
export const CatalogueRequirementSet = z.object({
  occupationId: Id,
  jurisdictionId: Id,
  requirements: z.array(Requirement),
  pathways: z.array(Pathway),
});
export type CatalogueRequirementSet = z.infer<typeof CatalogueRequirementSet>;

/** One catalogue data file (`catalogue/nursing.json`): any of jurisdictions, occupations and requirement sets. */
export const CatalogueFile = z.object({
  jurisdictions: z.optional(z.array(Jurisdiction)),
  occupations: z.optional(z.array(Occupation)),
  requirementSets: z.optional(z.array(CatalogueRequirementSet)),
});
export type CatalogueFile = z.infer<typeof CatalogueFile>;

/** `catalogue/index.json`: the release and the files it is made of, in load order. */
export const CatalogueManifest = z.object({
  /** The release date (`2026-12-05`); the loader appends a hash of the files' content. */
  version: /* @__PURE__ */ z.string().check(z.regex(/^[0-9A-Za-z.-]{1,32}$/, 'must be a short version such as 2026-12-05')),
  illustrative: z.boolean(),
  note: z.optional(LocalizedText),
  files: /* @__PURE__ */ z.array(/* @__PURE__ */ z.string().check(z.regex(/^[a-z0-9-]+\.json$/, 'must be a file name such as nursing.json'))).check(z.minLength(1)),
});
export type CatalogueManifest = z.infer<typeof CatalogueManifest>;


/**
 * An organisation's own layer over the shared catalogue, in the same format as the data
 * files (so `catalogue import` and the API share one model), plus `hidden`: shared
 * requirements and pathways this organisation does not show. Its entries replace shared
 * ones with the same id for that organisation only: its own bridging course is a pathway,
 * a fee it knows better is the shared pathway restated with that fee.
 */
export const CatalogueLayerFile = z.extend(CatalogueFile, {
  hidden: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(1000))),
});
export type CatalogueLayerFile = z.infer<typeof CatalogueLayerFile>;

/** A change to an organisation's layer: entries to add or replace and hide, and `withdraw`: its own entries or hidden marks to take back. */
export const CatalogueLayerChange = z.extend(CatalogueLayerFile, {
  withdraw: z.optional(/* @__PURE__ */ z.array(Id).check(z.maxLength(1000))),
});
export type CatalogueLayerChange = z.infer<typeof CatalogueLayerChange>;

/** An organisation's layer as it is now: what `GET /v1/catalogue/layer` answers. */
export const CatalogueLayer = z.object({
  organisation: z.object({ id: Id, name: z.string() }),
  /** 0 before the first change; each change adds one. Analyses name it in `catalogueVersion`. */
  version: Count,
  updatedAt: z.nullable(IsoDateTime),
  layer: CatalogueLayerFile,
});
export type CatalogueLayer = z.infer<typeof CatalogueLayer>;
