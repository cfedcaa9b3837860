/**
 * The catalogue: jurisdictions, occupations, the regulation of an occupation in a
 * jurisdiction, the requirements a person must meet there, and the pathways
 * (courses, exams, bridging programmes ...) that close each requirement.
 *
 * Catalogue ids are kebab-case slugs (`registered-nurse`, `ca-on`). The shared
 * catalogue is data (`catalogue/*.json`, see {@link CatalogueFile}), each requirement with
 * its source page and the day it was last compared with it; an organisation may add
 * entries of its own.
 */
import * as z from 'zod/mini';
import { DurationRange, Id, IsoDate, Link, LocaleTag, LocalizedText, MoneyRange, Page, PageQuery, Text } from './common.js';

import { AssessmentOutcomes, CountryCode, DateAnchor, ExtraCost, NotAskedWhen, TimeWindow, Validity, Verification } from './catalogue-rules.js';

export { AssessmentOutcomes, CountryCode, DateAnchor, ExtraCost, NotAskedWhen, TimeWindow, Validity, Verification, VerificationStatus, FactCheck, VerifiedFacts, type FactName } from './catalogue-rules.js';
import { ProtectedTitle } from './catalogue-titles.js';

export { ProtectedTitle } from './catalogue-titles.js';

export const Jurisdiction = z.object({
  id: Id,
  country: CountryCode,
  /** ISO 3166-2 subdivision code (`CA-ON`), absent for a whole country. */
  region: z.optional(/* @__PURE__ */ z.string().check(z.regex(/^[A-Z]{2}-[A-Z0-9]{1,3}$/, 'must be an ISO 3166-2 code such as CA-ON'))),
  name: LocalizedText,
  /** Titles its law reserves for registered people, with the wording others may use. */
  protectedTitles: z.optional(/* @__PURE__ */ z.array(ProtectedTitle).check(z.maxLength(50))),
});
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/**
 * Ordered levels of formal education, lowest first. The order is what
 * `src/core/gap/education.ts` compares; the names are deliberately coarse so that
 * qualifications from many systems map onto them.
 */
export const EducationLevel = z.enum([
  'secondary',
  'trade-certificate',
  'diploma',
  'bachelor',
  'postgraduate-diploma',
  'master',
  'doctorate',
]);
export type EducationLevel = z.infer<typeof EducationLevel>;

/** Broad fields of study and work, used to match education and experience to an occupation. */
export const FieldFamily = z.enum([
  'nursing',
  'medicine',
  'dentistry',
  'pharmacy',
  'health-other',
  'engineering',
  'computing',
  'mathematics-statistics',
  'natural-sciences',
  'accounting-finance',
  'business',
  'education',
  'social-work',
  'social-sciences',
  'electrical-trades',
  'humanities',
  'other',
]);
export type FieldFamily = z.infer<typeof FieldFamily>;

/** Language tests a profile can hold and a requirement can accept. */
export const LanguageTest = z.enum([
  'ielts-general',
  'ielts-academic',
  'celpip-general',
  'celban',
  'oet',
  'tef-canada',
  'tcf-canada',
  'toefl-ibt',
  'pte-core',
  'pte-academic',
  'goethe',
  'telc',
  'delf-dalf',
  /** Cambridge English Qualifications, reported on the Cambridge English Scale (per skill and overall). */
  'cambridge-c1-advanced',
  'cambridge-c2-proficiency',
]);
export type LanguageTest = z.infer<typeof LanguageTest>;

export const LanguageSkill = z.enum(['reading', 'writing', 'listening', 'speaking']);
export type LanguageSkill = z.infer<typeof LanguageSkill>;

export const CefrLevel = z.enum(['A1', 'A2', 'B1', 'B2', 'C1', 'C2']);
export type CefrLevel = z.infer<typeof CefrLevel>;

