/**
 * What the client makes of an answer that is not a success: the server's problem+json read
 * and checked, the kind of failure, and how long the server asked to wait. A module of its own,
 * loaded by the client on the first refusal (src/api/client.ts): a first view whose reads
 * succeed never needs it, nor the Problem validator it brings.
 */
import { Problem } from '../generated/contract.js';
import { ApiError, kindForStatus } from './errors.js';
import { safeParse } from './validate.js';

async function readProblem(response: Response): Promise<Problem | undefined> {
  try {
    const parsed = safeParse(Problem, await response.json());
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) ? Math.min(seconds * 1000, 10_000) : undefined;
}

/** The ApiError for a refused request: its kind from the status and the problem's code, its message the problem's. */
export async function refusal(response: Response): Promise<ApiError> {
  const problem = await readProblem(response);
  const error = new ApiError(kindForStatus(response.status, problem?.code), problem?.detail ?? problem?.title ?? `The server answered ${response.status}.`, {
    status: response.status,
    problem,
  });
  (error as { retryAfterMs?: number }).retryAfterMs = retryAfterMs(response);
  return error;
}
