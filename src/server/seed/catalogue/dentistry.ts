/**
 * Dentist: British Columbia (BC College of Oral Health Professionals, with NDEB), England
 * (GDC, Overseas Registration Exam), New South Wales and Victoria (Dental Board of
 * Australia / Ahpra, with the Australian Dental Council). ILLUSTRATIVE.
 */
import { defineSet, link, money, t } from './define.js';
import { AHPRA_ENGLISH, AHPRA_ENGLISH_DESCRIPTION } from './pharmacy.js';
import { ieltsExam, ieltsTests, nationalCopy, oetExam, pteAcademicExam } from './shared.js';

const DEGREE = { kind: 'education' as const, title: t('Dental degree', 'Diplôme en médecine dentaire'), description: t('A university degree in dentistry that allows practice where it was earned.', 'Un diplôme universitaire en médecine dentaire qui permet d’exercer là où il a été obtenu.'), criteria: { education: { minLevel: 'bachelor' as const, fieldFamilies: ['dentistry' as const] } } };

export const dentistBritishColumbia = defineSet({
  occupationId: 'dentist',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-dds',
  source: link('https://oralhealthbc.ca', 'BC College of Oral Health Professionals'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'ndeb-credentials', kind: 'credential-assessment', title: t('NDEB credential verification', 'Vérification des titres par le BNED'), description: t('The National Dental Examining Board verifies your degree before the Equivalency Process.', 'Le BNED vérifie votre diplôme avant le processus d’équivalence.'), criteria: { assessment: { acceptedBodies: ['ndeb'] } }, source: link('https://ndeb-bned.ca', 'NDEB') },
    { slug: 'equivalency', kind: 'licensing-exam', title: t('NDEB Equivalency Process (AFK, ACJ, NDECC)', 'Processus d’équivalence du BNED (ECFB, EJC, ECCND)'), description: t('Assessments of fundamental knowledge, clinical judgement and clinical skills; a degree-completion programme is the alternative.', 'Évaluations des connaissances, du jugement clinique et des compétences cliniques.'), criteria: { exam: { examIds: ['ndeb-ndecc'] }, requiresPrior: ['ndeb-credentials'] } },
    { slug: 'certification', kind: 'licensing-exam', title: t('NDEB certification examination', 'Examen de certification du BNED'), description: t('The NDEB written examination and Virtual OSCE.', 'L’examen écrit et l’ECOS virtuel du BNED.'), criteria: { exam: { examIds: ['ndeb-certification'] }, requiresPrior: ['equivalency'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Accepted English test results where your dental education was not in English.', 'Résultats de test si vos études n’étaient pas en anglais.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(7.0, 7.0, 7.0, 7.0, 7.0, true), validForMonths: 24 } } },
    { slug: 'jurisprudence', kind: 'licensing-exam', title: t('BC jurisprudence assessment', 'Évaluation de jurisprudence de la C.-B.'), description: t('An assessment of the laws, bylaws and standards for dentists in BC.', 'Une évaluation des lois et normes applicables aux dentistes en Colombie-Britannique.'), criteria: { exam: { examIds: ['bccohp-jurisprudence'] } } },
    { slug: 'registration', kind: 'registration', title: t('Registration as a dentist', 'Inscription comme dentiste'), description: t('Application, criminal record check, liability insurance and the fee.', 'Demande, vérification du casier, assurance et droits.'), criteria: { requiresPrior: ['degree', 'certification', 'language', 'jurisprudence'] } },
  ],
  pathways: [
    { slug: 'ndeb-verification', closes: ['ndeb-credentials'], kind: 'credential-assessment', title: t('NDEB credential verification', 'Vérification des titres'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca/en/non-accredited/equivalency-process', 'NDEB: equivalency process'), days: [30, 120], cost: [money('CAD', 500, 600)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'equivalency-process', closes: ['equivalency'], kind: 'exam', title: t('AFK, ACJ and NDECC assessments', 'ECFB, EJC et ECCND'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca/en/non-accredited/equivalency-process', 'NDEB'), days: [365, 730], cost: [money('CAD', 15000, 18000)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'iddp', closes: ['degree', 'equivalency', 'certification'], kind: 'bridging-program', title: t('International Dental Degree Completion Program', 'Programme d’achèvement du diplôme dentaire international'), provider: 'Faculty of Dentistry, University of British Columbia', link: link('https://www.dentistry.ubc.ca', 'UBC Dentistry'), days: [730, 900], cost: [money('CAD', 100000, 150000)], delivery: 'in-person' },
    { slug: 'certification-exam', closes: ['certification'], kind: 'exam', title: t('NDEB written exam and Virtual OSCE', 'Examen écrit et ECOS virtuel'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca', 'NDEB'), days: [90, 180], cost: [money('CAD', 3000, 3500)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'jurisprudence', closes: ['jurisprudence'], kind: 'exam', title: t('Jurisprudence assessment', 'Évaluation de jurisprudence'), provider: 'BC College of Oral Health Professionals', link: link('https://oralhealthbc.ca', 'BCCOHP'), days: [14, 60], cost: [money('CAD', 100, 400)], delivery: 'online' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration application and fee', 'Demande et droits d’inscription'), provider: 'BC College of Oral Health Professionals', link: link('https://oralhealthbc.ca', 'BCCOHP'), days: [30, 90], cost: [money('CAD', 1500, 3000)], delivery: 'online' },
  ],
});

export const dentistEngland = defineSet({
  occupationId: 'dentist',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-dds',
  source: link('https://www.gdc-uk.org/registration/overseas-registration-exam', 'GDC: Overseas Registration Exam'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'eligibility', kind: 'credential-assessment', title: t('GDC check of your qualification for the ORE', 'Vérification de votre diplôme par le GDC pour l’ORE'), description: t('The GDC checks that your dental qualification makes you eligible to sit the Overseas Registration Exam.', 'Le GDC vérifie que votre diplôme vous rend admissible à l’ORE.'), criteria: { assessment: { acceptedBodies: ['gdc'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language', 'Langue anglaise'), description: t('IELTS Academic 7.0 overall with at least 6.5 in each band, or an equivalent accepted test.', 'IELTS Academic 7,0 avec au moins 6,5 dans chaque épreuve, ou un test équivalent accepté.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(6.5, 6.5, 6.5, 6.5, 7.0, true), validForMonths: 24 } } },
    { slug: 'ore1', kind: 'licensing-exam', title: t('ORE Part 1', 'ORE partie 1'), description: t('Written papers on dental and clinical sciences.', 'Épreuves écrites de sciences dentaires et cliniques.'), criteria: { exam: { examIds: ['gdc-ore1'] }, requiresPrior: ['eligibility'] } },
    { slug: 'ore2', kind: 'licensing-exam', title: t('ORE Part 2', 'ORE partie 2'), description: t('Clinical skills on manikins, a medical emergencies exam and an OSCE.', 'Compétences cliniques sur simulateur, urgences médicales et ECOS.'), criteria: { exam: { examIds: ['gdc-ore2'] }, requiresPrior: ['ore1'] } },
    { slug: 'registration', kind: 'registration', title: t('Join the GDC register', 'Inscription au registre du GDC'), description: t('Identity, health and character declarations, indemnity and the annual retention fee.', 'Déclarations d’identité, de santé et de moralité, assurance et cotisation annuelle.'), criteria: { requiresPrior: ['degree', 'eligibility', 'language', 'ore1', 'ore2'] } },
  ],
  pathways: [
    { slug: 'ore-application', closes: ['eligibility'], kind: 'credential-assessment', title: t('ORE application and document check', 'Demande à l’ORE et vérification des documents'), provider: 'General Dental Council', link: link('https://www.gdc-uk.org/registration/overseas-registration-exam', 'GDC: ORE'), days: [30, 120], cost: [money('GBP', 0, 100)], delivery: 'online' },
    { slug: 'bds', closes: ['degree'], kind: 'course', title: t('UK dental degree (BDS)', 'Diplôme dentaire britannique (BDS)'), provider: 'UK dental schools', link: link('https://www.gdc-uk.org', 'GDC'), days: [1460, 1825], cost: [money('GBP', 150000, 250000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('GBP', 195, 230) },
    { slug: 'ore1', closes: ['ore1'], kind: 'exam', title: t('ORE Part 1 sitting', 'Séance de l’ORE partie 1'), provider: 'General Dental Council', link: link('https://www.gdc-uk.org/registration/overseas-registration-exam', 'GDC: ORE'), days: [90, 365], cost: [money('GBP', 700, 1000)], delivery: 'test-centre' },
    { slug: 'ore2', closes: ['ore2'], kind: 'exam', title: t('ORE Part 2 sitting', 'Séance de l’ORE partie 2'), provider: 'General Dental Council', link: link('https://www.gdc-uk.org/registration/overseas-registration-exam', 'GDC: ORE'), days: [90, 365], cost: [money('GBP', 3000, 4500)], delivery: 'in-person', prerequisites: ['ore1'] },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('GDC registration and retention fee', 'Inscription et cotisation du GDC'), provider: 'General Dental Council', link: link('https://www.gdc-uk.org/registration', 'GDC: registration'), days: [14, 60], cost: [money('GBP', 600, 800)], delivery: 'online' },
  ],
});

export const dentistNewSouthWales = defineSet({
  occupationId: 'dentist',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-dds',
  source: link('https://www.adc.org.au/assessments/dentists', 'Australian Dental Council: assessment of overseas dentists'),
  requirements: [
    { slug: 'degree', ...DEGREE },
    { slug: 'initial-assessment', kind: 'credential-assessment', title: t('ADC initial assessment', 'Évaluation initiale de l’ADC'), description: t('The Australian Dental Council checks your qualification and registration before the exams.', 'L’ADC vérifie vos diplômes et votre inscription avant les examens.'), criteria: { assessment: { acceptedBodies: ['adc'] } } },
    { slug: 'written-exam', kind: 'licensing-exam', title: t('ADC written examination', 'Examen écrit de l’ADC'), description: t('A computer-based exam of dental knowledge and clinical judgement.', 'Un examen informatisé des connaissances et du jugement clinique.'), criteria: { exam: { examIds: ['adc-written'] }, requiresPrior: ['initial-assessment'] } },
    { slug: 'practical-exam', kind: 'licensing-exam', title: t('ADC practical examination', 'Examen pratique de l’ADC'), description: t('A clinical exam on simulators and an OSCE-style assessment.', 'Un examen clinique sur simulateurs et de type ECOS.'), criteria: { exam: { examIds: ['adc-practical'] }, requiresPrior: ['written-exam'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language skills', 'Compétences en anglais'), description: AHPRA_ENGLISH_DESCRIPTION, criteria: { language: { language: 'en', acceptedTests: AHPRA_ENGLISH, validForMonths: 24 } }, source: link('https://www.dentalboard.gov.au/Registration-Standards.aspx', 'Dental Board: registration standards') },
    { slug: 'registration', kind: 'registration', title: t('General registration with the Dental Board (Ahpra)', 'Inscription générale auprès du Dental Board (Ahpra)'), description: t('ADC certificate, criminal history and identity checks, indemnity and the fee.', 'Certificat de l’ADC, vérifications, assurance et droits.'), criteria: { requiresPrior: ['degree', 'initial-assessment', 'written-exam', 'practical-exam', 'language'] } },
  ],
  pathways: [
    { slug: 'initial-assessment', closes: ['initial-assessment'], kind: 'credential-assessment', title: t('ADC initial assessment application', 'Demande d’évaluation initiale'), provider: 'Australian Dental Council', link: link('https://www.adc.org.au', 'ADC'), days: [30, 90], cost: [money('AUD', 800, 1500)], delivery: 'online' },
    { slug: 'degree', closes: ['degree'], kind: 'course', title: t('Australian dental degree', 'Diplôme dentaire australien'), provider: 'Australian dental schools (e.g. University of Sydney)', link: link('https://www.sydney.edu.au', 'University of Sydney'), days: [1095, 1825], cost: [money('AUD', 200000, 350000)], delivery: 'in-person' },
    { slug: 'written-exam', closes: ['written-exam'], kind: 'exam', title: t('ADC written exam sitting', 'Séance de l’examen écrit'), provider: 'Australian Dental Council', link: link('https://www.adc.org.au', 'ADC'), days: [60, 240], cost: [money('AUD', 2500, 3500)], delivery: 'test-centre' },
    { slug: 'practical-exam', closes: ['practical-exam'], kind: 'exam', title: t('ADC practical exam sitting', 'Séance de l’examen pratique'), provider: 'Australian Dental Council', link: link('https://www.adc.org.au', 'ADC'), days: [90, 365], cost: [money('AUD', 7000, 9000)], delivery: 'in-person', prerequisites: ['written-exam'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('AUD', 420, 460) },
    { slug: 'oet', closes: ['language'], ...oetExam('AUD', 580, 600, 'Dentistry') },
    { slug: 'pte', closes: ['language'], ...pteAcademicExam('AUD', 430, 470) },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Ahpra registration application', 'Demande d’inscription à Ahpra'), provider: 'Ahpra', link: link('https://www.ahpra.gov.au/Registration.aspx', 'Ahpra: registration'), days: [14, 60], cost: [money('AUD', 400, 900)], delivery: 'online' },
  ],
});

/** Ahpra registers dentists nationally: the Victorian set is the NSW one. */
export const dentistVictoria = nationalCopy(dentistNewSouthWales, 'au-vic', {
  'dds-degree': { provider: 'Australian dental schools (e.g. University of Melbourne)', link: link('https://www.unimelb.edu.au', 'University of Melbourne') },
});