/** Scores per skill, and the overall score where the test reports one. */
export const SkillScores = z.object({
  reading: z.optional(z.number()),
  writing: z.optional(z.number()),
  listening: z.optional(z.number()),
  speaking: z.optional(z.number()),
  overall: z.optional(z.number()),
});
export type SkillScores = z.infer<typeof SkillScores>;

/** A minimum level on a benchmark scale for each of the four skills. */
export const LanguageLevel = z.union([
  z.object({
    /** Canadian Language Benchmarks (English) or NCLC (French), 1-12. */
    scale: z.literal('clb'),
    perSkill: z.object({ reading: z.int(), writing: z.int(), listening: z.int(), speaking: z.int() }),
  }),
  z.object({
    scale: z.literal('cefr'),
    perSkill: z.object({ reading: CefrLevel, writing: CefrLevel, listening: CefrLevel, speaking: CefrLevel }),
  }),
]);
export type LanguageLevel = z.infer<typeof LanguageLevel>;

/**
 * One test the regulator accepts, with the minimum score in each skill (and overall).
 * TOEFL iBT minimums are on the 0-30 section / 0-120 total scale the regulators publish;
 * a result on the 1-6 band scale (from 21 January 2026) is compared with `bandMinimums`
 * where the regulator gives them, else only its 0-120 comparable total with the total.
 */
export const AcceptedTest = z.object({
  test: LanguageTest,
  minScores: SkillScores,
  /** For certificate tests (Goethe, telc, DELF/DALF): the certificate level that suffices. */
  minCertificate: z.optional(CefrLevel),
  /** TOEFL iBT from 21 January 2026: minimum 1-6 bands, where the regulator publishes them. */
  bandMinimums: z.optional(SkillScores),
  /**
   * False when the regulator names the test but its minimums could not be verified: a
   * result of it is "needs evidence", never "met".
   */
  verified: z.optional(z.boolean()),
  /** Results of up to `maxSittings` sittings within `within` may be combined, each sitting at least at `floors`. */
  combinedSittings: z.optional(
    z.object({
      maxSittings: /* @__PURE__ */ z.int().check(z.minimum(2)),
      within: TimeWindow,
      floors: SkillScores,
    }),
  ),
});
export type AcceptedTest = z.infer<typeof AcceptedTest>;

/**
 * Evidence of language proficiency other than a test, as the regulator lists it: recent
 * education taught in the language, recent practice in it, registration held in the
 * country, or a reference from an employer who saw the person work in the language. A
 * profile entry that fits makes the requirement "needs evidence" (the regulator decides on
 * the documents), with this route named.
 */
export const LanguageEvidenceRoute = z.object({
  kind: z.enum(['education', 'practice', 'registration', 'employer-reference']),
  /** The languages it must have been in (`en`, `fr`). */
  languages: /* @__PURE__ */ z.array(LocaleTag).check(z.minLength(1)),
  /** The fields it must have been in; absent or empty: any. */
  fieldFamilies: z.optional(z.array(FieldFamily)),
  /** Only in this country (health care work in Canada). */
  inCountry: z.optional(CountryCode),
  /** Only in one of these countries (the NMC: countries where English is a majority spoken language). */
  inCountries: z.optional(/* @__PURE__ */ z.array(CountryCode).check(z.minLength(1))),
  /** It must have ended (completed, last practised, registration held) within this window. */
  recency: z.optional(Validity),
  /** `practice`, `employer-reference`: the work it covers lasted at least this many months (with one employer). */
  minMonths: z.optional(/* @__PURE__ */ z.int().check(z.minimum(1))),
  /** `employer-reference`: the work must still be going on (the NMC: when you apply). */
  ongoing: z.optional(z.boolean()),
  /**
   * Supplementary evidence: the route counts only beside one of these. `education`: a
   * qualification in the route's fields taught in one of its languages, at any date;
   * `nearMissTests`: at least two results of the test, one short of the minimums in a single
   * score and by at most `by` (the NMC: 0.5 in IELTS, half a grade in OET).
   */
  alongside: z.optional(
    z.object({
      education: z.optional(z.boolean()),
      /** The fields that qualification must be in (the NMC: nursing); absent: the route's own fields. */
      educationFields: z.optional(/* @__PURE__ */ z.array(FieldFamily).check(z.minLength(1))),
      nearMissTests: z.optional(z.array(z.object({ test: LanguageTest, by: /* @__PURE__ */ z.number().check(z.positive()) }))),
    }),
  ),
  description: LocalizedText,
});
export type LanguageEvidenceRoute = z.infer<typeof LanguageEvidenceRoute>;

