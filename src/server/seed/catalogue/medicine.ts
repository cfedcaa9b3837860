/**
 * Physician: British Columbia (CPSBC, Practice Ready Assessment BC), England (GMC, PLAB),
 * New South Wales and Victoria (Medical Board of Australia / Ahpra, with the Australian
 * Medical Council's standard pathway). ILLUSTRATIVE.
 */
import { defineSet, link, money, t } from './define.js';
import { AHPRA_ENGLISH, AHPRA_ENGLISH_DESCRIPTION } from './pharmacy.js';
import { ieltsExam, ieltsTests, nationalCopy, oet, oetExam, pteAcademicExam } from './shared.js';

const WDOMS = { kind: 'credential-assessment' as const, title: t('Check your school in the World Directory of Medical Schools', 'Vérifier votre faculté dans le World Directory of Medical Schools'), provider: 'World Federation for Medical Education / FAIMER', link: link('https://search.wdoms.org', 'World Directory of Medical Schools'), days: [1, 14] as [number, number], cost: [], delivery: 'online' as const };
const DEGREE = { kind: 'education' as const, title: t('Medical degree from a listed school', 'Diplôme de médecine d’une faculté répertoriée'), description: t('A primary medical qualification from a school listed in the World Directory of Medical Schools.', 'Un diplôme de médecine d’une faculté inscrite au World Directory of Medical Schools.'), criteria: { education: { minLevel: 'bachelor' as const, fieldFamilies: ['medicine' as const] } } };

