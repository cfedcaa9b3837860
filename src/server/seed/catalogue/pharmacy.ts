/**
 * Pharmacist: British Columbia (College of Pharmacists of BC, with PEBC), England (GPhC,
 * OSPAP route), New South Wales and Victoria (Pharmacy Board of Australia / Ahpra, with
 * the Australian Pharmacy Council). ILLUSTRATIVE.
 */
import type { AcceptedTest } from '../../../api/catalogue.js';
import { defineSet, link, money, t } from './define.js';
import { ieltsExam, ieltsTests, nationalCopy, oet, oetExam, pteAcademicExam } from './shared.js';

/** Ahpra's common English language skills standard for the health boards. */
export const AHPRA_ENGLISH: AcceptedTest[] = [
  ...ieltsTests(7, 7, 7, 7, 7, true),
  oet(),
  { test: 'pte-academic', minScores: { reading: 65, writing: 65, listening: 65, speaking: 65, overall: 65 } },
  { test: 'toefl-ibt', minScores: { reading: 24, writing: 27, listening: 24, speaking: 23, overall: 94 } },
];
export const AHPRA_ENGLISH_DESCRIPTION = t(
  'Ahpra’s English standard: IELTS Academic 7 in each band, OET B in each sub-test, PTE Academic 65 in each part, or TOEFL iBT 94 (R24, L24, W27, S23), within two years.',
  'La norme d’Ahpra : IELTS Academic 7 dans chaque épreuve, OET B, PTE Academic 65 ou TOEFL iBT 94, datant de moins de deux ans.',
);

