/**
 * Mentors who sign up, train and are approved: a mentor writes their own profile (it starts
 * `pending`), completes the program's required training modules, and a coordinator approves
 * the profile. Only an approved mentor with every required module complete is offered in
 * search or can be asked for an introduction.
 */
import * as z from 'zod/mini';
import { Count, HttpUrl, Id, IsoDate, IsoDateTime, LocaleTag, Page, PageQuery, PositiveInt, Text } from './common.js';
import { CredentialPath, MentorFormat, MentorOffer, MentorProfile } from './mentor.js';

export const MentorApproval = z.enum(['pending', 'approved', 'rejected']);
export type MentorApproval = z.infer<typeof MentorApproval>;

/** What a mentor writes about themselves: everything the mentor finder shows comes from here. */
export const MentorProfileInput = z.object({
  displayName: /* @__PURE__ */ Text(200, { trim: true, min: 1 }),
  headline: /* @__PURE__ */ Text(300, { trim: true }),
  occupations: /* @__PURE__ */ z.array(Id).check(z.minLength(1), z.maxLength(10)),
  jurisdiction: Id,
  city: /* @__PURE__ */ Text(120, { trim: true }),
  licensedIn: /* @__PURE__ */ z.array(Id).check(z.maxLength(20)),
  credentialPath: z.nullable(CredentialPath),
  languages: /* @__PURE__ */ z.array(LocaleTag).check(z.minLength(1), z.maxLength(10)),
  formats: /* @__PURE__ */ z.array(MentorFormat).check(z.minLength(1)),
  offers: /* @__PURE__ */ z.array(MentorOffer).check(z.maxLength(4)),
  /** How many mentees at once (0 to 20). */
  capacity: /* @__PURE__ */ z.int32().check(z.minimum(0), z.maximum(20)),
  /** The time the mentor can give, in hours per month. */
  hoursPerMonth: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(40)),
  /** No new requests until this day; `null` to take requests. */
  pausedUntil: z.nullable(IsoDate),
  /** How a mentee reaches the mentor once a request is accepted (never in search). */
  contactEmail: /* @__PURE__ */ z.email().check(z.maxLength(254)),
  /** The version of the profile this edit is based on; leave out when creating it. */
  version: z.optional(PositiveInt),
});
export type MentorProfileInput = z.infer<typeof MentorProfileInput>;

/** A mentor's profile as they and the coordinators see it: the card plus where it stands. */
export const MentorApplication = z.object({
  mentor: MentorProfile,
  approval: MentorApproval,
  /** What the coordinator wrote when deciding. */
  approvalNote: z.nullable(z.string()),
  trainingComplete: z.boolean(),
  hoursPerMonth: z.nullable(/* @__PURE__ */ z.int32()),
  pausedUntil: z.nullable(IsoDate),
  createdAt: IsoDateTime,
  version: PositiveInt,
});
export type MentorApplication = z.infer<typeof MentorApplication>;

/** The mentor's own profile: their application plus the contact address only they (and accepted mentees) see, so an edit starts from it. */
export const OwnMentorApplication = z.extend(MentorApplication, {
  /** How a mentee reaches the mentor once a request is accepted; null for a mentor imported without one. */
  contactEmail: z.nullable(z.string()),
});
export type OwnMentorApplication = z.infer<typeof OwnMentorApplication>;

export const MentorApplicationPage = Page(MentorApplication);
export type MentorApplicationPage = z.infer<typeof MentorApplicationPage>;

/** `oldest` (the default): waiting longest first; `newest`: most recent first; `name`: by the mentor's name. */
export const MentorApplicationSort = z.enum(['oldest', 'newest', 'name']);
export type MentorApplicationSort = z.infer<typeof MentorApplicationSort>;

/** `GET /v1/mentor-applications`: pending profiles unless `approval` says otherwise, oldest first unless `sort` says otherwise. */
export const MentorApplicationQuery = z.extend(PageQuery, { approval: z.optional(MentorApproval), sort: z.optional(MentorApplicationSort) });
export type MentorApplicationQuery = z.infer<typeof MentorApplicationQuery>;

export const MentorApprovalDecision = z.object({
  version: PositiveInt,
  decision: z.enum(['approve', 'reject']),
  note: z.optional(/* @__PURE__ */ Text(1000, { trim: true })),
});
export type MentorApprovalDecision = z.infer<typeof MentorApprovalDecision>;

/** One module of the program's training, e.g. cultural competence and bias awareness. */
export const TrainingModule = z.object({
  id: Id,
  title: z.string(),
  url: HttpUrl,
  expectedMinutes: Count,
  /** Required modules must all be complete before a mentor is offered. */
  required: z.boolean(),
  createdAt: IsoDateTime,
});
export type TrainingModule = z.infer<typeof TrainingModule>;

export const TrainingModulePage = Page(TrainingModule);
export type TrainingModulePage = z.infer<typeof TrainingModulePage>;

export const TrainingModuleCreate = z.object({
  title: /* @__PURE__ */ Text(200, { trim: true, min: 1 }),
  url: HttpUrl,
  expectedMinutes: /* @__PURE__ */ z.int32().check(z.minimum(1), z.maximum(6000)),
  required: z.optional(z.boolean()),
});
export type TrainingModuleCreate = z.infer<typeof TrainingModuleCreate>;

/** A mentor's training: every module of the program, with when they completed it. */
export const TrainingProgress = z.object({
  items: z.array(z.object({ module: TrainingModule, completedAt: z.nullable(IsoDateTime) })),
  /** Every required module is complete. */
  complete: z.boolean(),
});
export type TrainingProgress = z.infer<typeof TrainingProgress>;

/** An entry of a mentor's reflection log: private unless the mentor shares it with the coordinators. */
export const Reflection = z.object({
  id: Id,
  date: IsoDate,
  note: z.string(),
  sharedWithCoordinators: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: PositiveInt,
});
export type Reflection = z.infer<typeof Reflection>;

export const ReflectionPage = Page(Reflection);
export type ReflectionPage = z.infer<typeof ReflectionPage>;

export const ReflectionCreate = z.object({
  date: IsoDate,
  note: /* @__PURE__ */ Text(5000, { trim: true, min: 1 }),
  sharedWithCoordinators: z.optional(z.boolean()),
});
export type ReflectionCreate = z.infer<typeof ReflectionCreate>;

export const ReflectionUpdate = z.object({
  version: PositiveInt,
  note: z.optional(/* @__PURE__ */ Text(5000, { trim: true, min: 1 })),
  sharedWithCoordinators: z.optional(z.boolean()),
});
export type ReflectionUpdate = z.infer<typeof ReflectionUpdate>;
