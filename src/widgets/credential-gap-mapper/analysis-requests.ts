/**
 * Asking the server for a gap analysis and reading a saved one: the operations carry the
 * answer's schemas (the largest of the contract's), so they load on demand, when the first
 * analysis is asked for, beside the result view.
 */
import type { BridgewayClient } from '../../api/client.js';
import type { GapAnalysis, GapAnalysisRequest } from '../../api/gap.js';
import { createGapAnalysis, getGapAnalysis } from '../../api/operations/gap.js';

export function createAnalysis(client: BridgewayClient, body: GapAnalysisRequest, signal: AbortSignal): Promise<GapAnalysis> {
  return client.call(createGapAnalysis, { body, signal });
}

export function readAnalysis(client: BridgewayClient, id: string, signal: AbortSignal): Promise<GapAnalysis> {
  return client.call(getGapAnalysis, { params: { id }, signal });
}