export const pharmacistBritishColumbia = defineSet({
  occupationId: 'pharmacist',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-pharm',
  source: link('https://www.bcpharmacists.org/international-pharmacy-graduates', 'CPBC: international pharmacy graduates'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Pharmacy degree', 'Diplôme en pharmacie'), description: t('A pharmacy degree from a recognised programme.', 'Un diplôme en pharmacie reconnu.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['pharmacy'] } } },
    { slug: 'document-evaluation', kind: 'credential-assessment', title: t('PEBC document evaluation', 'Évaluation des documents par le BEPC'), description: t('The Pharmacy Examining Board of Canada verifies your degree and licence.', 'Le BEPC vérifie votre diplôme et votre permis.'), criteria: { assessment: { acceptedBodies: ['pebc'] }, licence: { fieldFamilies: ['pharmacy'], mustBeActive: false } }, source: link('https://www.pebc.ca', 'PEBC') },
    { slug: 'evaluating-exam', kind: 'licensing-exam', title: t('PEBC Evaluating Examination', 'Examen d’évaluation du BEPC'), description: t('A multiple-choice exam of pharmacy knowledge for international graduates.', 'Examen à choix multiple pour diplômés internationaux.'), criteria: { exam: { examIds: ['pebc-ee'] }, requiresPrior: ['document-evaluation'] } },
    { slug: 'qualifying-exam', kind: 'licensing-exam', title: t('PEBC Qualifying Examination', 'Examen d’aptitude du BEPC'), description: t('The national licensing exam.', 'L’examen national d’aptitude.'), criteria: { exam: { examIds: ['pebc-qe'] }, requiresPrior: ['evaluating-exam'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Accepted English test results meeting the national minimums for pharmacists.', 'Résultats de test d’anglais atteignant les minimums nationaux.'), criteria: { language: { language: 'en', acceptedTests: [...ieltsTests(6.0, 6.0, 6.0, 7.0, 6.5, true), { test: 'toefl-ibt', minScores: { reading: 20, writing: 20, listening: 20, speaking: 26, overall: 92 } }], validForMonths: 24 } } },
    { slug: 'jurisprudence', kind: 'licensing-exam', title: t('CPBC jurisprudence exam', 'Examen de jurisprudence du CPBC'), description: t('An exam on the laws and standards governing pharmacy practice in BC.', 'Un examen sur les lois et normes de la pharmacie en Colombie-Britannique.'), criteria: { exam: { examIds: ['cpbc-jurisprudence'] } } },
    { slug: 'practical-training', kind: 'supervised-practice', title: t('Structured practical training', 'Formation pratique structurée'), description: t('Practical training under a preceptor in a BC pharmacy, registered as a pharmacy student.', 'Formation pratique sous un précepteur dans une pharmacie de la Colombie-Britannique.'), criteria: { experience: { minYears: 0.25, fieldFamilies: ['pharmacy'], inCountry: 'CA' }, requiresPrior: ['evaluating-exam'] } },
    { slug: 'registration', kind: 'registration', title: t('Register with the College of Pharmacists of BC', 'Inscription au College of Pharmacists of BC'), description: t('Registration fee, criminal record check and declarations.', 'Droits, vérification du casier et déclarations.'), criteria: { requiresPrior: ['education', 'qualifying-exam', 'language', 'jurisprudence', 'practical-training'] } },
  ],
  pathways: [
    { slug: 'pebc-docs', closes: ['document-evaluation'], kind: 'credential-assessment', title: t('PEBC document evaluation', 'Évaluation des documents du BEPC'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca', 'PEBC'), days: [60, 180], cost: [money('CAD', 700, 750)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'pharmd', closes: ['education'], kind: 'course', title: t('Entry-to-practice PharmD', 'PharmD de premier cycle'), provider: 'Faculty of Pharmaceutical Sciences, University of British Columbia', link: link('https://pharmsci.ubc.ca', 'UBC Pharmaceutical Sciences'), days: [1095, 1460], cost: [money('CAD', 40000, 80000)], delivery: 'in-person' },
    { slug: 'pebc-ee', closes: ['evaluating-exam'], kind: 'exam', title: t('PEBC Evaluating Examination', 'Examen d’évaluation'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca', 'PEBC'), days: [60, 180], cost: [money('CAD', 800, 850)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'cp3', closes: ['qualifying-exam'], kind: 'bridging-program', title: t('Canadian Pharmacy Practice Programme for international graduates (CP3)', 'Programme de pratique pharmaceutique canadienne (CP3)'), provider: 'Faculty of Pharmaceutical Sciences, University of British Columbia', link: link('https://pharmsci.ubc.ca', 'UBC Pharmaceutical Sciences'), days: [90, 240], cost: [money('CAD', 5000, 10000)], delivery: 'hybrid', prerequisites: ['evaluating-exam'] },
    { slug: 'pebc-qe', closes: ['qualifying-exam'], kind: 'exam', title: t('PEBC Qualifying Examination', 'Examen d’aptitude'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca', 'PEBC'), days: [90, 240], cost: [money('CAD', 1000, 2400)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'jurisprudence', closes: ['jurisprudence'], kind: 'exam', title: t('CPBC jurisprudence exam', 'Examen de jurisprudence'), provider: 'College of Pharmacists of British Columbia', link: link('https://www.bcpharmacists.org', 'CPBC'), days: [14, 60], cost: [money('CAD', 100, 300)], delivery: 'online' },
    { slug: 'training', closes: ['practical-training'], kind: 'work-placement', title: t('Structured practical training with a preceptor', 'Formation pratique avec un précepteur'), provider: 'BC community and hospital pharmacies, with the College', link: link('https://www.bcpharmacists.org', 'CPBC'), days: [84, 180], cost: [money('CAD', 0, 700)], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration and licence fees', 'Droits d’inscription et de permis'), provider: 'College of Pharmacists of British Columbia', link: link('https://www.bcpharmacists.org', 'CPBC'), days: [14, 45], cost: [money('CAD', 700, 1200)], delivery: 'online' },
  ],
});

export const pharmacistEngland = defineSet({
  occupationId: 'pharmacist',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-pharm',
  source: link('https://www.pharmacyregulation.org/registration/registering-pharmacist/international-pharmacists', 'GPhC: internationally qualified pharmacists'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Pharmacy degree', 'Diplôme en pharmacie'), description: t('A pharmacy degree that lets you practise where it was earned.', 'Un diplôme en pharmacie qui permet d’exercer là où il a été obtenu.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['pharmacy'] }, licence: { fieldFamilies: ['pharmacy'], mustBeActive: false } } },
    { slug: 'eligibility', kind: 'credential-assessment', title: t('GPhC eligibility assessment for OSPAP', 'Évaluation de l’admissibilité à l’OSPAP par le GPhC'), description: t('The GPhC checks your qualification and registration and decides whether you may apply to OSPAP.', 'Le GPhC vérifie vos qualifications et décide si vous pouvez vous inscrire à l’OSPAP.'), criteria: { assessment: { acceptedBodies: ['gphc'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language', 'Langue anglaise'), description: t('IELTS Academic 7.0 overall with at least 6.5 in each band.', 'IELTS Academic 7,0 avec au moins 6,5 dans chaque épreuve.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(6.5, 6.5, 6.5, 6.5, 7.0, true), validForMonths: 24 } } },
    { slug: 'ospap', kind: 'education', title: t('Overseas Pharmacists’ Assessment Programme (OSPAP)', 'Programme d’évaluation des pharmaciens étrangers (OSPAP)'), description: t('A one-year postgraduate diploma at a UK university accredited for OSPAP.', 'Un diplôme d’études supérieures d’un an dans une université britannique agréée.'), criteria: { exam: { examIds: ['gphc-ospap'] }, requiresPrior: ['eligibility', 'language'] } },
    { slug: 'foundation', kind: 'supervised-practice', title: t('Foundation training year', 'Année de formation de base'), description: t('About 52 weeks of supervised training in a GPhC-approved placement in Great Britain.', 'Environ 52 semaines de formation supervisée dans un milieu approuvé par le GPhC.'), criteria: { experience: { minYears: 1, fieldFamilies: ['pharmacy'], inCountry: 'GB' }, requiresPrior: ['ospap'] } },
    { slug: 'assessment', kind: 'licensing-exam', title: t('GPhC registration assessment', 'Examen d’inscription du GPhC'), description: t('The written registration assessment, taken during the foundation year.', 'L’examen écrit d’inscription, pendant l’année de formation.'), criteria: { exam: { examIds: ['gphc-registration-assessment'] }, requiresPrior: ['ospap'] } },
    { slug: 'registration', kind: 'registration', title: t('Join the GPhC register', 'Inscription au registre du GPhC'), description: t('Declarations of fitness to practise, your tutor’s sign-off and the fee.', 'Déclarations d’aptitude, approbation du tuteur et droits.'), criteria: { requiresPrior: ['education', 'eligibility', 'language', 'ospap', 'foundation', 'assessment'] } },
  ],
  pathways: [
    { slug: 'eligibility', closes: ['eligibility'], kind: 'credential-assessment', title: t('GPhC application for OSPAP eligibility', 'Demande d’admissibilité à l’OSPAP'), provider: 'General Pharmaceutical Council', link: link('https://www.pharmacyregulation.org', 'GPhC'), days: [60, 150], cost: [money('GBP', 700, 900)], delivery: 'online' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('GBP', 195, 230) },
    { slug: 'mpharm', closes: ['education'], kind: 'course', title: t('UK Master of Pharmacy (MPharm)', 'Master of Pharmacy (MPharm) britannique'), provider: 'GPhC-accredited UK schools of pharmacy', link: link('https://www.pharmacyregulation.org', 'GPhC: accredited courses'), days: [1095, 1460], cost: [money('GBP', 37000, 100000)], delivery: 'in-person' },
    { slug: 'ospap', closes: ['ospap'], kind: 'course', title: t('OSPAP postgraduate diploma', 'Diplôme OSPAP'), provider: 'OSPAP-accredited UK universities (e.g. Aston University, University of Sunderland)', link: link('https://www.pharmacyregulation.org', 'GPhC: OSPAP'), days: [300, 365], cost: [money('GBP', 12000, 25000)], delivery: 'in-person', prerequisites: ['eligibility', 'language'] },
    { slug: 'foundation', closes: ['foundation'], kind: 'work-placement', title: t('Foundation training placement (salaried)', 'Stage de formation de base (rémunéré)'), provider: 'Community and hospital pharmacies in England (e.g. via Oriel recruitment)', link: link('https://www.oriel.nhs.uk', 'Oriel'), days: [365, 365], cost: [money('GBP', 0, 0)], delivery: 'in-person', prerequisites: ['ospap'] },
    { slug: 'assessment', closes: ['assessment'], kind: 'exam', title: t('GPhC registration assessment sitting', 'Séance de l’examen d’inscription'), provider: 'General Pharmaceutical Council (Pearson VUE centres)', link: link('https://www.pharmacyregulation.org', 'GPhC'), days: [60, 180], cost: [money('GBP', 200, 250)], delivery: 'test-centre' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration application and fee', 'Demande et droits d’inscription'), provider: 'General Pharmaceutical Council', link: link('https://www.pharmacyregulation.org', 'GPhC'), days: [14, 45], cost: [money('GBP', 250, 400)], delivery: 'online' },
  ],
});

export const pharmacistNewSouthWales = defineSet({
  occupationId: 'pharmacist',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-pharm',
  source: link('https://www.pharmacycouncil.org.au/skills-assessment/', 'Australian Pharmacy Council: skills assessment'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Pharmacy degree', 'Diplôme en pharmacie'), description: t('A pharmacy degree giving registration where it was earned.', 'Un diplôme en pharmacie donnant droit à l’inscription là où il a été obtenu.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['pharmacy'] }, licence: { fieldFamilies: ['pharmacy'], mustBeActive: false } } },
    { slug: 'apc-assessment', kind: 'credential-assessment', title: t('APC assessment of your qualification', 'Évaluation de votre diplôme par l’APC'), description: t('The Australian Pharmacy Council checks your documents; pharmacists from a few countries may use a competent-authority route, most take the KAPS exam.', 'L’APC vérifie vos documents; la plupart passent ensuite l’examen KAPS.'), criteria: { assessment: { acceptedBodies: ['apc'] } } },
    { slug: 'kaps', kind: 'licensing-exam', title: t('Knowledge Assessment of Pharmaceutical Sciences (KAPS)', 'Examen KAPS'), description: t('Two multiple-choice papers on pharmaceutical sciences and practice.', 'Deux épreuves à choix multiple.'), criteria: { exam: { examIds: ['apc-kaps'] }, requiresPrior: ['apc-assessment'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language skills', 'Compétences en anglais'), description: AHPRA_ENGLISH_DESCRIPTION, criteria: { language: { language: 'en', acceptedTests: AHPRA_ENGLISH, validForMonths: 24 } }, source: link('https://www.pharmacyboard.gov.au/Registration-Standards.aspx', 'Pharmacy Board: registration standards') },
    { slug: 'supervised-practice', kind: 'supervised-practice', title: t('Supervised practice as an intern with an intern training programme', 'Pratique supervisée comme interne et programme de formation'), description: t('Provisional registration, then supervised practice hours set by the Board with an accredited intern training programme.', 'Inscription provisoire, puis heures de pratique supervisée avec un programme de formation agréé.'), criteria: { experience: { minYears: 1, fieldFamilies: ['pharmacy'], inCountry: 'AU' }, requiresPrior: ['kaps', 'language'] } },
    { slug: 'final-exams', kind: 'licensing-exam', title: t('Intern written and oral examinations', 'Examens écrit et oral de l’internat'), description: t('The Board’s written exam and the APC oral exam at the end of the intern year.', 'L’examen écrit et l’examen oral à la fin de l’internat.'), criteria: { exam: { examIds: ['pharmacy-board-written', 'apc-oral'] }, requiresPrior: ['supervised-practice'] } },
    { slug: 'registration', kind: 'registration', title: t('General registration with Ahpra', 'Inscription générale auprès d’Ahpra'), description: t('Criminal history and identity checks, professional indemnity insurance and the fee.', 'Vérifications, assurance responsabilité et droits.'), criteria: { requiresPrior: ['education', 'apc-assessment', 'kaps', 'language', 'supervised-practice', 'final-exams'] } },
  ],
  pathways: [
    { slug: 'apc-assessment', closes: ['apc-assessment'], kind: 'credential-assessment', title: t('APC document assessment', 'Évaluation des documents par l’APC'), provider: 'Australian Pharmacy Council', link: link('https://www.pharmacycouncil.org.au/skills-assessment/', 'APC'), days: [30, 90], cost: [money('AUD', 800, 1500)], delivery: 'online' },
    { slug: 'degree', closes: ['education'], kind: 'course', title: t('Australian pharmacy degree (BPharm or MPharm)', 'Diplôme australien en pharmacie'), provider: 'Australian universities (e.g. University of Sydney)', link: link('https://www.sydney.edu.au', 'University of Sydney'), days: [730, 1460], cost: [money('AUD', 60000, 180000)], delivery: 'in-person' },
    { slug: 'kaps', closes: ['kaps'], kind: 'exam', title: t('KAPS papers 1 and 2', 'Épreuves KAPS 1 et 2'), provider: 'Australian Pharmacy Council', link: link('https://www.pharmacycouncil.org.au', 'APC'), days: [60, 180], cost: [money('AUD', 1500, 2500)], delivery: 'test-centre' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('AUD', 420, 460) },
    { slug: 'oet', closes: ['language'], ...oetExam('AUD', 580, 600, 'Pharmacy') },
    { slug: 'pte', closes: ['language'], ...pteAcademicExam('AUD', 430, 470) },
    { slug: 'internship', closes: ['supervised-practice'], kind: 'work-placement', title: t('Internship with an intern training programme', 'Internat avec programme de formation'), provider: 'Community or hospital pharmacy employer; accredited intern training programme provider', link: link('https://www.pharmacyboard.gov.au', 'Pharmacy Board of Australia'), days: [300, 400], cost: [money('AUD', 2000, 4500)], delivery: 'in-person', prerequisites: ['kaps'] },
    { slug: 'final-exams', closes: ['final-exams'], kind: 'exam', title: t('Written and oral examinations', 'Examens écrit et oral'), provider: 'Pharmacy Board of Australia / Australian Pharmacy Council', link: link('https://www.pharmacyboard.gov.au', 'Pharmacy Board of Australia'), days: [30, 120], cost: [money('AUD', 1200, 2200)], delivery: 'test-centre', prerequisites: ['internship'] },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Ahpra registration application', 'Demande d’inscription à Ahpra'), provider: 'Ahpra', link: link('https://www.ahpra.gov.au/Registration.aspx', 'Ahpra: registration'), days: [14, 60], cost: [money('AUD', 300, 600)], delivery: 'online' },
  ],
});

/** Ahpra registers pharmacists nationally: the Victorian set is the NSW one. */
export const pharmacistVictoria = nationalCopy(pharmacistNewSouthWales, 'au-vic', {
  'pharm-degree': { provider: 'Australian universities (e.g. Monash University)', link: link('https://www.monash.edu', 'Monash University') },
});
