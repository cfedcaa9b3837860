/** Regulated professions in Ontario other than nursing: one complete requirement set each. */
import type { AcceptedTest } from '../../../api/catalogue.js';
import { defineSet, link, money, t } from './define.js';

const ielts = (r: number, w: number, l: number, s: number, overall?: number): AcceptedTest[] => {
  const minScores = overall === undefined ? { reading: r, writing: w, listening: l, speaking: s } : { reading: r, writing: w, listening: l, speaking: s, overall };
  return [
    { test: 'ielts-academic', minScores },
    { test: 'ielts-general', minScores },
  ];
};
const IELTS_EXAM = { kind: 'exam' as const, title: t('IELTS (Academic or General Training)', 'IELTS'), provider: 'IDP IELTS / British Council', link: link('https://ielts.org', 'IELTS'), days: [14, 45] as [number, number], cost: [money('CAD', 320, 345)], delivery: 'test-centre' as const };
const CELPIP_EXAM = { kind: 'exam' as const, title: t('CELPIP-General', 'CELPIP-General'), provider: 'Paragon Testing Enterprises', link: link('https://www.celpip.ca', 'CELPIP'), days: [7, 30] as [number, number], cost: [money('CAD', 280, 300)], delivery: 'test-centre' as const };
const WES_ECA = { kind: 'credential-assessment' as const, title: t('WES course-by-course evaluation', 'Évaluation cours par cours de WES'), provider: 'World Education Services (WES)', link: link('https://www.wes.org/ca/', 'WES Canada'), days: [35, 90] as [number, number], cost: [money('CAD', 290, 400)], delivery: 'online' as const, languages: ['en', 'fr'] };

export const engineerOntario = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-peng',
  source: link('https://www.peo.on.ca/licence-holders/become-licence-holder', 'PEO: licensing'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie'), description: t('A bachelor’s degree in engineering; PEO assesses degrees not accredited by Engineers Canada and may assign technical exams.', 'Un baccalauréat en génie; PEO peut exiger des examens techniques.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'academic-assessment', kind: 'credential-assessment', title: t('PEO academic assessment', 'Évaluation académique de PEO'), description: t('PEO reviews your transcripts and either confirms your degree or assigns confirmatory or technical exams.', 'PEO examine vos relevés et confirme ou assigne des examens.'), criteria: { assessment: { acceptedBodies: ['peo'] } } },
    { slug: 'experience', kind: 'work-experience', title: t('48 months of engineering experience', '48 mois d’expérience en génie'), description: t('Four years of acceptable engineering experience after your degree, assessed against PEO’s competencies; 12 months in a Canadian jurisdiction is no longer mandatory but experience must be validated.', 'Quatre ans d’expérience en génie, évalués selon les compétences de PEO.'), criteria: { experience: { minYears: 4, fieldFamilies: ['engineering'], competencies: ['technical-competence', 'engineering-design', 'professional-accountability'] }, requiresPrior: ['academic-assessment'] } },
    { slug: 'ppe', kind: 'licensing-exam', title: t('National Professional Practice Exam (NPPE)', 'Examen national sur l’exercice professionnel (NPPE)'), description: t('A computer-based exam on law, ethics and professional practice.', 'Examen sur le droit, l’éthique et l’exercice professionnel.'), criteria: { exam: { examIds: ['nppe'] } }, source: link('https://www.nppe.ca', 'NPPE') },
    { slug: 'registration', kind: 'registration', title: t('P.Eng. licence', 'Permis d’ingénieur'), description: t('Good character declaration, references and the licence fee.', 'Déclaration de bonne conduite, références et droits.'), criteria: { requiresPrior: ['education', 'academic-assessment', 'experience', 'ppe'] } },
  ],
  pathways: [
    { slug: 'peo-application', closes: ['academic-assessment'], kind: 'credential-assessment', title: t('P.Eng. application and academic assessment', 'Demande de permis et évaluation académique'), provider: 'Professional Engineers Ontario', link: link('https://www.peo.on.ca/apply', 'PEO: apply'), days: [90, 180], cost: [money('CAD', 390, 400)], delivery: 'online' },
    { slug: 'technical-exams', closes: ['education'], kind: 'exam', title: t('PEO technical examinations (where assigned)', 'Examens techniques de PEO'), provider: 'Professional Engineers Ontario', link: link('https://www.peo.on.ca/licence-holders/technical-exams', 'PEO: technical exams'), days: [120, 365], cost: [money('CAD', 300, 2000)], delivery: 'test-centre', prerequisites: ['academic-assessment'] },
    { slug: 'bridging', closes: ['experience'], kind: 'bridging-program', title: t('Bridging programme for internationally educated engineers', 'Programme passerelle pour ingénieurs formés à l’étranger'), provider: 'Toronto Metropolitan University / ACCES Employment', link: link('https://accesemployment.ca', 'ACCES Employment'), days: [90, 365], cost: [money('CAD', 0, 4500)], delivery: 'hybrid' },
    { slug: 'nppe', closes: ['ppe'], kind: 'exam', title: t('NPPE sitting', 'Séance du NPPE'), provider: 'NPPE / ProctorU', link: link('https://www.nppe.ca', 'NPPE'), days: [30, 90], cost: [money('CAD', 320, 350)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'licence', closes: ['registration'], kind: 'application', title: t('Licence fee and issuance', 'Droits et délivrance du permis'), provider: 'Professional Engineers Ontario', link: link('https://www.peo.on.ca/licence-holders/fees', 'PEO: fees'), days: [30, 60], cost: [money('CAD', 350, 400)], delivery: 'online' },
  ],
});

