/**
 * Evaluates one requirement against a profile: met, partly met, gap or needs evidence,
 * with reasons as message codes (for widgets to localise) and English text.
 */
import type { Requirement, RequirementCriteria } from '../../api/catalogue.js';
import type { EducationEntry, Profile, RequirementStatus } from '../../api/gap.js';
import { anchorDates, completedBy, contextOf, type Evaluation, type EvaluationContext, list, reason } from './context.js';
import { lastValidDay, windowText } from './dates.js';
import { assessedEducation, compareEducationLevels, educationStanding, fieldMatches, highestLevel, meetsEducationLevel, STANDING_ORDER, type EducationStanding } from './education.js';
import { evaluateExperience } from './experience.js';
import { evaluateLanguage } from './language-evaluate.js';
import { dependsOnDecision, notAsked } from './not-asked.js';

export { reason, type Evaluation, type EvaluationContext } from './context.js';
export { evaluateExperience } from './experience.js';
export { evaluateLanguage, skillShortfalls } from './language-evaluate.js';

/** How far from done a status is; combining criteria keeps the furthest, see {@link combine}. */
const SEVERITY: Record<RequirementStatus, number> = { met: 0, 'needs-evidence': 1, 'partly-met': 2, gap: 3 };

/**
 * Combines the statuses of several criteria of one requirement: all met is met, all gap
 * is gap, a gap beside something met or partly met is partly met, otherwise the worse
 * of partly-met and needs-evidence.
 */
export function combine(statuses: readonly RequirementStatus[]): RequirementStatus {
  if (statuses.length === 0) return 'met';
  if (statuses.every((s) => s === 'gap')) return 'gap';
  if (statuses.includes('gap')) return 'partly-met';
  return statuses.reduce((worst, s) => (SEVERITY[s] > SEVERITY[worst] ? s : worst), 'met' as RequirementStatus);
}

/** The newest pass of one of `examIds` dated no later than `asOf`. */
function latestPass(profile: Profile, examIds: readonly string[], asOf: string) {
  return (profile.exams ?? []).filter((e) => examIds.includes(e.examId) && e.passedOn <= asOf).sort((a, b) => b.passedOn.localeCompare(a.passedOn))[0];
}

/**
 * Education against a rule: the qualifications the profile lists, or, where the regulator also
 * accepts it as evidence (`orExamPassed`), a pass of an exam dated no later than the analysis.
 */
export function evaluateEducation(c: NonNullable<RequirementCriteria['education']>, profile: Profile, asOf?: string): Evaluation {
  const byQualification = evaluateQualifications(c, profile, asOf);
  if (byQualification.status === 'met' || !c.orExamPassed) return byQualification;
  const { examIds } = c.orExamPassed;
  const pass = latestPass(profile, examIds, asOf ?? '9999-12-31');
  if (pass) {
    return { status: 'met', reasons: [reason('education.metByExam', { exam: pass.examId, date: pass.passedOn }, `Your pass of ${pass.examId} on ${pass.passedOn} is accepted as evidence of this education.`)] };
  }
  const exams = list(examIds);
  return { ...byQualification, reasons: [...byQualification.reasons, reason('education.orExam', { exams }, `A pass of ${exams} is also accepted as evidence of this education.`)] };
}

function evaluateQualifications(c: NonNullable<RequirementCriteria['education']>, profile: Profile, asOf?: string): Evaluation {
  // Each credential at the level its linked assessment states, where one does.
  const education = assessedEducation(profile, asOf);
  const inField = education.filter((e) => fieldMatches(e.fieldFamily, c.fieldFamilies));
  const bestInField = highestLevel(inField.map((e) => e.level));
  const fields = list(c.fieldFamilies);
  // The qualification that stands best against the rule (level, then the full-time length it states).
  const ranked = inField.map((entry) => ({ entry, standing: educationStanding(entry, c) })).sort((a, b) => STANDING_ORDER.indexOf(a.standing) - STANDING_ORDER.indexOf(b.standing) || compareEducationLevels(b.entry.level, a.entry.level));
  const best = ranked[0];
  if (best && best.standing !== 'below') return educationByLength(c, best.entry, best.standing);
  if (bestInField) {
    return {
      status: 'partly-met',
      reasons: [reason('education.levelBelow', { have: bestInField, need: c.minLevel }, `Your education is in the right field but at ${bestInField} level; ${c.minLevel} is required.`)],
    };
  }
  const bestAny = highestLevel(education.map((e) => e.level));
  if (bestAny && meetsEducationLevel(bestAny, c.minLevel)) {
    return {
      status: 'partly-met',
      reasons: [reason('education.fieldDiffers', { level: bestAny, need: fields }, `You have a ${bestAny}, but not in a field the regulator accepts (${fields}).`)],
    };
  }
  return {
    status: 'gap',
    reasons: [reason('education.missing', { need: c.minLevel, fields }, `A ${c.minLevel} in ${fields} is required and your profile lists none.`)],
  };
}