/** The machine-checkable part of a requirement. Every field is optional: absent means "not checked". */
export const RequirementCriteria = z.object({
  education: z.optional(
    z.object({
      minLevel: EducationLevel,
      fieldFamilies: z.array(FieldFamily),
      /**
       * The full-time length the regulator states (ADC: at least four years). With `orFromLevel`, a
       * qualification named below `minLevel`, down to that level, counts when it is that long (a
       * four-year dental diploma); without it, every qualification must show the length.
       */
      minLength: z.optional(z.object({ fullTimeYears: /* @__PURE__ */ z.number().check(z.positive()), orFromLevel: z.optional(EducationLevel) })),
      /** Exams whose pass the regulator also accepts as evidence of this education (CRNA: an NCLEX-RN pass, from any country). */
      orExamPassed: z.optional(z.object({ examIds: /* @__PURE__ */ z.array(Id).check(z.minLength(1)) })),
    }),
  ),
  language: z.optional(
    z.object({
      /** The language to prove, `en` or `fr`, ... */
      language: LocaleTag,
      /** A benchmark level; a result of any test that converts to it counts where `acceptedTests` is empty. */
      minLevel: z.optional(LanguageLevel),
      /** The tests the regulator accepts, each with its minimum scores. */
      acceptedTests: z.array(AcceptedTest),
      /** How long a result counts, and the day it is measured at (registration, application or the analysis). */
      validity: z.optional(Validity),
      /** Evidence the regulator accepts instead of a test. */
      otherEvidence: z.optional(z.array(LanguageEvidenceRoute)),
    }),
  ),
  experience: z.optional(
    z.object({
      minYears: /* @__PURE__ */ z.number().check(z.nonnegative()),
      fieldFamilies: z.array(FieldFamily),
      /** Competency ids (from the occupation) the experience must show. */
      competencies: z.optional(z.array(Id)),
      /** Only experience in this country counts (supervised practice, Canadian experience ...). */
      inCountry: z.optional(CountryCode),
      /** Some of the experience must have ended within this many years (recency of practice). */
      recentWithinYears: z.optional(/* @__PURE__ */ z.number().check(z.positive())),
      /** Only periods that ended within this window count at all (CPA: the last 7 years). */
      countsIfEndedWithin: z.optional(Validity),
      /**
       * At most `maxMonths` of the experience a person brings count (CPA: 12 months of prior,
       * often foreign, experience); with `onlyOutside`, only experience outside that country is capped.
       */
      cap: z.optional(z.object({ maxMonths: /* @__PURE__ */ z.int().check(z.nonnegative()), onlyOutside: z.optional(CountryCode) })),
    }),
  ),
  /** A credential assessment by one of these bodies (`nnas`, `wes`, `peo` ...). */
  assessment: z.optional(z.object({ acceptedBodies: z.array(Id) })),
  /** One of these exams passed (`nclex-rn`, `ppe`, `mccqe1` ...), within `validity` where a pass expires. */
  exam: z.optional(z.object({ examIds: /* @__PURE__ */ z.array(Id).check(z.minLength(1)), validity: z.optional(Validity) })),
  /** A licence held elsewhere in one of these field families (good standing). */
  licence: z.optional(z.object({ fieldFamilies: z.array(FieldFamily), mustBeActive: z.boolean() })),
  /** Requirements that must be met before this one can be worked on. */
  requiresPrior: z.optional(z.array(Id)),
  /** Recorded outcomes of a body's decision that mean this is not asked of the person (its regulation lists them). */
  notAskedWhen: z.optional(z.array(NotAskedWhen)),
});
export type RequirementCriteria = z.infer<typeof RequirementCriteria>;

