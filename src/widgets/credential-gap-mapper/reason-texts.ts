/**
 * The reason of each requirement result, localised from its code and parameters (falling back
 * to the server's text for a code this version does not know): the map's largest block of
 * words, a chunk of its own that the result view's LazyPart fetches beside the view
 * (analysis-session.ts), so the view stays within its budget and the labels it shares with
 * the form (labels.ts) do not have to come with the element.
 */
import { msg, str } from '@lit/localize';
import type { LanguageTest } from '../../api/catalogue.js';
import type { Reason } from '../../api/gap.js';
import { formatNumber, type Formatters } from '../../ui/format.js';
import { fieldLabel, idName, LANGUAGE_TESTS, levelLabel, skillLabel } from './labels.js';
import { pickText } from '../../api/common.js';
import { countryName, languageName } from '../../ui/countries.js';

/** A comma-separated list of ids as a localised list of names. */
function names(value: string | number | undefined, format: Formatters, type: Intl.ListFormatType = 'disjunction'): string {
  return format.list(String(value ?? '').split(', ').filter(Boolean).map(idName), type);
}

/** A known id (level, field, test) in words; anything else as it came. */
function term(value: string): string {
  if (value in LANGUAGE_TESTS) return LANGUAGE_TESTS[value as LanguageTest];
  const level = levelLabel(value);
  if (level !== value) return level;
  return fieldLabel(value);
}

/** A length of time given in years (`0.5`, `1.29`) in whole months or years, in words: "6 months", "2 years", never "15.5 months". */
export function yearsInWords(years: number, locale: string): string {
  const months = Math.round(years * 12);
  const whole = months % 12 === 0;
  return formatNumber(locale, whole ? months / 12 : months, { style: 'unit', unit: whole ? 'year' : 'month', unitDisplay: 'long' });
}

// Through format.ts's cache of Intl objects: a new Intl.NumberFormat per reason cost more than the text.
const monthsInWords = (months: number, locale: string) => formatNumber(locale, months, { style: 'unit', unit: 'month', unitDisplay: 'long' });

/** Language codes (`en, fr`) as names in the reader's language, "English or French". */
function languageNames(value: string | number | undefined, format: Formatters): string {
  return format.list(String(value ?? '').split(', ').filter(Boolean).map((code) => languageName(code, format.locale)), 'disjunction');
}

/** A comma-separated parameter (`nursing, health-other`) as a localised list. */
function terms(value: string | number | undefined, format: Formatters, type: Intl.ListFormatType = 'disjunction'): string {
  const items = String(value ?? '')
    .split(', ')
    .filter(Boolean)
    .map((item) => {
      // Language shortfalls read `writing 6.5 < 7`.
      const short = /^(reading|writing|listening|speaking|overall) (\S+) < (\S+)$/.exec(item);
      if (!short) return term(item);
      const [skill, have, need] = [skillLabel(short[1]), format.number(Number(short[2])), format.number(Number(short[3]))];
      return msg(str`${skill} ${have}, ${need} needed`, { id: 'gap.map.reason.shortSkill' });
    });
  return format.list(items, type);
}

/** How the result view puts a reason in words (`reasonText`). */
export type ReasonText = (reason: Reason, format: Formatters) => string;

