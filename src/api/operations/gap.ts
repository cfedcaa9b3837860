/** Operations of gap analyses: analyse a profile against a target, and the caller's saved analyses. */
import * as z from 'zod/mini';
import { defineOperation } from '../operation.js';
import { Id } from '../common.js';
import { GapAnalysisListQuery, GapAnalysisListResponse, GapAnalysisRequest, GapAnalysisResponse } from '../gap.js';

export const AnalysisParams = z.object({ id: Id });
export type AnalysisParams = z.infer<typeof AnalysisParams>;

/** Analyses a profile; with `save: true` (a user token) the analysis is kept and answered with its id. */
export const createGapAnalysis = /* @__PURE__ */ defineOperation({ method: 'POST', path: '/v1/gap-analyses', body: GapAnalysisRequest, response: GapAnalysisResponse });

/** The caller's saved analyses, newest first, paged with `cursor`. */
export const listGapAnalyses = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/gap-analyses', query: GapAnalysisListQuery, response: GapAnalysisListResponse });

export const getGapAnalysis = /* @__PURE__ */ defineOperation({ method: 'GET', path: '/v1/gap-analyses/:id', params: AnalysisParams, response: GapAnalysisResponse });

export const gapOperations = [createGapAnalysis, listGapAnalyses, getGapAnalysis];