export const RequirementKind = z.enum([
  'education',
  'credential-assessment',
  'licensing-exam',
  'language-proficiency',
  'supervised-practice',
  'work-experience',
  'registration',
  'other',
]);
export type RequirementKind = z.infer<typeof RequirementKind>;

export const Requirement = z.object({
  id: Id,
  occupationId: Id,
  jurisdictionId: Id,
  kind: RequirementKind,
  title: LocalizedText,
  /** What it asks, in plain words. */
  description: LocalizedText,
  criteria: RequirementCriteria,
  /** Advice rather than a legal requirement (employers' expectations in an unregulated occupation). */
  advisory: z.optional(z.boolean()),
  /** The regulator's (or test owner's) page the rule was read on. */
  source: Link,
  /** The day this entry was last compared with `source`. */
  lastVerified: IsoDate,
  /** Whether that comparison confirmed it; absent reads as unverified. */
  verification: z.optional(Verification),
});
export type Requirement = z.infer<typeof Requirement>;

export const PathwayKind = z.enum([
  'course',
  'exam',
  'bridging-program',
  'credential-assessment',
  'work-placement',
  /** Applying to the regulator: forms, fees and the wait for a decision. */
  'application',
]);
export type PathwayKind = z.infer<typeof PathwayKind>;

export const DeliveryFormat = z.enum(['online', 'in-person', 'hybrid', 'test-centre']);
export type DeliveryFormat = z.infer<typeof DeliveryFormat>;

export const Pathway = z.object({
  id: Id,
  /** The requirements this pathway closes. */
  closes: /* @__PURE__ */ z.array(Id).check(z.minLength(1)),
  kind: PathwayKind,
  title: LocalizedText,
  provider: z.string(),
  link: Link,
  duration: DurationRange,
  /** What it costs; several entries when fees are charged in several currencies. */
  cost: z.array(MoneyRange),
  delivery: DeliveryFormat,
  /** Languages it is offered in (`en`, `fr`). */
  languages: z.array(LocaleTag),
  /** Pathways or requirements that must be done before this pathway can start. */
  prerequisites: z.optional(z.array(Id)),
  extraCosts: z.optional(z.array(ExtraCost)),
  /** How its fee and duration were last checked; absent reads as unverified. */
  verification: z.optional(Verification),
});
export type Pathway = z.infer<typeof Pathway>;

export const Competency = z.object({ id: Id, label: LocalizedText });
export type Competency = z.infer<typeof Competency>;

export const ProtectionKind = z.enum(['none', 'title', 'practice', 'title-and-practice']);
export type ProtectionKind = z.infer<typeof ProtectionKind>;

/** How an occupation is regulated in one jurisdiction. */
export const RegulationInfo = z.object({
  jurisdictionId: Id,
  regulated: z.boolean(),
  protection: ProtectionKind,
  /** Protected titles, as the law words them (`Registered Nurse`, `P.Eng.`). */
  protectedTitles: z.optional(z.array(z.string())),
  /** The regulator, or for an unregulated occupation the body that assesses credentials. */
  body: z.optional(z.object({ name: LocalizedText, link: Link })),
  /** False when the catalogue names the regulator but does not list its requirements yet. */
  requirementsCatalogued: z.boolean(),
  notes: z.optional(LocalizedText),
  /** Decisions of assessing bodies that change the steps (`notAskedWhen`), with the outcomes each can give. */
  assessmentOutcomes: z.optional(z.array(AssessmentOutcomes)),
  /**
   * The exams whose pass the requirements here count (`exam`, `orExamPassed`): what the profile
   * form offers to record. The server reads them off the requirements; a catalogue file does not write them.
   */
  exams: z.optional(z.array(Id)),
});
export type RegulationInfo = z.infer<typeof RegulationInfo>;