/** An in-field qualification at the level or within reach of it by its length: met, short, or waiting for its length. */
function educationByLength(c: NonNullable<RequirementCriteria['education']>, entry: EducationEntry, standing: EducationStanding): Evaluation {
  const need = c.minLength?.fullTimeYears ?? 0;
  const years = entry.fullTimeYears ?? 0;
  switch (standing) {
    case 'met':
      return { status: 'met', reasons: [reason('education.met', { level: entry.level, field: entry.fieldFamily, country: entry.country }, `Your ${entry.level} in ${entry.fieldFamily} (${entry.country}) meets the minimum of ${c.minLevel}.`)] };
    case 'met-by-length':
      return {
        status: 'met',
        reasons: [reason('education.metByLength', { level: entry.level, field: entry.fieldFamily, years, need }, `Your ${entry.level} in ${entry.fieldFamily} took ${years} years of full-time study: the regulator asks for at least ${need}.`)],
      };
    case 'too-short':
      return {
        status: 'partly-met',
        reasons: [reason('education.tooShort', { level: entry.level, years, need }, `Your ${entry.level} took ${years} years of full-time study; the regulator asks for at least ${need}.`)],
      };
    default:
      return {
        status: 'needs-evidence',
        reasons: [
          reason('education.lengthNeeded', { level: entry.level, need }, `The regulator accepts a ${entry.level} that took at least ${need} years of full-time study: add its length to your profile, and keep the document that shows it ready (the regulator checks it).`),
        ],
      };
  }
}

export function evaluateAssessment(c: NonNullable<RequirementCriteria['assessment']>, profile: Profile, asOf = '9999-12-31'): Evaluation {
  // A report dated after the analysis date cannot be complete yet: it counts as in progress.
  const assessments = (profile.assessments ?? []).map((a) => (a.status === 'completed' && !completedBy(a, asOf) ? { ...a, status: 'in-progress' as const } : a));
  const bodies = list(c.acceptedBodies);
  const accepted = assessments.filter((a) => c.acceptedBodies.includes(a.body));
  if (accepted.some((a) => a.status === 'completed')) {
    const a = accepted.find((x) => x.status === 'completed')!;
    return { status: 'met', reasons: [reason('assessment.met', { body: a.body }, `Your credential assessment by ${a.body} is complete.`)] };
  }
  if (accepted.length > 0) {
    return { status: 'partly-met', reasons: [reason('assessment.inProgress', { body: accepted[0].body }, `Your credential assessment by ${accepted[0].body} is in progress.`)] };
  }
  const other = assessments.find((a) => a.status === 'completed');
  if (other) {
    return {
      status: 'needs-evidence',
      reasons: [reason('assessment.otherBody', { have: other.body, need: bodies }, `You have an assessment by ${other.body}; the regulator asks for one by ${bodies}. Ask whether yours is accepted.`)],
    };
  }
  return { status: 'gap', reasons: [reason('assessment.missing', { need: bodies }, `A credential assessment by ${bodies} is required.`)] };
}

export function evaluateExam(c: NonNullable<RequirementCriteria['exam']>, profile: Profile, asOfOrContext: string | EvaluationContext = '9999-12-31'): Evaluation {
  const ctx = contextOf(asOfOrContext);
  const taken = (profile.exams ?? []).filter((e) => c.examIds.includes(e.examId));
  const future = taken.filter((e) => e.passedOn > ctx.asOf);
  const notes = future.map((e) => reason('exam.futureDate', { exam: e.examId, date: e.passedOn, asOf: ctx.asOf }, `A pass of ${e.examId} dated ${e.passedOn}, after the analysis date ${ctx.asOf}, is not counted. Check the date.`));
  const withNotes = (evaluation: Evaluation): Evaluation => ({ ...evaluation, reasons: [...evaluation.reasons, ...notes] });
  const passed = latestPass(profile, c.examIds, ctx.asOf);
  if (passed && c.validity) {
    const lastDay = lastValidDay(passed.passedOn, c.validity.within);
    const at = anchorDates(c.validity.measuredAt, ctx);
    if (lastDay < at.earliest) {
      const within = windowText(c.validity.within);
      return withNotes({
        status: 'gap',
        reasons: [reason('exam.expired', { exam: passed.examId, date: passed.passedOn, lastDay, within }, `Your pass of ${passed.examId} on ${passed.passedOn} counts for ${within}, until ${lastDay}: it will have lapsed by the step it is measured at. Plan to sit it again.`)],
      });
    }
  }
  if (passed) {
    return withNotes({ status: 'met', reasons: [reason('exam.passed', { exam: passed.examId, date: passed.passedOn }, `You passed ${passed.examId} on ${passed.passedOn}.`)] });
  }
  return withNotes({ status: 'gap', reasons: [reason('exam.notPassed', { exams: list(c.examIds) }, `You have not yet passed ${list(c.examIds)}.`)] });
}

