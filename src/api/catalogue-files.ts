/**
 * The shape of catalogue data files (`catalogue/*.json`) and of an organisation's own file
 * over them: validated by the reference server when it loads them, by `npx bridgeway
 * catalogue validate`, and by `catalogue import`.
 */
import * as z from 'zod/mini';
import { Id, LocalizedText } from './common.js';
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

