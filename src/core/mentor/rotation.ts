/**
 * Deterministic rotation of near-equal mentors. Each mentor has a fixed 32-bit
 * rotation key (a hash of its id); each search has a seed (a hash of the mentee and the
 * day). Mixing the two gives every mentee a different, stable order among mentors whose
 * scores fall in the same band, so the same few mentors do not receive every request.
 *
 * The mixing uses only xor, shifts and a multiplication modulo 2^32, so the database
 * computes exactly the same value (`bw_rotation` in migration 030).
 */

/** Scores within the same band of this width count as near-equal and are rotated. */
export const SCORE_BAND = 5;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
/** The multiplier of the mixing step; below 2^31 so that SQL bigint arithmetic never overflows. */
export const MIX_MULTIPLIER = 0x045d9f3b;

/** FNV-1a over the UTF-16 code units of `text`, as an unsigned 32-bit integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

function mixStep(value: number): number {
  const multiplied = Math.imul(value, MIX_MULTIPLIER) >>> 0;
  return (multiplied ^ (multiplied >>> 16)) >>> 0;
}

/** The fixed rotation key of a mentor, stored beside the mentor in the database. */
export function rotationKey(mentorId: string): number {
  return fnv1a32(mentorId);
}

/** The seed of one mentee's searches on one day (`YYYY-MM-DD`); anonymous searches pass a session id. */
export function rotationSeed(menteeId: string, day: string): number {
  return fnv1a32(`${menteeId}|${day}`);
}

/** Where a mentor falls among near-equal mentors for a seed: lower comes first. */
export function rotationTieBreak(key: number, seed: number): number {
  return mixStep(mixStep((key ^ seed) >>> 0));
}

/** The band of a score: higher bands come first; inside a band the rotation decides. */
export function scoreBand(score: number): number {
  return Math.floor(score / SCORE_BAND);
}