export const Occupation = z.object({
  id: Id,
  name: LocalizedText,
  /** Other names people search for, per locale (`{ en: ['RN'], fr: ['infirmière'] }`). */
  synonyms: z.record(z.string(), z.array(z.string())),
  fieldFamily: FieldFamily,
  /** Canada's NOC 2021 code, UK SOC 2020 ... where useful. */
  codes: z.optional(z.record(z.string(), z.string())),
  competencies: z.array(Competency),
  regulation: z.array(RegulationInfo),
});
export type Occupation = z.infer<typeof Occupation>;

/** Marks seed data: programmes must verify it with the regulator before relying on it. */
export const Provenance = z.object({
  illustrative: z.boolean(),
  note: z.optional(LocalizedText),
});
export type Provenance = z.infer<typeof Provenance>;

/** Everything needed to analyse one target: what `GET /v1/occupations/{id}/requirements` answers. */
export const RequirementSet = z.object({
  occupation: Occupation,
  jurisdiction: Jurisdiction,
  regulation: RegulationInfo,
  requirements: z.array(Requirement),
  pathways: z.array(Pathway),
  provenance: Provenance,
  /** The catalogue release the set comes from (`2026-12-05+1a2b3c4d`). */
  catalogueVersion: z.optional(z.string()),
  /** Where the caller's organisation changed this set in its own layer: which entries are its own, at which version. */
  layer: z.optional(z.object({ organisationId: Id, name: z.string(), version: z.int(), entries: z.array(Id) })),
});
export type RequirementSet = z.infer<typeof RequirementSet>;

/** A search hit: the occupation in brief, named in the asked locale where a translation exists. */
export const OccupationSummary = z.object({
  id: Id,
  name: LocalizedText,
  fieldFamily: FieldFamily,
  /** The name or synonym that matched the query. */
  matched: z.optional(z.string()),
  /** Jurisdictions where it is regulated. */
  regulatedIn: z.array(Id),
});
export type OccupationSummary = z.infer<typeof OccupationSummary>;

// ---- Routes --------------------------------------------------------------------

/** `GET /v1/occupations?q=&locale=&jurisdiction=&cursor=&limit=` */
export const OccupationSearchQuery = z.extend(PageQuery, {
  q: z.optional(/* @__PURE__ */ Text(100)),
  locale: z.optional(LocaleTag),
  /** Only occupations the catalogue covers in this jurisdiction. */
  jurisdiction: z.optional(Id),
});
export type OccupationSearchQuery = z.infer<typeof OccupationSearchQuery>;

export const OccupationSearchResponse = Page(OccupationSummary);
export type OccupationSearchResponse = z.infer<typeof OccupationSearchResponse>;

/** `GET /v1/occupations/{occupationId}` */
export const OccupationResponse = Occupation;
export type OccupationResponse = z.infer<typeof OccupationResponse>;

/** `GET /v1/jurisdictions` */
export const JurisdictionListResponse = z.object({ items: z.array(Jurisdiction) });
export type JurisdictionListResponse = z.infer<typeof JurisdictionListResponse>;

/**
 * A partial read of occupations (`searchOccupations`) or jurisdictions (`listJurisdictions`) for a
 * reader that uses only each one's id and name (the mentor finder's filters and cards): the rest of
 * an entry is neither checked nor kept.
 */
export const CatalogueNames = z.object({ items: z.array(z.object({ id: Id, name: LocalizedText })) });
export type CatalogueNames = z.infer<typeof CatalogueNames>;

/** `GET /v1/occupations/{occupationId}/requirements?jurisdiction=` */
export const RequirementSetQuery = z.object({ jurisdiction: Id });
export type RequirementSetQuery = z.infer<typeof RequirementSetQuery>;

export const RequirementSetResponse = RequirementSet;
export type RequirementSetResponse = z.infer<typeof RequirementSetResponse>;