export const pharmacistOntario = defineSet({
  occupationId: 'pharmacist',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-pharm',
  source: link('https://www.ocpinfo.com/registration/register-pharmacist/international-graduates/', 'OCP: international pharmacy graduates'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Pharmacy degree', 'Diplôme en pharmacie'), description: t('A degree in pharmacy from a recognised programme.', 'Un diplôme en pharmacie reconnu.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['pharmacy'] } } },
    { slug: 'document-evaluation', kind: 'credential-assessment', title: t('PEBC document evaluation', 'Évaluation des documents par le BEPC'), description: t('The Pharmacy Examining Board of Canada verifies your degree and licence.', 'Le BEPC vérifie votre diplôme et votre permis.'), criteria: { assessment: { acceptedBodies: ['pebc'] } }, source: link('https://www.pebc.ca', 'PEBC') },
    { slug: 'evaluating-exam', kind: 'licensing-exam', title: t('PEBC Evaluating Examination', 'Examen d’évaluation du BEPC'), description: t('A multiple-choice exam of pharmacy knowledge for international graduates.', 'Examen à choix multiple pour diplômés internationaux.'), criteria: { exam: { examIds: ['pebc-ee'] }, requiresPrior: ['document-evaluation'] } },
    { slug: 'qualifying-exam', kind: 'licensing-exam', title: t('PEBC Qualifying Examination', 'Examen d’aptitude du BEPC'), description: t('The national licensing exam (MCQ and, where required, OSCE).', 'L’examen national d’aptitude.'), criteria: { exam: { examIds: ['pebc-qe'] }, requiresPrior: ['evaluating-exam'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('Language fluency', 'Maîtrise de la langue'), description: t('Accepted English or French test results meeting OCP’s minimums.', 'Résultats de test reconnus.'), criteria: { language: { language: 'en', acceptedTests: [...ielts(6.0, 6.0, 6.0, 7.0, 6.5), { test: 'toefl-ibt', minScores: { reading: 20, writing: 20, listening: 20, speaking: 26, overall: 92 } }], validForMonths: 24 } } },
    { slug: 'practical-training', kind: 'supervised-practice', title: t('Structured practical training', 'Formation pratique structurée'), description: t('Practical training under a preceptor in Ontario, with OCP’s jurisprudence exam.', 'Formation pratique supervisée en Ontario.'), criteria: { experience: { minYears: 0.25, fieldFamilies: ['pharmacy'], inCountry: 'CA' }, requiresPrior: ['evaluating-exam'] } },
    { slug: 'registration', kind: 'registration', title: t('Register with OCP', 'Inscription à l’Ordre'), description: t('Registration fee, declarations and a police check.', 'Droits, déclarations et vérification policière.'), criteria: { requiresPrior: ['qualifying-exam', 'language', 'practical-training'] } },
  ],
  pathways: [
    { slug: 'pebc-docs', closes: ['document-evaluation'], kind: 'credential-assessment', title: t('PEBC document evaluation', 'Évaluation des documents du BEPC'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca/pharmacists/international-graduates/', 'PEBC'), days: [60, 180], cost: [money('CAD', 700, 750)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'pharmd', closes: ['education'], kind: 'course', title: t('Doctor of Pharmacy (PharmD) in Ontario', 'Doctorat en pharmacie (PharmD) en Ontario'), provider: 'University of Toronto / University of Waterloo', link: link('https://www.pharmacy.utoronto.ca', 'U of T Pharmacy'), days: [1095, 1460], cost: [money('CAD', 60000, 100000)], delivery: 'in-person' },
    { slug: 'pebc-ee', closes: ['evaluating-exam'], kind: 'exam', title: t('PEBC Evaluating Examination', 'Examen d’évaluation'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca', 'PEBC'), days: [60, 180], cost: [money('CAD', 800, 850)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'ipg-program', closes: ['qualifying-exam'], kind: 'bridging-program', title: t('International Pharmacy Graduate Program', 'Programme pour diplômés internationaux en pharmacie'), provider: 'Leslie Dan Faculty of Pharmacy, University of Toronto', link: link('https://www.pharmacy.utoronto.ca/programs/ipg', 'U of T IPG program'), days: [180, 300], cost: [money('CAD', 7000, 9500)], delivery: 'hybrid', prerequisites: ['evaluating-exam'] },
    { slug: 'pebc-qe', closes: ['qualifying-exam'], kind: 'exam', title: t('PEBC Qualifying Examination', 'Examen d’aptitude'), provider: 'Pharmacy Examining Board of Canada', link: link('https://www.pebc.ca', 'PEBC'), days: [90, 240], cost: [money('CAD', 1800, 2400)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...IELTS_EXAM },
    { slug: 'training', closes: ['practical-training'], kind: 'work-placement', title: t('Structured practical training with a preceptor', 'Formation pratique avec un précepteur'), provider: 'Ontario College of Pharmacists', link: link('https://www.ocpinfo.com/registration/training-exams/', 'OCP: training and exams'), days: [84, 180], cost: [money('CAD', 0, 600)], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('OCP registration', 'Inscription à l’Ordre'), provider: 'Ontario College of Pharmacists', link: link('https://www.ocpinfo.com/registration/', 'OCP: registration'), days: [14, 45], cost: [money('CAD', 700, 1000)], delivery: 'online' },
  ],
});

export const physicianOntario = defineSet({
  occupationId: 'physician',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-md',
  source: link('https://www.cpso.on.ca/en/Physicians/Registration/Registration-Pathways', 'CPSO: registration pathways'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Medical degree from a listed school', 'Diplôme de médecine d’une faculté répertoriée'), description: t('A medical degree from a school listed in the World Directory of Medical Schools with a Canada sponsor note.', 'Un diplôme d’une faculté inscrite au World Directory of Medical Schools.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['medicine'] } } },
    { slug: 'source-verification', kind: 'credential-assessment', title: t('Source verification through physiciansapply.ca', 'Vérification à la source (physiciansapply.ca)'), description: t('The Medical Council of Canada verifies your degree with the issuing school (EPIC).', 'Le Conseil médical du Canada vérifie votre diplôme (EPIC).'), criteria: { assessment: { acceptedBodies: ['mcc'] } }, source: link('https://physiciansapply.ca', 'physiciansapply.ca') },
    { slug: 'mccqe1', kind: 'licensing-exam', title: t('MCCQE Part I', 'EACMC partie I'), description: t('The Medical Council of Canada Qualifying Examination Part I.', 'L’examen d’aptitude du CMC, partie I.'), criteria: { exam: { examIds: ['mccqe1'] }, requiresPrior: ['source-verification'] } },
    { slug: 'nac', kind: 'licensing-exam', title: t('NAC examination', 'Examen de la CNE'), description: t('The National Assessment Collaboration OSCE, used for residency and practice-ready assessment.', 'L’ECOS de la Collaboration nationale en matière d’évaluation.'), criteria: { exam: { examIds: ['nac-osce'] }, requiresPrior: ['mccqe1'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('Language proficiency', 'Compétence linguistique'), description: t('Accepted test results unless your medical education was in English or French.', 'Résultats de test, sauf si vos études étaient en anglais ou en français.'), criteria: { language: { language: 'en', acceptedTests: ielts(7.0, 7.0, 7.0, 7.0), validForMonths: 24 } } },
    { slug: 'postgraduate-training', kind: 'supervised-practice', title: t('Postgraduate training or practice-ready assessment', 'Formation postdoctorale ou évaluation de la préparation à la pratique'), description: t('A residency matched through CaRMS, or for experienced family physicians a practice-ready assessment (PRA) under supervision.', 'Une résidence par le CaRMS, ou une évaluation de la préparation à la pratique.'), criteria: { experience: { minYears: 1, fieldFamilies: ['medicine'], inCountry: 'CA' }, requiresPrior: ['mccqe1', 'nac', 'language'] } },
    { slug: 'registration', kind: 'registration', title: t('CPSO certificate of registration', 'Certificat d’inscription de l’Ordre'), description: t('Certification by CFPC or the Royal College (or an eligible alternative), then CPSO registration.', 'Certification par le CMFC ou le Collège royal, puis inscription.'), criteria: { requiresPrior: ['degree', 'postgraduate-training'] } },
  ],
  pathways: [
    { slug: 'wdoms', closes: ['degree'], kind: 'credential-assessment', title: t('Check your school in the World Directory of Medical Schools', 'Vérifier votre faculté dans le World Directory of Medical Schools'), provider: 'World Federation for Medical Education / FAIMER', link: link('https://search.wdoms.org', 'World Directory of Medical Schools'), days: [1, 14], cost: [], delivery: 'online' },
    { slug: 'epic', closes: ['source-verification'], kind: 'credential-assessment', title: t('physiciansapply.ca account and EPIC verification', 'Compte physiciansapply.ca et vérification EPIC'), provider: 'Medical Council of Canada', link: link('https://physiciansapply.ca', 'physiciansapply.ca'), days: [60, 180], cost: [money('CAD', 500, 700)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'mccqe1', closes: ['mccqe1'], kind: 'exam', title: t('MCCQE Part I', 'EACMC partie I'), provider: 'Medical Council of Canada', link: link('https://mcc.ca/examinations-assessments/mccqe-part-i/', 'MCC: MCCQE Part I'), days: [90, 240], cost: [money('CAD', 1420, 1420)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'nac', closes: ['nac'], kind: 'exam', title: t('NAC examination', 'Examen de la CNE'), provider: 'Medical Council of Canada', link: link('https://mcc.ca/examinations-assessments/nac-exam/', 'MCC: NAC exam'), days: [90, 240], cost: [money('CAD', 3000, 3100)], delivery: 'in-person', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...IELTS_EXAM },
    { slug: 'carms', closes: ['postgraduate-training'], kind: 'work-placement', title: t('Residency through CaRMS', 'Résidence par le CaRMS'), provider: 'Canadian Resident Matching Service', link: link('https://www.carms.ca', 'CaRMS'), days: [730, 1825], cost: [money('CAD', 300, 1500)], delivery: 'in-person', languages: ['en', 'fr'] },
    { slug: 'pra', closes: ['postgraduate-training'], kind: 'work-placement', title: t('Practice Ready Ontario assessment', 'Évaluation Practice Ready Ontario'), provider: 'Practice Ready Ontario (Touchstone Institute)', link: link('https://www.practicereadyontario.ca', 'Practice Ready Ontario'), days: [365, 540], cost: [money('CAD', 0, 0)], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('CPSO application', 'Demande à l’Ordre'), provider: 'College of Physicians and Surgeons of Ontario', link: link('https://www.cpso.on.ca/en/Physicians/Registration', 'CPSO: registration'), days: [30, 90], cost: [money('CAD', 1500, 2000)], delivery: 'online' },
  ],
});

export const accountantOntario = defineSet({
  occupationId: 'accountant',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-cpa',
  source: link('https://www.cpaontario.ca/become-a-cpa/internationally-trained', 'CPA Ontario: internationally trained accountants'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Undergraduate degree', 'Diplôme de premier cycle'), description: t('A bachelor’s degree (any field) from a recognised institution, with prerequisite accounting courses.', 'Un baccalauréat reconnu, avec les cours préalables en comptabilité.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: [] } } },
    { slug: 'education-assessment', kind: 'credential-assessment', title: t('Education assessment', 'Évaluation des études'), description: t('CPA Ontario assesses your degree and courses (with a WES or ICAS report) and lists the prerequisite modules you still need.', 'CPA Ontario évalue vos études (rapport WES ou ICAS).'), criteria: { assessment: { acceptedBodies: ['wes', 'icas', 'cpa-ontario'] } } },
    { slug: 'pep', kind: 'other', title: t('CPA Professional Education Program (PEP)', 'Programme de formation professionnelle (PFP)'), description: t('Core and elective modules, then the Capstone modules, over about two years.', 'Modules de base, optionnels et de synthèse, environ deux ans.'), criteria: { requiresPrior: ['education-assessment'] } },
    { slug: 'cfe', kind: 'licensing-exam', title: t('Common Final Examination (CFE)', 'Examen final commun (EFC)'), description: t('The three-day CPA exam after the Capstone modules.', 'L’examen de trois jours après les modules de synthèse.'), criteria: { exam: { examIds: ['cpa-cfe'] }, requiresPrior: ['pep'] } },
    { slug: 'experience', kind: 'supervised-practice', title: t('30 months of practical experience', '30 mois d’expérience pratique'), description: t('Relevant, supervised accounting experience; up to 12 months may be recognised from before the programme or from abroad.', 'Expérience pertinente supervisée; jusqu’à 12 mois peuvent être reconnus.'), criteria: { experience: { minYears: 2.5, fieldFamilies: ['accounting-finance'], competencies: ['financial-reporting', 'management-accounting'] } } },
    { slug: 'membership', kind: 'registration', title: t('CPA Ontario membership', 'Adhésion à CPA Ontario'), description: t('Apply for membership and the CPA designation.', 'Demande d’adhésion et du titre de CPA.'), criteria: { requiresPrior: ['degree', 'cfe', 'experience'] } },
  ],
  pathways: [
    { slug: 'wes', closes: ['education-assessment'], ...WES_ECA },
    { slug: 'prerequisites', closes: ['degree'], kind: 'course', title: t('CPA preparatory courses', 'Cours préparatoires CPA'), provider: 'CPA Canada / CPA Ontario', link: link('https://www.cpacanada.ca/become-a-cpa/pathways-to-becoming-a-cpa/cpa-preparatory-courses', 'CPA preparatory courses'), days: [90, 540], cost: [money('CAD', 500, 6000)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'pep', closes: ['pep'], kind: 'course', title: t('CPA PEP modules', 'Modules du PFP'), provider: 'CPA Ontario', link: link('https://www.cpaontario.ca/become-a-cpa/cpa-professional-education-program', 'CPA PEP'), days: [540, 900], cost: [money('CAD', 10000, 13000)], delivery: 'hybrid' },
    { slug: 'cfe', closes: ['cfe'], kind: 'exam', title: t('Common Final Examination', 'Examen final commun'), provider: 'CPA Canada', link: link('https://www.cpacanada.ca/become-a-cpa/common-final-examination', 'CFE'), days: [60, 120], cost: [money('CAD', 1800, 2000)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Pre-approved or experience-verification route', 'Programme d’expérience préapprouvé ou vérification'), provider: 'CPA Ontario', link: link('https://www.cpaontario.ca/become-a-cpa/practical-experience', 'CPA Ontario: practical experience'), days: [365, 900], cost: [money('CAD', 0, 0)], delivery: 'in-person' },
    { slug: 'membership', closes: ['membership'], kind: 'application', title: t('Membership application', 'Demande d’adhésion'), provider: 'CPA Ontario', link: link('https://www.cpaontario.ca', 'CPA Ontario'), days: [30, 60], cost: [money('CAD', 600, 900)], delivery: 'online' },
  ],
});

export const teacherOntario = defineSet({
  occupationId: 'teacher',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-oct',
  source: link('https://www.oct.ca/becoming-a-teacher/internationally-educated-teachers', 'OCT: internationally educated teachers'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Three-year post-secondary degree', 'Diplôme postsecondaire de trois ans'), description: t('An acceptable post-secondary degree of at least three years.', 'Un diplôme postsecondaire acceptable d’au moins trois ans.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: [] } } },
    { slug: 'teacher-education', kind: 'education', title: t('Teacher education programme', 'Programme de formation à l’enseignement'), description: t('A teacher education programme comparable to Ontario’s four-semester programme, with a practicum.', 'Un programme de formation comparable au programme ontarien de quatre semestres, avec stage.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['education'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English or French proficiency', 'Compétence en anglais ou en français'), description: t('Accepted test results unless your teacher education was in English or French.', 'Résultats de test, sauf si la formation était en anglais ou en français.'), criteria: { language: { language: 'en', acceptedTests: [...ielts(7.0, 7.0, 8.0, 7.0, 7.5), { test: 'toefl-ibt', minScores: { reading: 24, writing: 28, listening: 23, speaking: 28, overall: 103 } }], validForMonths: 24 } } },
    { slug: 'documents', kind: 'credential-assessment', title: t('Official documents sent to the College', 'Documents officiels envoyés à l’Ordre'), description: t('Transcripts and a statement of professional standing sent directly by the issuing bodies.', 'Relevés et attestation de compétence professionnelle envoyés directement.'), criteria: { assessment: { acceptedBodies: ['oct'] }, licence: { fieldFamilies: ['education'], mustBeActive: false } } },
    { slug: 'certification', kind: 'registration', title: t('Certificate of Qualification and Registration', 'Certificat de qualification et d’inscription'), description: t('Registration fee, criminal record check, and the annual membership fee.', 'Droits, vérification du casier et cotisation annuelle.'), criteria: { requiresPrior: ['degree', 'teacher-education', 'language', 'documents'] } },
  ],
  pathways: [
    { slug: 'degree-completion', closes: ['degree'], kind: 'course', title: t('Degree completion at an Ontario university', 'Achèvement d’un diplôme dans une université ontarienne'), provider: 'Ontario universities (e.g. York University, Université de l’Ontario français)', link: link('https://www.ontariouniversitiesinfo.ca', 'Ontario Universities’ Info'), days: [365, 1095], cost: [money('CAD', 7000, 20000)], delivery: 'hybrid', languages: ['en', 'fr'] },
    { slug: 'application', closes: ['documents'], kind: 'credential-assessment', title: t('OCT application and document review', 'Demande et examen des documents'), provider: 'Ontario College of Teachers', link: link('https://www.oct.ca/becoming-a-teacher/requirements', 'OCT: requirements'), days: [90, 240], cost: [money('CAD', 200, 200)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...IELTS_EXAM },
    { slug: 'additional-qualification', closes: ['teacher-education'], kind: 'course', title: t('Ontario teacher education or bridging course', 'Formation à l’enseignement ou cours passerelle'), provider: 'Ontario faculties of education (e.g. OISE, University of Toronto)', link: link('https://www.oise.utoronto.ca', 'OISE'), days: [240, 720], cost: [money('CAD', 2000, 18000)], delivery: 'hybrid', languages: ['en', 'fr'] },
    { slug: 'certification', closes: ['certification'], kind: 'application', title: t('Registration and criminal record check', 'Inscription et vérification du casier'), provider: 'Ontario College of Teachers', link: link('https://www.oct.ca', 'OCT'), days: [14, 60], cost: [money('CAD', 200, 300)], delivery: 'online', languages: ['en', 'fr'] },
  ],
});

export const electricianOntario = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-elec',
  source: link('https://www.skilledtradesontario.ca/experienced-workers/trade-equivalency-assessment/', 'Skilled Trades Ontario: trade equivalency assessment'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Hours of experience in the trade', 'Heures d’expérience dans le métier'), description: t('Experience equal to the 309A apprenticeship (about 9,000 hours), covering its skill sets.', 'Une expérience équivalente à l’apprentissage 309A (environ 9 000 heures).'), criteria: { experience: { minYears: 5, fieldFamilies: ['electrical-trades'], competencies: ['wiring-installation', 'electrical-code', 'troubleshooting'] } } },
    { slug: 'tea', kind: 'credential-assessment', title: t('Trade equivalency assessment', 'Évaluation de l’équivalence professionnelle'), description: t('Skilled Trades Ontario checks your experience letters and training against the trade’s standard.', 'Métiers spécialisés Ontario compare votre expérience à la norme du métier.'), criteria: { assessment: { acceptedBodies: ['skilled-trades-ontario'] } } },
    { slug: 'coq-exam', kind: 'licensing-exam', title: t('Certificate of Qualification exam (309A, Red Seal)', 'Examen du certificat de qualification (309A, Sceau rouge)'), description: t('The Red Seal interprovincial exam for the trade.', 'L’examen interprovincial Sceau rouge.'), criteria: { exam: { examIds: ['red-seal-309a'] }, requiresPrior: ['tea'] }, source: link('https://www.red-seal.ca', 'Red Seal') },
    { slug: 'registration', kind: 'registration', title: t('Certificate of Qualification and membership', 'Certificat de qualification et adhésion'), description: t('Issue of the certificate and the annual fee.', 'Délivrance du certificat et cotisation annuelle.'), criteria: { requiresPrior: ['experience', 'coq-exam'] } },
  ],
  pathways: [
    { slug: 'tea', closes: ['tea'], kind: 'credential-assessment', title: t('Trade equivalency assessment application', 'Demande d’évaluation de l’équivalence'), provider: 'Skilled Trades Ontario', link: link('https://www.skilledtradesontario.ca/experienced-workers/trade-equivalency-assessment/', 'Skilled Trades Ontario: TEA'), days: [30, 120], cost: [money('CAD', 150, 150)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'exam-prep', closes: ['coq-exam'], kind: 'course', title: t('309A exam preparation and Ontario Electrical Safety Code course', 'Préparation à l’examen 309A et Code de sécurité'), provider: 'Ontario colleges (e.g. George Brown College, Humber)', link: link('https://www.georgebrown.ca', 'George Brown College'), days: [30, 90], cost: [money('CAD', 400, 1200)], delivery: 'hybrid' },
    { slug: 'exam', closes: ['coq-exam'], kind: 'exam', title: t('Certificate of Qualification exam', 'Examen du certificat'), provider: 'Skilled Trades Ontario', link: link('https://www.skilledtradesontario.ca/exams/', 'Skilled Trades Ontario: exams'), days: [14, 60], cost: [money('CAD', 150, 150)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'apprenticeship', closes: ['experience'], kind: 'work-placement', title: t('Ontario apprenticeship (309A)', 'Apprentissage en Ontario (309A)'), provider: 'Employment Ontario', link: link('https://www.ontario.ca/page/start-apprenticeship', 'Ontario: start an apprenticeship'), days: [365, 1825], cost: [money('CAD', 0, 3000)], delivery: 'in-person', languages: ['en', 'fr'] },
    { slug: 'certificate', closes: ['registration'], kind: 'application', title: t('Certificate issuance and membership', 'Délivrance et adhésion'), provider: 'Skilled Trades Ontario', link: link('https://www.skilledtradesontario.ca', 'Skilled Trades Ontario'), days: [14, 30], cost: [money('CAD', 60, 120)], delivery: 'online', languages: ['en', 'fr'] },
  ],
});

export const socialWorkerOntario = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-sw',
  source: link('https://www.ocswssw.org/applicants/', 'OCSWSSW: applicants'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Social work degree', 'Diplôme en travail social'), description: t('A BSW or MSW, or an equivalent degree as assessed.', 'Un baccalauréat ou une maîtrise en travail social, ou l’équivalent.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['social-work'] } } },
    { slug: 'equivalency', kind: 'credential-assessment', title: t('Academic equivalency assessment', 'Évaluation de l’équivalence des études'), description: t('The College (with the CASWE-ACFTS international degree review) decides whether a degree earned abroad is equivalent.', 'L’Ordre (avec l’ACFTS) détermine l’équivalence.'), criteria: { assessment: { acceptedBodies: ['caswe', 'ocswssw'] } }, source: link('https://caswe-acfts.ca/international-degree-review/', 'CASWE-ACFTS: international degree review') },
    { slug: 'language', kind: 'language-proficiency', title: t('Language proficiency', 'Compétence linguistique'), description: t('Accepted English or French test results where the degree was not in English or French.', 'Résultats de test si le diplôme n’était pas en anglais ou en français.'), criteria: { language: { language: 'en', acceptedTests: [...ielts(6.5, 6.5, 6.5, 6.5, 6.5), { test: 'celpip-general', minScores: { reading: 8, writing: 8, listening: 8, speaking: 8 } }], validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('Register with the College', 'Inscription à l’Ordre'), description: t('Application, declarations and fees; then the title Registered Social Worker.', 'Demande, déclarations et droits.'), criteria: { requiresPrior: ['degree', 'equivalency', 'language'] } },
  ],
  pathways: [
    { slug: 'caswe-review', closes: ['equivalency'], kind: 'credential-assessment', title: t('CASWE-ACFTS international degree review', 'Examen des diplômes internationaux de l’ACFTS'), provider: 'Canadian Association for Social Work Education', link: link('https://caswe-acfts.ca/international-degree-review/', 'CASWE-ACFTS'), days: [60, 150], cost: [money('CAD', 500, 700)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...IELTS_EXAM },
    { slug: 'celpip', closes: ['language'], ...CELPIP_EXAM },
    { slug: 'msw-advanced', closes: ['degree'], kind: 'course', title: t('MSW or social work bridging studies', 'Maîtrise ou études passerelles en travail social'), provider: 'Ontario schools of social work (e.g. Toronto Metropolitan University)', link: link('https://www.torontomu.ca/socialwork/', 'TMU School of Social Work'), days: [240, 720], cost: [money('CAD', 8000, 20000)], delivery: 'hybrid' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('College application and fees', 'Demande et droits'), provider: 'Ontario College of Social Workers and Social Service Workers', link: link('https://www.ocswssw.org', 'OCSWSSW'), days: [30, 60], cost: [money('CAD', 400, 600)], delivery: 'online', languages: ['en', 'fr'] },
  ],
});

export const dentistOntario = defineSet({
  occupationId: 'dentist',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-dds',
  source: link('https://www.rcdso.org/registration', 'RCDSO: registration'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Dental degree', 'Diplôme en médecine dentaire'), description: t('A university degree in dentistry.', 'Un diplôme universitaire en médecine dentaire.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['dentistry'] } } },
    { slug: 'ndeb-credentials', kind: 'credential-assessment', title: t('NDEB credential verification', 'Vérification des titres par le BNED'), description: t('The National Dental Examining Board verifies your degree before the Equivalency Process.', 'Le BNED vérifie votre diplôme avant le processus d’équivalence.'), criteria: { assessment: { acceptedBodies: ['ndeb'] } }, source: link('https://ndeb-bned.ca', 'NDEB') },
    { slug: 'equivalency', kind: 'licensing-exam', title: t('NDEB Equivalency Process (AFK, ACJ, NDECC)', 'Processus d’équivalence du BNED (ECFB, EJC, ECCND)'), description: t('Three assessments of fundamental knowledge, clinical judgement and clinical skills; a qualifying programme at a Canadian dental school is the alternative.', 'Trois évaluations : connaissances, jugement clinique et compétences cliniques.'), criteria: { exam: { examIds: ['ndeb-ndecc'] }, requiresPrior: ['ndeb-credentials'] } },
    { slug: 'certification', kind: 'licensing-exam', title: t('NDEB certification examination', 'Examen de certification du BNED'), description: t('The Virtual OSCE and written examination for the NDEB certificate.', 'L’ECOS virtuel et l’examen écrit.'), criteria: { exam: { examIds: ['ndeb-certification'] }, requiresPrior: ['equivalency'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('Language proficiency', 'Compétence linguistique'), description: t('Accepted English or French test results.', 'Résultats de test reconnus.'), criteria: { language: { language: 'en', acceptedTests: ielts(7.0, 7.0, 7.0, 7.0), validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('RCDSO registration and jurisprudence', 'Inscription et jurisprudence'), description: t('RCDSO’s ethics and jurisprudence course, then the certificate of registration.', 'Cours d’éthique et de jurisprudence, puis le certificat.'), criteria: { requiresPrior: ['certification', 'language'] } },
  ],
  pathways: [
    { slug: 'ndeb-verification', closes: ['ndeb-credentials'], kind: 'credential-assessment', title: t('NDEB credential verification', 'Vérification des titres'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca/en/non-accredited/equivalency-process', 'NDEB: equivalency process'), days: [30, 120], cost: [money('CAD', 500, 600)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'equivalency-process', closes: ['equivalency'], kind: 'exam', title: t('AFK, ACJ and NDECC assessments', 'ECFB, EJC et ECCND'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca/en/non-accredited/equivalency-process', 'NDEB'), days: [365, 730], cost: [money('CAD', 15000, 18000)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'qualifying-program', closes: ['degree', 'equivalency', 'certification'], kind: 'bridging-program', title: t('Qualifying / degree completion programme', 'Programme qualifiant'), provider: 'Faculty of Dentistry, University of Toronto (International Dentist Advanced Placement Program)', link: link('https://www.dentistry.utoronto.ca', 'U of T Dentistry'), days: [730, 900], cost: [money('CAD', 90000, 120000)], delivery: 'in-person' },
    { slug: 'certification-exam', closes: ['certification'], kind: 'exam', title: t('NDEB Virtual OSCE and written exam', 'ECOS virtuel et examen écrit'), provider: 'National Dental Examining Board of Canada', link: link('https://ndeb-bned.ca', 'NDEB'), days: [90, 180], cost: [money('CAD', 3000, 3500)], delivery: 'test-centre', languages: ['en', 'fr'] },
    { slug: 'ielts', closes: ['language'], ...IELTS_EXAM },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Jurisprudence course and registration', 'Cours de jurisprudence et inscription'), provider: 'Royal College of Dental Surgeons of Ontario', link: link('https://www.rcdso.org/registration', 'RCDSO'), days: [30, 90], cost: [money('CAD', 1500, 3000)], delivery: 'online' },
  ],
});
