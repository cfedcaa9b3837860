/**
 * Recognition paths that real programs walk, by occupation and jurisdiction. Step codes
 * are the slugs a mentee's gap map uses for the same pathway, so a mentee who plans
 * `nclex-rn` finds mentors who passed it.
 */
import type { CredentialStep } from '../../../api/mentor.js';

type Step = [code: string, kind: CredentialStep['kind'], label: string];

export const PATHS: Readonly<Record<string, readonly Step[]>> = {
  'rn-ca-on': [
    ['nnas', 'credential-assessment', 'NNAS advisory report'],
    ['cno-evaluation', 'registration', 'College of Nurses of Ontario application and education evaluation'],
    ['nclex-rn', 'exam', 'NCLEX-RN'],
    ['cno-jurisprudence', 'exam', 'CNO jurisprudence exam'],
  ],
  'rn-ca-on-bridging': [
    ['nnas', 'credential-assessment', 'NNAS advisory report'],
    ['ien-bridging', 'bridging-program', 'Internationally educated nurses bridging program'],
    ['nclex-rn', 'exam', 'NCLEX-RN'],
    ['cno-jurisprudence', 'exam', 'CNO jurisprudence exam'],
  ],
  'rn-ca-bc': [
    ['nnas', 'credential-assessment', 'NNAS advisory report'],
    ['bccnm-ncas', 'credential-assessment', 'BCCNM competency assessment (NCAS)'],
    ['nclex-rn', 'exam', 'NCLEX-RN'],
  ],
  'rn-ca-ab': [
    ['nnas', 'credential-assessment', 'NNAS advisory report'],
    ['crna-equivalence', 'credential-assessment', 'CRNA substantial equivalence review'],
    ['nclex-rn', 'exam', 'NCLEX-RN'],
  ],
  'rn-gb-eng': [
    ['oet', 'language-test', 'Occupational English Test'],
    ['nmc-cbt', 'exam', 'NMC computer-based test'],
    ['nmc-osce', 'exam', 'NMC OSCE'],
  ],
  'rn-au': [
    ['oet', 'language-test', 'Occupational English Test'],
    ['ahpra-nmba', 'registration', 'NMBA registration through AHPRA'],
    ['nmba-osce', 'exam', 'NMBA OSCE'],
  ],
  'eng-ca-on': [
    ['peo-academic', 'credential-assessment', 'PEO academic assessment'],
    ['ppe', 'exam', 'Professional Practice Exam'],
    ['peo-experience', 'supervised-practice', '12 months of Canadian engineering experience'],
  ],
  'eng-ca-bc': [
    ['egbc-academic', 'credential-assessment', 'EGBC academic review'],
    ['ppe', 'exam', 'Professional Practice Exam'],
    ['egbc-competency', 'supervised-practice', 'Competency-based experience assessment'],
  ],
  'eng-ca-ab': [
    ['apega-academic', 'credential-assessment', 'APEGA academic assessment'],
    ['nppe', 'exam', 'National Professional Practice Exam'],
    ['apega-experience', 'supervised-practice', 'Four years of reported engineering experience'],
  ],
  'eng-ca-qc': [
    ['oiq-equivalence', 'credential-assessment', 'OIQ diploma equivalence'],
    ['oqlf-french', 'language-test', 'OQLF French proficiency exam'],
    ['oiq-exam', 'exam', 'OIQ professional exam'],
  ],
  'eng-gb-eng': [
    ['uk-enic', 'credential-assessment', 'UK ENIC statement of comparability'],
    ['ceng-review', 'registration', 'Chartered Engineer professional review'],
  ],
  'eng-au': [
    ['ea-msa', 'credential-assessment', 'Engineers Australia migration skills assessment'],
    ['ner', 'registration', 'National Engineering Register'],
  ],
  'eng-de-by': [
    ['zab-recognition', 'credential-assessment', 'ZAB statement of comparability'],
    ['goethe-b2', 'language-test', 'Goethe-Zertifikat B2'],
    ['ingenieur-title', 'registration', 'Permission to use the title Ingenieur (Bavaria)'],
  ],
  'pharm-ca': [
    ['pebc-document', 'credential-assessment', 'PEBC document evaluation'],
    ['pebc-evaluating', 'exam', 'PEBC evaluating exam'],
    ['pebc-qualifying', 'exam', 'PEBC qualifying exam'],
    ['pharm-practical-training', 'supervised-practice', 'Structured practical training'],
  ],
  'pharm-gb-eng': [
    ['osprap', 'bridging-program', 'Overseas Pharmacists Assessment Programme'],
    ['gphc-foundation', 'supervised-practice', 'Foundation training year'],
    ['gphc-assessment', 'exam', 'GPhC registration assessment'],
  ],
  'pharm-au': [
    ['apc-assessment', 'credential-assessment', 'Australian Pharmacy Council assessment'],
    ['kaps', 'exam', 'KAPS exam'],
    ['pharm-supervised-au', 'supervised-practice', 'Supervised practice'],
  ],
  'md-ca': [
    ['mcc-qe1', 'exam', 'MCCQE Part I'],
    ['nac-osce', 'exam', 'NAC OSCE'],
    ['carms', 'registration', 'CaRMS residency match'],
  ],
  'md-ca-ab': [
    ['mcc-qe1', 'exam', 'MCCQE Part I'],
    ['cpsa-pra', 'supervised-practice', 'Practice Readiness Assessment (CPSA)'],
  ],
  'md-gb-eng': [
    ['plab1', 'exam', 'PLAB 1'],
    ['plab2', 'exam', 'PLAB 2'],
    ['gmc-registration', 'registration', 'GMC registration with a licence to practise'],
  ],
  'md-au': [
    ['amc-cat', 'exam', 'AMC CAT MCQ'],
    ['amc-clinical', 'exam', 'AMC clinical exam'],
  ],
  'cpa-ca': [
    ['cpa-international', 'credential-assessment', 'CPA international qualifications assessment'],
    ['cpa-pep', 'course', 'CPA Professional Education Program modules'],
    ['cpa-cfe', 'exam', 'Common Final Examination'],
  ],
  'acc-gb-eng': [
    ['acca-exemptions', 'credential-assessment', 'ACCA exemptions review'],
    ['acca-strategic', 'exam', 'ACCA strategic professional exams'],
  ],
  'acc-au': [
    ['cpa-au-assessment', 'credential-assessment', 'CPA Australia migration assessment'],
    ['cpa-au-program', 'course', 'CPA Program'],
  ],
  'teach-ca-on': [
    ['wes-ece', 'credential-assessment', 'WES course-by-course evaluation'],
    ['oct-certification', 'registration', 'Ontario College of Teachers certification'],
  ],
  'teach-ca-bc': [
    ['wes-ece', 'credential-assessment', 'WES course-by-course evaluation'],
    ['bc-trb', 'registration', 'BC Teacher Certification Branch'],
  ],
  'teach-ca-qc': [
    ['mees-equivalence', 'credential-assessment', 'Quebec comparative evaluation'],
    ['tecfee', 'language-test', 'TECFEE French test'],
    ['qc-teaching-licence', 'registration', 'Quebec provisional teaching licence'],
  ],
  'teach-gb-eng': [
    ['uk-enic', 'credential-assessment', 'UK ENIC statement of comparability'],
    ['qts', 'registration', 'Qualified Teacher Status'],
  ],
  'teach-de-by': [
    ['kmk-recognition', 'credential-assessment', 'Recognition by the Bavarian ministry of education'],
    ['goethe-c1', 'language-test', 'Goethe-Zertifikat C1'],
    ['anpassungslehrgang', 'bridging-program', 'Adaptation period in a Bavarian school'],
  ],
  'elec-ca-on': [
    ['sto-trade-equivalency', 'credential-assessment', 'Skilled Trades Ontario trade equivalency assessment'],
    ['309a-exam', 'exam', '309A certificate of qualification exam'],
  ],
  'elec-ca-ab': [
    ['ab-trade-qualifier', 'credential-assessment', 'Alberta trade qualifier'],
    ['red-seal-electrician', 'exam', 'Red Seal construction electrician exam'],
  ],
  'elec-ca-bc': [
    ['skilledtradesbc-challenge', 'credential-assessment', 'SkilledTradesBC challenge'],
    ['red-seal-electrician', 'exam', 'Red Seal construction electrician exam'],
  ],
  'elec-au': [
    ['otsr', 'credential-assessment', 'Offshore technical skills record'],
    ['capstone', 'exam', 'Capstone assessment'],
  ],
  'elec-de-by': [
    ['hwk-recognition', 'credential-assessment', 'Chamber of crafts recognition (HWK Bayern)'],
    ['goethe-b1', 'language-test', 'Goethe-Zertifikat B1'],
  ],
  'dev-ca': [
    ['wes-ece', 'credential-assessment', 'WES credential evaluation'],
    ['tech-bridging', 'bridging-program', 'Bridging program for internationally trained tech professionals'],
  ],
  'dev-gb-eng': [['uk-enic', 'credential-assessment', 'UK ENIC statement of comparability']],
  'dev-de-by': [
    ['zab-recognition', 'credential-assessment', 'ZAB statement of comparability'],
    ['blue-card', 'registration', 'EU Blue Card'],
  ],
  'dev-au': [['acs-assessment', 'credential-assessment', 'ACS skills assessment']],
  'sw-ca-on': [
    ['ocswssw-review', 'credential-assessment', 'OCSWSSW academic equivalency review'],
    ['aswb-exam', 'exam', 'ASWB exam'],
  ],
  'sw-ca-bc': [
    ['bccsw-review', 'credential-assessment', 'BCCSW credential review'],
    ['aswb-exam', 'exam', 'ASWB exam'],
  ],
  'sw-gb-eng': [['swe-international', 'registration', 'Social Work England international application']],
  'sw-au': [['aasw-assessment', 'credential-assessment', 'AASW overseas qualifications assessment']],
  'dent-ca': [
    ['ndeb-afk', 'exam', 'NDEB Assessment of Fundamental Knowledge'],
    ['ndeb-ace', 'exam', 'NDEB Assessment of Clinical Skills'],
    ['ndeb-vosce', 'exam', 'NDEB virtual OSCE'],
  ],
  'dent-gb-eng': [
    ['ore1', 'exam', 'Overseas Registration Exam part 1'],
    ['ore2', 'exam', 'Overseas Registration Exam part 2'],
  ],
  'dent-au': [
    ['adc-written', 'exam', 'ADC written exam'],
    ['adc-practical', 'exam', 'ADC practical exam'],
  ],
  'data-ca': [
    ['wes-ece', 'credential-assessment', 'WES credential evaluation'],
    ['data-bridging', 'bridging-program', 'Data analytics bridging certificate'],
  ],
  'data-gb-eng': [['uk-enic', 'credential-assessment', 'UK ENIC statement of comparability']],
};

export function pathSteps(key: string, firstYear: number): CredentialStep[] {
  const steps = PATHS[key];
  if (!steps) throw new Error(`Unknown seed path ${key}`);
  return steps.map(([code, kind, label], index) => ({ code, kind, label, year: firstYear + Math.floor(index / 2) }));
}
