/**
 * Protected titles: the words a jurisdiction's law reserves for people its regulator has
 * registered ("nurse", "P.Eng.", "CPA"), each with the page that says so, the day it was read,
 * and the wording a person who is not registered may use instead ("internationally educated
 * nurse", "P.Eng. applicant"). Re-exported by `catalogue.ts`; a jurisdiction lists its own.
 */
import * as z from 'zod/mini';
import { IsoDate, Link, LocalizedText, Text } from './common.js';
import { Verification } from './catalogue-rules.js';

export const ProtectedTitle = z.object({
  /**
   * The title and its variants as written (`Registered Nurse`, `RN`), matched as whole words
   * without regard to case (a plural `s` included); at least one.
   */
  terms: /* @__PURE__ */ z.array(/* @__PURE__ */ Text(100, { min: 1 })).check(z.minLength(1), z.maxLength(40)),
  /** Who grants it (`College of Nurses of Ontario`). */
  regulator: /* @__PURE__ */ Text(200, { min: 1 }),
  /** What a person who does not hold it may write instead, best first, in several languages; these phrases are never flagged. */
  lawfulWording: /* @__PURE__ */ z.array(LocalizedText).check(z.minLength(1), z.maxLength(10)),
  /** The regulator's (or the law's) page that reserves the title. */
  source: Link,
  /** The day `source` was last read for this entry. */
  lastVerified: IsoDate,
  /** `unverified` (with a note) when no page read that day confirmed it. */
  verification: Verification,
});
export type ProtectedTitle = z.infer<typeof ProtectedTitle>;