export function evaluateLicence(c: NonNullable<RequirementCriteria['licence']>, profile: Profile): Evaluation {
  const inField = profile.licences.filter((l) => fieldMatches(l.fieldFamily, c.fieldFamilies));
  const active = inField.find((l) => l.status === 'active');
  if (active) {
    return { status: 'met', reasons: [reason('licence.active', { title: active.title, issuer: active.issuer }, `Your ${active.title} licence from ${active.issuer} is active.`)] };
  }
  const lapsed = inField.find((l) => l.status === 'lapsed');
  if (lapsed) {
    if (!c.mustBeActive) {
      return { status: 'met', reasons: [reason('licence.held', { title: lapsed.title, issuer: lapsed.issuer }, `You held a ${lapsed.title} licence from ${lapsed.issuer}.`)] };
    }
    return {
      status: 'partly-met',
      reasons: [reason('licence.lapsed', { title: lapsed.title, issuer: lapsed.issuer }, `Your ${lapsed.title} licence from ${lapsed.issuer} has lapsed; the regulator asks for one in good standing.`)],
    };
  }
  if (inField.length > 0) {
    return { status: 'gap', reasons: [reason('licence.suspended', { issuer: inField[0].issuer }, `Your licence from ${inField[0].issuer} is suspended.`)] };
  }
  return { status: 'gap', reasons: [reason('licence.missing', { fields: list(c.fieldFamilies) }, `A licence to practise (${list(c.fieldFamilies)}) in good standing is required.`)] };
}

/** Evaluates every criterion a requirement has and combines them. */
export function evaluateRequirement(requirement: Requirement, profile: Profile, asOfOrContext: string | EvaluationContext): Evaluation {
  const ctx = contextOf(asOfOrContext);
  const waived = notAsked(requirement, profile, ctx);
  if (waived) return waived;
  const c = requirement.criteria;
  const parts: Evaluation[] = [];
  if (c.education) parts.push(evaluateEducation(c.education, profile, ctx.asOf));
  if (c.assessment) parts.push(evaluateAssessment(c.assessment, profile, ctx.asOf));
  if (c.exam) parts.push(evaluateExam(c.exam, profile, ctx));
  if (c.licence) parts.push(evaluateLicence(c.licence, profile));
  if (c.experience) parts.push(evaluateExperience(c.experience, profile, ctx));
  if (c.language) parts.push(evaluateLanguage(c.language, profile, ctx));

  let evaluation: Evaluation;
  if (parts.length === 0) {
    evaluation =
      requirement.kind === 'registration'
        ? { status: 'gap', reasons: [reason('registration.pending', {}, 'Apply to the regulator once the other requirements are met.')] }
        : { status: 'gap', reasons: [reason('requirement.notStarted', {}, 'Not started: the profile has nothing that shows this is done.')] };
  } else {
    const status = combine(parts.map((p) => p.status));
    evaluation = { status, reasons: parts.flatMap((p) => p.reasons) };
    // The evidence a "needs evidence" result waits for comes from the criteria that need it.
    const evidenceBy = [...new Set(parts.filter((p) => p.status === 'needs-evidence').flatMap((p) => p.evidenceBy ?? []))];
    if (status === 'needs-evidence' && evidenceBy.length) evaluation.evidenceBy = evidenceBy;
  }
  if (evaluation.status !== 'met' && profile.declared?.includes(requirement.id)) {
    return {
      status: 'needs-evidence',
      reasons: [reason('requirement.declared', {}, 'You say this is done: keep the document that proves it ready for the regulator.')],
    };
  }
  if (evaluation.status !== 'met') evaluation.reasons.push(...dependsOnDecision(requirement, profile, ctx));
  return evaluation;
}