export const physicianBritishColumbia = defineSet({
  occupationId: 'physician',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-md',
  source: link('https://www.cpsbc.ca/registrants/current-registrants/registration-licensing', 'CPSBC: registration and licensing'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'source-verification', kind: 'credential-assessment', title: t('Source verification through physiciansapply.ca', 'Vérification à la source (physiciansapply.ca)'), description: t('The Medical Council of Canada verifies your degree with the issuing school (EPIC).', 'Le Conseil médical du Canada vérifie votre diplôme (EPIC).'), criteria: { assessment: { acceptedBodies: ['mcc'] } }, source: link('https://physiciansapply.ca', 'physiciansapply.ca') },
    { slug: 'mccqe1', kind: 'licensing-exam', title: t('MCCQE Part I', 'EACMC partie I'), description: t('The Medical Council of Canada Qualifying Examination Part I.', 'L’examen d’aptitude du CMC, partie I.'), criteria: { exam: { examIds: ['mccqe1'] }, requiresPrior: ['source-verification'] } },
    { slug: 'postgraduate-training', kind: 'education', title: t('Completed postgraduate training', 'Formation postdoctorale terminée'), description: t('Residency training in family medicine or a specialty, completed abroad or in Canada.', 'Une résidence en médecine familiale ou dans une spécialité, terminée à l’étranger ou au Canada.'), criteria: { education: { minLevel: 'postgraduate-diploma', fieldFamilies: ['medicine'] } } },
    { slug: 'practice', kind: 'work-experience', title: t('Recent independent practice', 'Exercice autonome récent'), description: t('For the practice-ready route: recent independent practice in family medicine, typically within the last three years.', 'Pour la voie « prêt à exercer » : un exercice autonome récent en médecine familiale.'), criteria: { experience: { minYears: 2, fieldFamilies: ['medicine'], recentWithinYears: 3, competencies: ['clinical-diagnosis', 'patient-management'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Accepted test results unless your medical education was in English.', 'Résultats de test, sauf si vos études de médecine étaient en anglais.'), criteria: { language: { language: 'en', acceptedTests: [...ieltsTests(7.0, 7.0, 7.0, 7.0, 7.0, true), oet()], validForMonths: 24 } } },
    { slug: 'pra', kind: 'supervised-practice', title: t('Practice Ready Assessment (PRA-BC)', 'Évaluation de la préparation à la pratique (PRA-BC)'), description: t('A 12-week clinical field assessment under supervision, followed by provisional licence and a return-of-service commitment in a BC community.', 'Une évaluation clinique supervisée de 12 semaines, suivie d’un permis provisoire et d’un engagement de service.'), criteria: { experience: { minYears: 0.25, fieldFamilies: ['medicine'], inCountry: 'CA' }, requiresPrior: ['mccqe1', 'language', 'postgraduate-training', 'practice'] } },
    { slug: 'registration', kind: 'registration', title: t('CPSBC licence', 'Permis du CPSBC'), description: t('Provisional registration under sponsorship, then full registration once certified (CCFP or Royal College).', 'Inscription provisoire parrainée, puis complète après la certification.'), criteria: { requiresPrior: ['degree', 'pra'] } },
  ],
  pathways: [
    { slug: 'wdoms', closes: ['degree'], ...WDOMS },
    { slug: 'epic', closes: ['source-verification'], kind: 'credential-assessment', title: t('physiciansapply.ca account and EPIC verification', 'Compte physiciansapply.ca et vérification EPIC'), provider: 'Medical Council of Canada', link: link('https://physiciansapply.ca', 'physiciansapply.ca'), days: [60, 180], cost: [money('CAD', 500, 700)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'mccqe1', closes: ['mccqe1'], kind: 'exam', title: t('MCCQE Part I', 'EACMC partie I'), provider: 'Medical Council of Canada', link: link('https://mcc.ca/examinations-assessments/mccqe-part-i/', 'MCC: MCCQE Part I'), days: [90, 240], cost: [money('CAD', 1420, 1420)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'carms', closes: ['postgraduate-training', 'practice'], kind: 'work-placement', title: t('Residency through CaRMS', 'Résidence par le CaRMS'), provider: 'Canadian Resident Matching Service', link: link('https://www.carms.ca', 'CaRMS'), days: [730, 1825], cost: [money('CAD', 300, 1500)], delivery: 'in-person', languages: ['en', 'fr'], prerequisites: ['mccqe1'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'pra-bc', closes: ['pra'], kind: 'work-placement', title: t('PRA-BC clinical field assessment', 'Évaluation clinique PRA-BC'), provider: 'Practice Ready Assessment – BC', link: link('https://www.prabc.ca', 'PRA-BC'), days: [90, 270], cost: [money('CAD', 0, 0)], delivery: 'in-person', prerequisites: ['mccqe1', 'language'] },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('CPSBC application and licence fee', 'Demande et droits du CPSBC'), provider: 'College of Physicians and Surgeons of British Columbia', link: link('https://www.cpsbc.ca', 'CPSBC'), days: [30, 90], cost: [money('CAD', 1500, 2500)], delivery: 'online' },
  ],
});

export const physicianEngland = defineSet({
  occupationId: 'physician',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-md',
  source: link('https://www.gmc-uk.org/registration-and-licensing/join-the-register/plab', 'GMC: PLAB'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'epic', kind: 'credential-assessment', title: t('Primary source verification (EPIC)', 'Vérification à la source (EPIC)'), description: t('The GMC has your medical degree verified with the school through ECFMG’s EPIC service.', 'Le GMC fait vérifier votre diplôme par le service EPIC de l’ECFMG.'), criteria: { assessment: { acceptedBodies: ['gmc', 'epic'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language', 'Langue anglaise'), description: t('IELTS Academic 7.5 overall with at least 7.0 in each band, or OET (Medicine) grade B in each sub-test, within two years.', 'IELTS Academic 7,5 (7,0 dans chaque épreuve) ou OET Médecine niveau B, datant de moins de deux ans.'), criteria: { language: { language: 'en', acceptedTests: [...ieltsTests(7.0, 7.0, 7.0, 7.0, 7.5, true), oet()], validForMonths: 24 } }, source: link('https://www.gmc-uk.org/registration-and-licensing/join-the-register/before-you-apply/evidence-of-your-knowledge-of-english', 'GMC: English language') },
    { slug: 'plab1', kind: 'licensing-exam', title: t('PLAB part 1', 'PLAB partie 1'), description: t('A written multiple-choice exam of applied medical knowledge.', 'Un examen écrit à choix multiple.'), criteria: { exam: { examIds: ['plab1'] }, requiresPrior: ['language'] } },
    { slug: 'plab2', kind: 'licensing-exam', title: t('PLAB part 2', 'PLAB partie 2'), description: t('An OSCE at the GMC’s clinical assessment centre in Manchester.', 'Un ECOS au centre d’évaluation clinique du GMC à Manchester.'), criteria: { exam: { examIds: ['plab2'] }, requiresPrior: ['plab1'] } },
    { slug: 'internship', kind: 'supervised-practice', title: t('Internship or equivalent', 'Internat ou équivalent'), description: t('Evidence of a year of supervised clinical practice after graduation (an internship), for full registration.', 'Preuve d’une année de pratique clinique supervisée après le diplôme, pour l’inscription complète.'), criteria: { experience: { minYears: 1, fieldFamilies: ['medicine'] } } },
    { slug: 'registration', kind: 'registration', title: t('Full registration with a licence to practise', 'Inscription complète avec licence d’exercice'), description: t('Apply within two years of passing PLAB 2, with identity check and fitness-to-practise declarations.', 'Demande dans les deux ans suivant le PLAB 2, avec vérification d’identité.'), criteria: { requiresPrior: ['degree', 'epic', 'language', 'plab1', 'plab2', 'internship'] } },
  ],
  pathways: [
    { slug: 'wdoms', closes: ['degree'], ...WDOMS },
    { slug: 'epic', closes: ['epic'], kind: 'credential-assessment', title: t('EPIC verification through GMC Online', 'Vérification EPIC via GMC Online'), provider: 'ECFMG / Intealth (EPIC) for the GMC', link: link('https://www.gmc-uk.org', 'GMC'), days: [30, 120], cost: [money('USD', 130, 200)], delivery: 'online' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('GBP', 195, 230) },
    { slug: 'oet', closes: ['language'], ...oetExam('GBP', 350, 380, 'Medicine') },
    { slug: 'plab1', closes: ['plab1'], kind: 'exam', title: t('PLAB 1 sitting', 'Séance du PLAB 1'), provider: 'General Medical Council', link: link('https://www.gmc-uk.org/registration-and-licensing/join-the-register/plab/plab-1-guide', 'GMC: PLAB 1'), days: [60, 180], cost: [money('GBP', 250, 300)], delivery: 'test-centre' },
    { slug: 'plab2', closes: ['plab2'], kind: 'exam', title: t('PLAB 2 OSCE in Manchester', 'ECOS du PLAB 2 à Manchester'), provider: 'General Medical Council', link: link('https://www.gmc-uk.org/registration-and-licensing/join-the-register/plab/plab-2-guide', 'GMC: PLAB 2'), days: [60, 240], cost: [money('GBP', 950, 1100)], delivery: 'in-person', prerequisites: ['plab1'] },
    { slug: 'internship', closes: ['internship'], kind: 'work-placement', title: t('Internship (abroad) or a UK foundation-level post', 'Internat (à l’étranger) ou poste de niveau fondation au Royaume-Uni'), provider: 'Your medical school’s teaching hospitals; NHS trusts', link: link('https://www.gmc-uk.org', 'GMC'), days: [365, 365], cost: [], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('GMC registration application and fee', 'Demande d’inscription et droits du GMC'), provider: 'General Medical Council', link: link('https://www.gmc-uk.org/registration-and-licensing/join-the-register', 'GMC: join the register'), days: [14, 60], cost: [money('GBP', 150, 450)], delivery: 'online' },
  ],
});

export const physicianNewSouthWales = defineSet({
  occupationId: 'physician',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-md',
  source: link('https://www.amc.org.au/assessment/pathways/standard-pathway/', 'AMC: standard pathway'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'verification', kind: 'credential-assessment', title: t('AMC primary source verification', 'Vérification à la source par l’AMC'), description: t('The Australian Medical Council verifies your degree through EPIC. Doctors from a few countries (e.g. the UK, Ireland, Canada, the US) may use the competent authority pathway instead.', 'L’AMC vérifie votre diplôme par EPIC; les médecins de quelques pays peuvent suivre la voie de l’autorité compétente.'), criteria: { assessment: { acceptedBodies: ['amc'] } } },
    { slug: 'cat-mcq', kind: 'licensing-exam', title: t('AMC computer adaptive test (MCQ)', 'Examen informatisé adaptatif de l’AMC (QCM)'), description: t('A multiple-choice exam of medical knowledge.', 'Un examen à choix multiple.'), criteria: { exam: { examIds: ['amc-cat-mcq'] }, requiresPrior: ['verification'] } },
    { slug: 'clinical', kind: 'licensing-exam', title: t('AMC clinical examination or workplace-based assessment', 'Examen clinique de l’AMC ou évaluation en milieu de travail'), description: t('The AMC clinical exam, or a year of workplace-based assessment in an accredited health service.', 'L’examen clinique de l’AMC, ou une année d’évaluation en milieu de travail.'), criteria: { exam: { examIds: ['amc-clinical', 'amc-wba'] }, requiresPrior: ['cat-mcq'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language skills', 'Compétences en anglais'), description: AHPRA_ENGLISH_DESCRIPTION, criteria: { language: { language: 'en', acceptedTests: AHPRA_ENGLISH, validForMonths: 24 } }, source: link('https://www.medicalboard.gov.au/Registration-Standards.aspx', 'Medical Board: registration standards') },
    { slug: 'supervised-practice', kind: 'supervised-practice', title: t('Twelve months of supervised practice', 'Douze mois de pratique supervisée'), description: t('After the AMC certificate, a year of supervised practice in Australia before general registration.', 'Après le certificat de l’AMC, un an de pratique supervisée en Australie.'), criteria: { experience: { minYears: 1, fieldFamilies: ['medicine'], inCountry: 'AU' }, requiresPrior: ['clinical', 'language'] } },
    { slug: 'registration', kind: 'registration', title: t('General registration with the Medical Board (Ahpra)', 'Inscription générale auprès du Medical Board (Ahpra)'), description: t('Criminal history and identity checks, professional indemnity and the fee.', 'Vérifications, assurance et droits.'), criteria: { requiresPrior: ['degree', 'verification', 'cat-mcq', 'clinical', 'language', 'supervised-practice'] } },
  ],
  pathways: [
    { slug: 'wdoms', closes: ['degree'], ...WDOMS },
    { slug: 'epic', closes: ['verification'], kind: 'credential-assessment', title: t('AMC portfolio and EPIC verification', 'Dossier AMC et vérification EPIC'), provider: 'Australian Medical Council', link: link('https://www.amc.org.au', 'AMC'), days: [30, 120], cost: [money('AUD', 500, 1000)], delivery: 'online' },
    { slug: 'cat-mcq', closes: ['cat-mcq'], kind: 'exam', title: t('AMC CAT MCQ examination', 'Examen QCM de l’AMC'), provider: 'Australian Medical Council (Pearson VUE centres)', link: link('https://www.amc.org.au', 'AMC'), days: [60, 180], cost: [money('AUD', 2700, 3100)], delivery: 'test-centre' },
    { slug: 'clinical-exam', closes: ['clinical'], kind: 'exam', title: t('AMC clinical examination', 'Examen clinique de l’AMC'), provider: 'Australian Medical Council', link: link('https://www.amc.org.au', 'AMC'), days: [90, 365], cost: [money('AUD', 3800, 4500)], delivery: 'in-person', prerequisites: ['cat-mcq'] },
    { slug: 'wba', closes: ['clinical'], kind: 'work-placement', title: t('Workplace-based assessment programme', 'Programme d’évaluation en milieu de travail'), provider: 'AMC-accredited health services (e.g. NSW Local Health Districts)', link: link('https://www.amc.org.au', 'AMC'), days: [180, 365], cost: [money('AUD', 0, 5000)], delivery: 'in-person', prerequisites: ['cat-mcq'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('AUD', 420, 460) },
    { slug: 'oet', closes: ['language'], ...oetExam('AUD', 580, 600, 'Medicine') },
    { slug: 'pte', closes: ['language'], ...pteAcademicExam('AUD', 430, 470) },
    { slug: 'supervised-practice', closes: ['supervised-practice'], kind: 'work-placement', title: t('Supervised position with limited or provisional registration', 'Poste supervisé avec inscription limitée ou provisoire'), provider: 'NSW public hospitals and health services', link: link('https://www.health.nsw.gov.au', 'NSW Health'), days: [365, 400], cost: [money('AUD', 0, 0)], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Ahpra registration application', 'Demande d’inscription à Ahpra'), provider: 'Ahpra', link: link('https://www.ahpra.gov.au/Registration.aspx', 'Ahpra: registration'), days: [14, 60], cost: [money('AUD', 500, 1000)], delivery: 'online' },
  ],
});

/** Ahpra registers doctors nationally: the Victorian set is the NSW one. */
export const physicianVictoria = nationalCopy(physicianNewSouthWales, 'au-vic', {
  'md-wba': { provider: 'AMC-accredited health services in Victoria', link: link('https://www.amc.org.au', 'AMC') },
  'md-supervised-practice': { provider: 'Victorian public health services', link: link('https://www.health.vic.gov.au', 'Victorian Department of Health') },
});
