/** Operations of the catalogue: jurisdictions, occupations and their requirement sets. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { CATALOGUE_FRESH_MS, CATALOGUE_READS } from './changes.js';
import { Id } from '../common.js';
import { CatalogueLayer, CatalogueLayerChange } from '../catalogue-files.js';
import { JurisdictionListResponse, OccupationResponse, OccupationSearchQuery, OccupationSearchResponse, RequirementSetQuery, RequirementSetResponse } from '../catalogue.js';

export const OccupationParams = z.object({ id: Id });
export type OccupationParams = z.infer<typeof OccupationParams>;

export const listJurisdictions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/jurisdictions', response: JurisdictionListResponse, freshForMs: CATALOGUE_FRESH_MS });

/** Occupations by name and synonym in a locale; every occupation without `q`. Paged with `cursor`. */
export const searchOccupations = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/occupations', query: OccupationSearchQuery, response: OccupationSearchResponse, freshForMs: CATALOGUE_FRESH_MS });

export const getOccupation = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/occupations/:id', params: OccupationParams, response: OccupationResponse, freshForMs: CATALOGUE_FRESH_MS });

/** The requirements of an occupation in a jurisdiction (`?jurisdiction=`), with their pathways. */
export const getRequirementSet = /* @__PURE__ */ defineOperation({
  method: 'GET',
  path: '/v1/occupations/:id/requirements',
  params: OccupationParams,
  query: RequirementSetQuery,
  response: RequirementSetResponse,
  freshForMs: CATALOGUE_FRESH_MS,
});

/** The caller's organisation's own layer over the shared catalogue, with its version. */
export const getCatalogueLayer = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/catalogue/layer', response: CatalogueLayer });

/** Changes the organisation's layer (add or replace entries, hide shared ones, withdraw its own): one new version. */
export const changeCatalogueLayer = /* @__PURE__ */ defineOperation({
  changes: CATALOGUE_READS,
  method: 'POST',
  path: '/v1/catalogue/layer',
  body: CatalogueLayerChange,
  response: CatalogueLayer,
  idempotent: true,
});

export const catalogueOperations = [listJurisdictions, searchOccupations, getOccupation, getRequirementSet, getCatalogueLayer, changeCatalogueLayer];
