/**
 * Teacher (school): British Columbia (Teacher Certification Branch), England (qualified
 * teacher status from the Teaching Regulation Agency), New South Wales (NESA
 * accreditation) and Victoria (Victorian Institute of Teaching). ILLUSTRATIVE.
 */
import type { AcceptedTest } from '../../../api/catalogue.js';
import { defineSet, link, money, t } from './define.js';
import { ieltsExam, ieltsTests } from './shared.js';

/** The English standard Australian teacher regulators share: IELTS Academic 7.5 overall, 8 in speaking and listening, 7 in reading and writing. */
const AU_TEACHER_ENGLISH: AcceptedTest[] = ieltsTests(7.0, 7.0, 8.0, 8.0, 7.5, true);
const AU_TEACHER_ENGLISH_TEXT = t(
  'Unless your teacher education was in English in a listed country: IELTS Academic 7.5 overall with 8 in speaking and listening and 7 in reading and writing (or ISLPR equivalents).',
  'Sauf formation en anglais dans un pays reconnu : IELTS Academic 7,5, avec 8 en expression et compréhension orales et 7 en lecture et écriture.',
);

export const teacherBritishColumbia = defineSet({
  occupationId: 'teacher',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-tcb',
  source: link('https://teachers.gov.bc.ca/become-teacher/teachers-educated-outside-canada/', 'BC Teacher Certification Branch: teachers educated outside Canada'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Four-year degree', 'Diplôme de quatre ans'), description: t('A bachelor’s degree (or combined education) equivalent to four years of full-time study.', 'Un baccalauréat (ou des études combinées) équivalant à quatre ans d’études à temps plein.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: [] } } },
    { slug: 'teacher-education', kind: 'education', title: t('Teacher education programme with practicum', 'Programme de formation à l’enseignement avec stage'), description: t('A teacher education programme comparable to BC’s, including a supervised practicum; gaps are listed as coursework to complete.', 'Un programme de formation comparable à celui de la C.-B., avec stage supervisé; les écarts deviennent des cours à suivre.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['education'] } } },
    { slug: 'documents', kind: 'credential-assessment', title: t('Evaluation of your documents by the Branch', 'Évaluation de vos documents par la Direction'), description: t('Official transcripts, programme descriptions and a statement of professional standing from every authority that certified you.', 'Relevés officiels, descriptions de programmes et attestation de compétence de chaque autorité.'), criteria: { assessment: { acceptedBodies: ['bc-tcb'] }, licence: { fieldFamilies: ['education'], mustBeActive: false } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Where your education was not in English: an accepted test result, for example IELTS Academic with at least 6.5 in each band.', 'Si vos études n’étaient pas en anglais : un test reconnu, par exemple IELTS Academic avec au moins 6,5 dans chaque épreuve.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(6.5, 6.5, 6.5, 6.5, undefined, true), validForMonths: 24 } } },
    { slug: 'certification', kind: 'registration', title: t('BC teaching certificate', 'Certificat d’enseignement de la C.-B.'), description: t('Criminal record check and the certificate fee.', 'Vérification du casier judiciaire et droits.'), criteria: { requiresPrior: ['degree', 'teacher-education', 'documents', 'language'] } },
  ],
  pathways: [
    { slug: 'application', closes: ['documents'], kind: 'credential-assessment', title: t('Application and document evaluation', 'Demande et évaluation des documents'), provider: 'BC Ministry of Education, Teacher Certification Branch', link: link('https://teachers.gov.bc.ca', 'Teacher Certification Branch'), days: [60, 240], cost: [money('CAD', 200, 400)], delivery: 'online' },
    { slug: 'degree-completion', closes: ['degree'], kind: 'course', title: t('Degree completion at a BC university', 'Achèvement d’un diplôme dans une université de la C.-B.'), provider: 'BC universities (e.g. Simon Fraser University)', link: link('https://www.sfu.ca', 'Simon Fraser University'), days: [365, 1095], cost: [money('CAD', 7000, 25000)], delivery: 'hybrid' },
    { slug: 'coursework', closes: ['teacher-education'], kind: 'course', title: t('Assigned coursework or a BC teacher education programme', 'Cours assignés ou programme de formation à l’enseignement'), provider: 'BC faculties of education (e.g. UBC Teacher Education Office)', link: link('https://teach.educ.ubc.ca', 'UBC Teacher Education'), days: [120, 450], cost: [money('CAD', 2000, 20000)], delivery: 'hybrid', prerequisites: ['documents'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'certificate', closes: ['certification'], kind: 'application', title: t('Criminal record check and certificate issuance', 'Vérification du casier et délivrance du certificat'), provider: 'BC Teacher Certification Branch / Criminal Records Review Program', link: link('https://teachers.gov.bc.ca', 'Teacher Certification Branch'), days: [14, 60], cost: [money('CAD', 50, 150)], delivery: 'online' },
  ],
});

