/** Operations of the catalogue: jurisdictions, occupations and their requirement sets. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Id } from '../common.js';
import { JurisdictionListResponse, OccupationResponse, OccupationSearchQuery, OccupationSearchResponse, RequirementSetQuery, RequirementSetResponse } from '../catalogue.js';

export const OccupationParams = z.object({ id: Id });
export type OccupationParams = z.infer<typeof OccupationParams>;

export const listJurisdictions = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/jurisdictions', response: JurisdictionListResponse });

/** Occupations by name and synonym in a locale; every occupation without `q`. Paged with `cursor`. */
export const searchOccupations = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/occupations', query: OccupationSearchQuery, response: OccupationSearchResponse });

export const getOccupation = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/occupations/:id', params: OccupationParams, response: OccupationResponse });

/** The requirements of an occupation in a jurisdiction (`?jurisdiction=`), with their pathways. */
export const getRequirementSet = /* @__PURE__ */ defineOperation({
  method: 'GET',
  path: '/v1/occupations/:id/requirements',
  params: OccupationParams,
  query: RequirementSetQuery,
  response: RequirementSetResponse,
});

export const catalogueOperations = [listJurisdictions, searchOccupations, getOccupation, getRequirementSet];