/** The reason in the reader's language, from its code and parameters; the server's text for an unknown code. */
export function reasonText(reason: Reason, format: Formatters): string {
  const p = reason.params;
  const s = (key: string) => term(String(p[key] ?? ''));
  const n = (key: string) => format.number(Number(p[key] ?? 0));
  const d = (key: string) => (typeof p[key] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p[key] as string) ? format.date(p[key] as string) : String(p[key] ?? ''));
  const y = (key: string) => yearsInWords(Number(p[key] ?? 0), format.locale);
  const m = (key: string) => monthsInWords(Number(p[key] ?? 0), format.locale);
  // A catalogue text the server sends in each language it has (`label`, `label.fr`): the reader's, else English.
  const local = (key: string) => String(p[`${key}.${format.locale}`] ?? p[`${key}.${format.locale.split('-')[0]}`] ?? p[key] ?? '');
  const month = (key: string) => (/^\d{4}-\d{2}$/.test(String(p[key] ?? '')) ? format.date(`${String(p[key])}-01`, { year: 'numeric', month: 'long' }) : String(p[key] ?? ''));
  switch (reason.code) {
    case 'education.met':
      return msg(str`Your ${s('level')} in ${s('field')} (${countryName(String(p.country ?? ''), format.locale)}) meets the minimum.`, { id: 'gap.map.reason.education.met' });
    case 'education.levelBelow':
      return msg(str`Your education is in the right field but at the level of ${s('have')}; ${s('need')} is required.`, { id: 'gap.map.reason.education.levelBelow' });
    case 'education.fieldDiffers':
      return msg(str`You have a ${s('level')}, but not in a field the regulator accepts (${terms(p.need, format)}).`, { id: 'gap.map.reason.education.fieldDiffers' });
    case 'education.missing':
      return msg(str`A ${s('need')} in ${terms(p.fields, format)} is required and your profile lists none.`, { id: 'gap.map.reason.education.missing' });
    case 'education.metByLength':
      return msg(str`Your ${s('level')} in ${s('field')} took ${n('years')} years of full-time study: it meets the minimum of ${n('need')}.`, { id: 'gap.map.reason.education.metByLength' });
    case 'education.tooShort':
      return msg(str`Your ${s('level')} took ${n('years')} years of full-time study; the regulator asks for at least ${n('need')}.`, { id: 'gap.map.reason.education.tooShort' });
    case 'education.lengthNeeded':
      return msg(str`The regulator accepts a ${s('level')} that took at least ${n('need')} years of full-time study: add its length to your profile, and keep the document that shows it ready (the regulator checks it).`, { id: 'gap.map.reason.education.lengthNeeded' });
    case 'education.metByExam':
      return msg(str`Your pass of ${names(p.exam, format)} on ${d('date')} is accepted as evidence of this education.`, { id: 'gap.map.reason.education.metByExam' });
    case 'education.orExam':
      return msg(str`A pass of ${names(p.exams, format)} is also accepted as evidence of this education.`, { id: 'gap.map.reason.education.orExam' });
    case 'assessment.met':
      return msg(str`Your credential assessment by ${names(p.body, format)} is complete.`, { id: 'gap.map.reason.assessment.met' });
    case 'assessment.inProgress':
      return msg(str`Your credential assessment by ${names(p.body, format)} is in progress.`, { id: 'gap.map.reason.assessment.inProgress' });
    case 'assessment.otherBody':
      return msg(str`You have an assessment by ${names(p.have, format)}; the regulator asks for one by ${names(p.need, format)}. Ask whether yours is accepted.`, { id: 'gap.map.reason.assessment.otherBody' });
    case 'assessment.missing':
      return msg(str`A credential assessment by ${names(p.need, format)} is required.`, { id: 'gap.map.reason.assessment.missing' });
    case 'exam.passed':
      return msg(str`You passed ${names(p.exam, format)} on ${d('date')}.`, { id: 'gap.map.reason.exam.passed' });
    case 'exam.notPassed':
      return msg(str`You have not yet passed ${names(p.exams, format, 'conjunction')}.`, { id: 'gap.map.reason.exam.notPassed' });
    case 'licence.active':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} is active.`, { id: 'gap.map.reason.licence.active' });
    case 'licence.held':
      return msg(str`You held a ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')}.`, { id: 'gap.map.reason.licence.held' });
    case 'licence.lapsed':
      return msg(str`Your ${String(p.title ?? '')} licence from ${String(p.issuer ?? '')} has lapsed; the regulator asks for one in good standing.`, { id: 'gap.map.reason.licence.lapsed' });
    case 'licence.suspended':
      return msg(str`Your licence from ${String(p.issuer ?? '')} is suspended.`, { id: 'gap.map.reason.licence.suspended' });
    case 'licence.missing':
      return msg(str`A licence to practise (${terms(p.fields, format)}) in good standing is required.`, { id: 'gap.map.reason.licence.missing' });
    case 'experience.missing':
      return msg(str`${y('need')} of relevant experience are required and your profile lists none that counts.`, { id: 'gap.map.reason.experience.missingFor' });
    case 'experience.tooFew':
      return msg(str`You have ${y('have')} of relevant experience; ${y('need')} are required.`, { id: 'gap.map.reason.experience.tooFewOf' });
    case 'experience.notRecent':
      return msg(str`Your last practice was in ${String(p.lastYear ?? '')}; the regulator asks for practice within the last ${n('withinYears')} years.`, { id: 'gap.map.reason.experience.notRecent' });
    case 'experience.competenciesUnlisted':
      return msg(str`Your years are enough; show experience in: ${String(p.missing ?? '')}.`, { id: 'gap.map.reason.experience.competenciesUnlisted' });
    case 'experience.met':
      return msg(str`Your ${y('have')} of relevant experience meet the ${y('need')} required.`, { id: 'gap.map.reason.experience.metWith' });
    case 'experience.futureDate':
      return msg(str`Experience that starts in ${month('start')}, after the day of this map (${d('asOf')}), is not counted.`, { id: 'gap.map.reason.experience.futureDate' });
    case 'experience.tooOld':
      return msg(str`Only experience that ended on or after ${d('since')} counts; older periods are left out.`, { id: 'gap.map.reason.experience.tooOld' });
    case 'experience.capped':
      return msg(str`At most ${m('maxMonths')} of the experience you bring count; you list ${m('months')}.`, { id: 'gap.map.reason.experience.capped' });
    case 'experience.endMonthNeeded':
      return msg(str`Your last practice was in ${String(p.lastYear ?? '')}; it counts only if it ended on or after ${d('since')}. Give the month it ended.`, { id: 'gap.map.reason.experience.endMonthNeeded' });
    case 'exam.futureDate':
      return msg(str`A pass of ${names(p.exam, format)} dated ${d('date')}, after the day of this map (${d('asOf')}), is not counted. Check the date.`, { id: 'gap.map.reason.exam.futureDate' });
    case 'exam.expired':
      return msg(str`Your pass of ${names(p.exam, format)} on ${d('date')} counts until ${d('lastDay')}: it will have lapsed by the step it is measured at. Plan to sit it again.`, { id: 'gap.map.reason.exam.expired' });
    case 'language.met':
      return msg(str`Your ${s('test')} result of ${d('date')} meets the requirement.`, { id: 'gap.map.reason.language.met' });
    case 'language.expired':
      if (p.lastDay) return msg(str`Your ${s('test')} result of ${d('date')} met the scores but counted only until ${d('lastDay')}; retake it or ask the regulator.`, { id: 'gap.map.reason.language.expiredOn' });
      return msg(str`Your ${s('test')} result of ${d('date')} met the scores but is older than ${n('months')} months; retake it or ask the regulator.`, { id: 'gap.map.reason.language.expired' });
    case 'language.expiredShort':
      if (!Number(p.months)) return msg(str`Your ${s('test')} result of ${d('date')} no longer counts and was short in: ${terms(p.short, format, 'conjunction')}; take the test again.`, { id: 'gap.map.reason.language.expiredShortNow' });
      return msg(str`Your ${s('test')} result of ${d('date')} is older than ${n('months')} months and was short in: ${terms(p.short, format, 'conjunction')}; take the test again.`, { id: 'gap.map.reason.language.expiredShort' });
    case 'language.scoresShort':
      return msg(str`Your ${s('test')} scores are short in: ${terms(p.short, format, 'conjunction')}.`, { id: 'gap.map.reason.language.scoresShort' });
    case 'language.testNotAccepted':
      return msg(str`Your ${s('test')} result reaches the level, but the regulator accepts: ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.testNotAccepted' });
    case 'language.futureDate':
      return msg(str`Your ${s('test')} result is dated ${d('date')}, after the day of this map (${d('asOf')}): it is not counted. Check the date.`, { id: 'gap.map.reason.language.futureDate' });
    case 'language.toeflScale':
      return msg(str`Your TOEFL iBT result of ${d('date')} is on the wrong scale: results from 21 January 2026 report bands from 1 to 6 (with a comparable total out of 120), earlier results section scores from 0 to 30. Check the scale you chose.`, { id: 'gap.map.reason.language.toeflScale' });
    case 'language.mayExpire':
      return msg(str`Your ${s('test')} result counts until ${d('lastDay')}. If the step it is measured at slips past that day (it may be as late as ${d('latest')}), you will need a new result.`, { id: 'gap.map.reason.language.mayExpire' });
    case 'language.metCombined':
      return msg(str`Your ${s('test')} sittings of ${d('first')} and ${d('second')} together meet the requirement.`, { id: 'gap.map.reason.language.metCombined' });
    case 'language.otherEvidence':
      return otherEvidenceText(p, format);
    case 'language.minimumsUnverified':
      return msg(str`The regulator accepts ${s('test')}, but its minimum scores could not be checked: ask the regulator whether your result of ${d('date')} meets them.`, { id: 'gap.map.reason.language.minimumsUnverified' });
    case 'language.toeflBandsUnmapped':
      return msg(str`The regulator states its TOEFL iBT minimums as section scores from 0 to 30; your result of ${d('date')} reports bands from 1 to 6. Ask the regulator whether your bands meet its minimums.`, { id: 'gap.map.reason.language.toeflBandsUnmapped' });
    case 'language.expiresBefore':
      return msg(str`Your ${s('test')} result of ${d('date')} counts until ${d('lastDay')}, before the step it is measured at (${d('earliest')} at the earliest): plan a new result.`, { id: 'gap.map.reason.language.expiresBefore' });
    case 'language.estimate':
      if (!p.accepted) return msg(str`Your ${s('test')} result reaches the level only by an estimate: no authority publishes this conversion. The official route is a test with a published conversion.`, { id: 'gap.map.reason.language.estimateAny' });
      return msg(str`Your ${s('test')} result reaches the level only by an estimate: no authority publishes this conversion. The official route is ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.estimate' });
    case 'language.testNotListed':
      return msg(str`The regulator does not list ${s('test')}; it accepts ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.testNotListed' });
    case 'language.missing':
      if (!p.accepted) return pickText(reason.text, format.locale);
      return msg(str`A language test result is needed: ${terms(p.accepted, format)}.`, { id: 'gap.map.reason.language.missing' });
    case 'registration.pending':
      return msg('Apply to the regulator once the other requirements are met.', { id: 'gap.map.reason.registration.pending' });
    case 'requirement.notStarted':
      return msg('Not started: the profile has nothing that shows this is done.', { id: 'gap.map.reason.requirement.notStarted' });
    case 'requirement.notAsked':
      return msg(str`Your ${local('decision')} (${names(p.body, format)}) placed you in ${local('label')}: this step is not asked of you.`, { id: 'gap.map.reason.requirement.notAsked' });
    case 'requirement.dependsOnDecision':
      return msg(str`Whether this step is asked of you depends on your ${local('decision')} (${names(p.body, format)}): it is not asked of people it places in ${local('outcomes')}. Record its outcome once you have it.`, { id: 'gap.map.reason.requirement.dependsOnDecision' });
    case 'requirement.declared':
      return msg('You say this is done: keep the document that proves it ready for the regulator.', { id: 'gap.map.reason.requirement.declared' });
    default:
      return unknownReasonText(reason, format.locale);
  }
}

/** Evidence other than a test: studies or work in the language, an employer's reference, or a licence. */
function otherEvidenceText(p: Reason['params'], format: Formatters): string {
  const what = term(String(p.what ?? ''));
  const ended = typeof p.ended === 'string' ? format.date(p.ended) : '';
  const languages = languageNames(p.language, format);
  switch (p.route) {
    case 'education':
      return msg(str`Your studies (${what}, finished ${ended}) were taught in ${languages}: they may show your language proficiency without a test. The regulator decides; ask it how to show this.`, { id: 'gap.map.reason.language.otherEvidence.education' });
    case 'practice':
      return msg(str`Your work (${what}, until ${ended}) was done in ${languages}: it may show your language proficiency without a test. The regulator decides; ask it how to show this.`, { id: 'gap.map.reason.language.otherEvidence.practice' });
    case 'employer-reference':
      return msg(str`Your employer can confirm your ${languages} in your work (${what}): beside your studies taught in it or your test results, this reference may show your language proficiency without another test. The regulator decides; ask it how to show this.`, { id: 'gap.map.reason.language.otherEvidence.employerReference' });
    default:
      return msg(str`Your licence (${what}) may show your language proficiency without a test. The regulator decides; ask it how to show this.`, { id: 'gap.map.reason.language.otherEvidence.licence' });
  }
}

/**
 * A reason this version does not know (a newer server): its text in the reader's language
 * when the server sent one, else a plain sentence. Never the code.
 */
function unknownReasonText(reason: Reason, locale: string): string {
  const language = locale.split('-')[0];
  const looksLikeCode = (text?: string) => !text || text === reason.code || /^[\w-]+(\.[\w-]+)+$/.test(text.trim());
  const own = reason.text[locale] ?? reason.text[language] ?? (language === 'en' ? reason.text.en : undefined);
  if (!looksLikeCode(own)) return own!;
  return msg('The regulator’s page explains this requirement: check it with them.', { id: 'gap.map.reason.unknown' });
}