export const teacherEngland = defineSet({
  occupationId: 'teacher',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-qts',
  source: link('https://www.gov.uk/guidance/apply-for-qualified-teacher-status-qts-if-you-teach-outside-the-uk', 'GOV.UK: apply for QTS if you teach outside the UK'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Degree-level education', 'Diplôme de niveau licence'), description: t('A qualification equivalent to a UK bachelor’s degree.', 'Un diplôme équivalent à une licence britannique.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: [] } } },
    { slug: 'teaching-qualification', kind: 'education', title: t('A teaching qualification recognised where you earned it', 'Une qualification d’enseignant reconnue là où elle a été obtenue'), description: t('You are qualified to teach children aged 5 to 16 in the country you trained in.', 'Vous êtes qualifié pour enseigner à des enfants de 5 à 16 ans dans votre pays de formation.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['education'] }, licence: { fieldFamilies: ['education'], mustBeActive: false } } },
    { slug: 'qts-assessment', kind: 'credential-assessment', title: t('QTS application assessed by the Teaching Regulation Agency', 'Demande de QTS évaluée par la Teaching Regulation Agency'), description: t('The agency checks your qualifications, your authorisation to teach and references from schools.', 'L’agence vérifie vos qualifications, votre autorisation d’enseigner et les références.'), criteria: { assessment: { acceptedBodies: ['tra'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English at level B2', 'Anglais niveau B2'), description: t('English at CEFR B2 or above, shown by your studies in English or a test result.', 'Anglais de niveau B2 du CECR ou plus, par vos études ou un test.'), criteria: { language: { language: 'en', acceptedTests: [], minLevel: { scale: 'cefr', perSkill: { reading: 'B2', writing: 'B2', listening: 'B2', speaking: 'B2' } } } } },
    { slug: 'award', kind: 'registration', title: t('QTS award and pre-employment checks', 'Obtention du QTS et vérifications préalables'), description: t('The award of QTS, then the enhanced DBS check your school carries out; early-career induction may apply.', 'L’octroi du QTS, puis la vérification DBS renforcée effectuée par l’école.'), criteria: { requiresPrior: ['degree', 'teaching-qualification', 'qts-assessment', 'language'] } },
  ],
  pathways: [
    { slug: 'apply-qts', closes: ['qts-assessment'], kind: 'credential-assessment', title: t('Apply for QTS if you teach outside the UK', 'Demande de QTS pour les enseignants formés hors du Royaume-Uni'), provider: 'Teaching Regulation Agency (Department for Education)', link: link('https://www.gov.uk/guidance/apply-for-qualified-teacher-status-qts-if-you-teach-outside-the-uk', 'GOV.UK: apply for QTS'), days: [30, 120], cost: [money('GBP', 0, 0)], delivery: 'online' },
    { slug: 'enic', closes: ['degree'], kind: 'credential-assessment', title: t('UK ENIC statement of comparability', 'Attestation de comparabilité UK ENIC'), provider: 'UK ENIC', link: link('https://www.enic.org.uk', 'UK ENIC'), days: [10, 30], cost: [money('GBP', 50, 120)], delivery: 'online' },
    { slug: 'assessment-only', closes: ['teaching-qualification'], kind: 'bridging-program', title: t('Assessment-only route to QTS (for experienced teachers)', 'Voie « évaluation seulement » vers le QTS'), provider: 'Accredited initial teacher training providers in England', link: link('https://www.gov.uk/guidance/assessment-only-route-to-qts', 'GOV.UK: assessment only route'), days: [60, 180], cost: [money('GBP', 1500, 3500)], delivery: 'in-person' },
    { slug: 'pgce', closes: ['teaching-qualification'], kind: 'course', title: t('PGCE or school-based teacher training', 'PGCE ou formation en établissement'), provider: 'English universities and school-centred providers', link: link('https://www.gov.uk/apply-for-teacher-training', 'GOV.UK: apply for teacher training'), days: [300, 365], cost: [money('GBP', 9250, 20000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('GBP', 195, 230) },
    { slug: 'dbs', closes: ['award'], kind: 'application', title: t('QTS award and enhanced DBS check', 'Octroi du QTS et vérification DBS renforcée'), provider: 'Teaching Regulation Agency; Disclosure and Barring Service through your school', link: link('https://www.gov.uk/request-copy-criminal-record', 'GOV.UK: DBS checks'), days: [14, 60], cost: [money('GBP', 0, 60)], delivery: 'online' },
  ],
});

export const teacherNewSouthWales = defineSet({
  occupationId: 'teacher',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-teach',
  source: link('https://educationstandards.nsw.edu.au/wps/portal/nesa/teacher-accreditation/how-accreditation-works/your-accreditation/overseas-trained-teachers', 'NESA: overseas-trained teachers'),
  requirements: [
    { slug: 'qualification', kind: 'education', title: t('Four years of tertiary study including teacher education', 'Quatre ans d’études supérieures, dont la formation à l’enseignement'), description: t('A teaching qualification comparable to an Australian accredited programme, within at least four years of tertiary study.', 'Une qualification comparable à un programme australien agréé, dans au moins quatre ans d’études supérieures.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['education'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('Assessment of your teaching qualification', 'Évaluation de votre qualification'), description: t('NESA assesses your qualification when you apply; for a visa, AITSL’s skills assessment is the usual route and NESA takes it into account.', 'La NESA évalue votre qualification; pour un visa, l’évaluation de l’AITSL est la voie habituelle.'), criteria: { assessment: { acceptedBodies: ['nesa', 'aitsl'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: AU_TEACHER_ENGLISH_TEXT, criteria: { language: { language: 'en', acceptedTests: AU_TEACHER_ENGLISH, validForMonths: 24 } } },
    { slug: 'accreditation', kind: 'registration', title: t('Accreditation with NESA', 'Accréditation auprès de la NESA'), description: t('Conditional or provisional accreditation with a Working With Children Check clearance, then Proficient Teacher accreditation in your first years.', 'Accréditation conditionnelle ou provisoire avec une vérification Working With Children, puis accréditation Proficient.'), criteria: { requiresPrior: ['qualification', 'assessment', 'language'] } },
  ],
  pathways: [
    { slug: 'aitsl', closes: ['assessment'], kind: 'credential-assessment', title: t('AITSL skills assessment for teachers', 'Évaluation des compétences de l’AITSL'), provider: 'Australian Institute for Teaching and School Leadership (AITSL)', link: link('https://www.aitsl.edu.au/migrate-to-australia', 'AITSL: migrate to Australia'), days: [60, 120], cost: [money('AUD', 900, 1200)], delivery: 'online' },
    { slug: 'master-teaching', closes: ['qualification'], kind: 'course', title: t('Master of Teaching', 'Master of Teaching'), provider: 'NSW universities (e.g. University of Sydney, UNSW)', link: link('https://www.sydney.edu.au', 'University of Sydney'), days: [540, 730], cost: [money('AUD', 40000, 80000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('AUD', 420, 460) },
    { slug: 'accreditation', closes: ['accreditation'], kind: 'application', title: t('NESA accreditation application and Working With Children Check', 'Demande d’accréditation et vérification Working With Children'), provider: 'NSW Education Standards Authority; Office of the Children’s Guardian', link: link('https://educationstandards.nsw.edu.au', 'NESA'), days: [30, 90], cost: [money('AUD', 150, 300)], delivery: 'online' },
  ],
});

export const teacherVictoria = defineSet({
  occupationId: 'teacher',
  jurisdictionId: 'au-vic',
  prefix: 'au-vic-teach',
  source: link('https://www.vit.vic.edu.au/register/categories/overseas', 'VIT: teachers qualified overseas'),
  requirements: [
    { slug: 'qualification', kind: 'education', title: t('Four years of tertiary study including teacher education', 'Quatre ans d’études supérieures, dont la formation à l’enseignement'), description: t('A teaching qualification comparable to an accredited Australian programme, with supervised teaching practice.', 'Une qualification comparable à un programme australien agréé, avec stage supervisé.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['education'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('VIT assessment of your qualification', 'Évaluation de votre qualification par le VIT'), description: t('The Victorian Institute of Teaching assesses your qualification and professional standing.', 'Le VIT évalue votre qualification et votre situation professionnelle.'), criteria: { assessment: { acceptedBodies: ['vit', 'aitsl'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: AU_TEACHER_ENGLISH_TEXT, criteria: { language: { language: 'en', acceptedTests: AU_TEACHER_ENGLISH, validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('Registration with VIT', 'Inscription au VIT'), description: t('Provisional registration with a national police check by VIT, then full registration after your first years of teaching.', 'Inscription provisoire avec vérification policière, puis complète après les premières années.'), criteria: { requiresPrior: ['qualification', 'assessment', 'language'] } },
  ],
  pathways: [
    { slug: 'vit-application', closes: ['assessment'], kind: 'credential-assessment', title: t('VIT application and qualification assessment', 'Demande au VIT et évaluation'), provider: 'Victorian Institute of Teaching', link: link('https://www.vit.vic.edu.au', 'VIT'), days: [30, 120], cost: [money('AUD', 100, 300)], delivery: 'online' },
    { slug: 'master-teaching', closes: ['qualification'], kind: 'course', title: t('Master of Teaching', 'Master of Teaching'), provider: 'Victorian universities (e.g. University of Melbourne, Monash University)', link: link('https://www.monash.edu', 'Monash University'), days: [540, 730], cost: [money('AUD', 40000, 80000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('AUD', 420, 460) },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration fee and police check', 'Droits d’inscription et vérification policière'), provider: 'Victorian Institute of Teaching', link: link('https://www.vit.vic.edu.au', 'VIT'), days: [14, 60], cost: [money('AUD', 100, 300)], delivery: 'online' },
  ],
});
