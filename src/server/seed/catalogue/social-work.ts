/**
 * Social worker: British Columbia (BCCSW), Alberta (ACSW), Quebec (OTSTCFQ), England
 * (Social Work England) and New South Wales, where social work is not registered, as
 * advice (AASW). ILLUSTRATIVE.
 */
import { defineSet, link, money, t } from './define.js';
import { celpipExam, francisation, ieltsExam, ieltsTests, OQLF_REQUIREMENT, oqlfExam } from './shared.js';

const CASWE_REVIEW = { kind: 'credential-assessment' as const, title: t('CASWE-ACFTS international degree review', 'Examen des diplômes internationaux de l’ACFTS'), provider: 'Canadian Association for Social Work Education', link: link('https://caswe-acfts.ca/international-degree-review/', 'CASWE-ACFTS'), days: [60, 150] as [number, number], cost: [money('CAD', 500, 700)], delivery: 'online' as const, languages: ['en', 'fr'] };
const CANADIAN_ENGLISH = [...ieltsTests(6.5, 6.5, 6.5, 6.5, 6.5), { test: 'celpip-general' as const, minScores: { reading: 8, writing: 8, listening: 8, speaking: 8 } }];

export const socialWorkerBritishColumbia = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-sw',
  source: link('https://bccsw.ca/applicants/', 'BCCSW: applicants'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Social work degree', 'Diplôme en travail social'), description: t('A BSW or MSW from a CASWE-accredited programme, or a degree from abroad found equivalent.', 'Un baccalauréat ou une maîtrise en travail social agréé par l’ACFTS, ou un diplôme étranger jugé équivalent.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['social-work'] } } },
    { slug: 'equivalency', kind: 'credential-assessment', title: t('International degree review', 'Examen du diplôme international'), description: t('A degree earned outside Canada is reviewed by CASWE-ACFTS before the College decides.', 'Un diplôme obtenu hors du Canada est examiné par l’ACFTS avant la décision de l’Ordre.'), criteria: { assessment: { acceptedBodies: ['caswe', 'bccsw'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Where your degree was not taught in English: an accepted test result, for example IELTS 6.5 in each band.', 'Si votre diplôme n’était pas en anglais : un test reconnu, par exemple IELTS 6,5 dans chaque épreuve.'), criteria: { language: { language: 'en', acceptedTests: CANADIAN_ENGLISH, validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('Register as a Registered Social Worker (RSW)', 'Inscription comme travailleur social autorisé (RSW)'), description: t('Application, criminal record check, declarations and fees.', 'Demande, vérification du casier, déclarations et droits.'), criteria: { requiresPrior: ['degree', 'equivalency', 'language'] } },
  ],
  pathways: [
    { slug: 'caswe-review', closes: ['equivalency'], ...CASWE_REVIEW },
    { slug: 'msw', closes: ['degree'], kind: 'course', title: t('BSW or MSW at a BC school of social work', 'Baccalauréat ou maîtrise en travail social en C.-B.'), provider: 'BC schools of social work (e.g. UBC, University of Victoria)', link: link('https://socialwork.ubc.ca', 'UBC School of Social Work'), days: [365, 730], cost: [money('CAD', 8000, 25000)], delivery: 'hybrid' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'celpip', closes: ['language'], ...celpipExam },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('BCCSW application and fees', 'Demande et droits du BCCSW'), provider: 'British Columbia College of Social Workers', link: link('https://bccsw.ca', 'BCCSW'), days: [30, 90], cost: [money('CAD', 300, 600)], delivery: 'online' },
  ],
});

export const socialWorkerAlberta = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'ca-ab',
  prefix: 'ca-ab-sw',
  source: link('https://acsw.ab.ca/site/registration', 'ACSW: registration'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Social work diploma or degree', 'Diplôme ou grade en travail social'), description: t('Alberta registers social workers with a social work diploma, BSW or MSW, or a foreign credential found equivalent.', 'L’Alberta inscrit les titulaires d’un diplôme, d’un baccalauréat ou d’une maîtrise en travail social, ou d’un titre étranger équivalent.'), criteria: { education: { minLevel: 'diploma', fieldFamilies: ['social-work'] } } },
    { slug: 'equivalency', kind: 'credential-assessment', title: t('Assessment of a credential from outside Canada', 'Évaluation d’un titre obtenu hors du Canada'), description: t('ACSW has foreign social work credentials assessed for equivalence before registration.', 'L’ACSW fait évaluer l’équivalence des titres étrangers avant l’inscription.'), criteria: { assessment: { acceptedBodies: ['caswe', 'acsw'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Where your education was not in English: an accepted test result, for example IELTS 6.5 in each band.', 'Si vos études n’étaient pas en anglais : un test reconnu, par exemple IELTS 6,5.'), criteria: { language: { language: 'en', acceptedTests: CANADIAN_ENGLISH, validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('Registration with ACSW', 'Inscription à l’ACSW'), description: t('Application, references, criminal record check and the fee; then the title Registered Social Worker.', 'Demande, références, vérification du casier et droits.'), criteria: { requiresPrior: ['education', 'equivalency', 'language'] } },
  ],
  pathways: [
    { slug: 'caswe-review', closes: ['equivalency'], ...CASWE_REVIEW },
    { slug: 'diploma', closes: ['education'], kind: 'course', title: t('Social work diploma or BSW in Alberta', 'Diplôme ou baccalauréat en travail social en Alberta'), provider: 'Alberta institutions (e.g. University of Calgary Faculty of Social Work, MacEwan University)', link: link('https://socialwork.ucalgary.ca', 'University of Calgary: social work'), days: [365, 730], cost: [money('CAD', 6000, 20000)], delivery: 'hybrid' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'celpip', closes: ['language'], ...celpipExam },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('ACSW application and fees', 'Demande et droits de l’ACSW'), provider: 'Alberta College of Social Workers', link: link('https://acsw.ab.ca', 'ACSW'), days: [30, 90], cost: [money('CAD', 300, 700)], delivery: 'online' },
  ],
});

export const socialWorkerQuebec = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'ca-qc',
  prefix: 'ca-qc-sw',
  source: link('https://www.otstcfq.org/devenir-membre/', 'OTSTCFQ: devenir membre'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Social work degree', 'Diplôme en travail social'), description: t('A bachelor’s degree in social work, or a degree from outside Quebec the order finds equivalent.', 'Un baccalauréat en travail social, ou un diplôme obtenu hors Québec jugé équivalent.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['social-work'] } } },
    { slug: 'equivalence', kind: 'credential-assessment', title: t('Equivalence decision by the OTSTCFQ', 'Reconnaissance d’équivalence par l’OTSTCFQ'), description: t('The order compares your training and experience and may prescribe courses or a placement. Social workers from France may use the France–Quebec arrangement.', 'L’Ordre compare votre formation et votre expérience et peut prescrire des cours ou un stage. L’ARM France-Québec s’applique aux assistants de service social.'), criteria: { assessment: { acceptedBodies: ['otstcfq'] } } },
    { slug: 'prescribed-training', kind: 'supervised-practice', title: t('Prescribed courses or placement', 'Cours ou stage prescrits'), description: t('Where the order finds differences: courses on Quebec law and services, or a supervised placement.', 'En cas de différences : cours sur le droit et les services québécois, ou stage supervisé.'), criteria: { experience: { minYears: 0.25, fieldFamilies: ['social-work'], inCountry: 'CA' }, requiresPrior: ['equivalence'] } },
    { slug: 'french', ...OQLF_REQUIREMENT },
    { slug: 'registration', kind: 'registration', title: t('Social worker permit and entry on the roll', 'Permis de travailleur social et inscription au Tableau'), description: t('The order issues the permit; you may then use the title travailleur social / travailleuse sociale.', 'L’Ordre délivre le permis; vous pouvez alors porter le titre.'), criteria: { requiresPrior: ['degree', 'equivalence', 'prescribed-training', 'french'] } },
  ],
  pathways: [
    { slug: 'equivalence-application', closes: ['equivalence'], kind: 'credential-assessment', title: t('Application for recognition of equivalence', 'Demande de reconnaissance d’équivalence'), provider: 'Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec', link: link('https://www.otstcfq.org', 'OTSTCFQ'), days: [60, 180], cost: [money('CAD', 500, 1000)], delivery: 'online', languages: ['fr'] },
    { slug: 'bac', closes: ['degree'], kind: 'course', title: t('Bachelor’s in social work at a Quebec university', 'Baccalauréat en travail social au Québec'), provider: 'Quebec universities (e.g. Université de Montréal, McGill University)', link: link('https://www.quebec.ca/education/universite', 'Québec: université'), days: [730, 1095], cost: [money('CAD', 8000, 30000)], delivery: 'in-person', languages: ['fr', 'en'] },
    { slug: 'training', closes: ['prescribed-training'], kind: 'bridging-program', title: t('Prescribed university courses or supervised placement', 'Cours universitaires ou stage supervisé prescrits'), provider: 'Quebec schools of social work', link: link('https://www.otstcfq.org', 'OTSTCFQ'), days: [90, 365], cost: [money('CAD', 500, 5000)], delivery: 'hybrid', languages: ['fr'], prerequisites: ['equivalence'] },
    { slug: 'oqlf', closes: ['french'], ...oqlfExam },
    { slug: 'francisation', closes: ['french'], ...francisation },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Permit fee and annual dues', 'Frais de permis et cotisation'), provider: 'OTSTCFQ', link: link('https://www.otstcfq.org', 'OTSTCFQ'), days: [14, 45], cost: [money('CAD', 400, 800)], delivery: 'online', languages: ['fr'] },
  ],
});

export const socialWorkerEngland = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-sw',
  source: link('https://www.socialworkengland.org.uk/registration/apply-for-registration/international-applications/', 'Social Work England: international applications'),
  requirements: [
    { slug: 'degree', kind: 'education', title: t('Social work qualification', 'Qualification en travail social'), description: t('A social work qualification at least at bachelor’s level, comparable with an approved English course, including practice placements.', 'Une qualification en travail social au moins de niveau licence, comparable à un cursus anglais agréé, avec stages.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['social-work'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('International application assessment', 'Évaluation de la demande internationale'), description: t('Social Work England compares your education, training and experience with its professional standards.', 'Social Work England compare votre formation et votre expérience à ses normes.'), criteria: { assessment: { acceptedBodies: ['social-work-england'] }, licence: { fieldFamilies: ['social-work'], mustBeActive: false } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English language', 'Langue anglaise'), description: t('Where English is not your first language: for example IELTS Academic 7.0 overall with at least 6.5 in each band.', 'Si l’anglais n’est pas votre langue maternelle : par exemple IELTS Academic 7,0 avec au moins 6,5 dans chaque épreuve.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(6.5, 6.5, 6.5, 6.5, 7.0, true), validForMonths: 24 } } },
    { slug: 'registration', kind: 'registration', title: t('Join the Social Work England register', 'Inscription au registre de Social Work England'), description: t('Identity, character and health declarations and the registration fee.', 'Déclarations d’identité, de moralité et de santé, et droits.'), criteria: { requiresPrior: ['degree', 'assessment', 'language'] } },
  ],
  pathways: [
    { slug: 'application', closes: ['assessment'], kind: 'credential-assessment', title: t('International application and scrutiny fee', 'Demande internationale et frais d’examen'), provider: 'Social Work England', link: link('https://www.socialworkengland.org.uk', 'Social Work England'), days: [60, 180], cost: [money('GBP', 300, 600)], delivery: 'online' },
    { slug: 'masters', closes: ['degree'], kind: 'course', title: t('Approved social work master’s in England', 'Master agréé en travail social en Angleterre'), provider: 'English universities with approved courses', link: link('https://www.socialworkengland.org.uk', 'Social Work England: approved courses'), days: [540, 730], cost: [money('GBP', 10000, 30000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('GBP', 195, 230) },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration fee', 'Droits d’inscription'), provider: 'Social Work England', link: link('https://www.socialworkengland.org.uk', 'Social Work England'), days: [14, 45], cost: [money('GBP', 90, 150)], delivery: 'online' },
  ],
});

export const socialWorkerNewSouthWales = defineSet({
  occupationId: 'social-worker',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-sw',
  source: link('https://www.aasw.asn.au/membership/overseas-qualifications-assessment/', 'AASW: overseas qualifications assessment'),
  requirements: [
    { slug: 'degree', kind: 'education', advisory: true, title: t('Social work degree', 'Diplôme en travail social'), description: t('Employers ask for eligibility for AASW membership: a social work degree comparable with an accredited Australian one.', 'Les employeurs demandent l’admissibilité à l’AASW : un diplôme comparable à un diplôme australien agréé.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['social-work'] } } },
    { slug: 'assessment', kind: 'credential-assessment', advisory: true, title: t('AASW overseas qualifications assessment', 'Évaluation des diplômes étrangers par l’AASW'), description: t('Social work is not registered in NSW; the AASW assessment is what employers and skilled visas rely on.', 'Le travail social n’est pas réglementé en NGS; l’évaluation de l’AASW est la référence pour les employeurs et les visas.'), criteria: { assessment: { acceptedBodies: ['aasw'] } } },
    { slug: 'english', kind: 'language-proficiency', advisory: true, title: t('English', 'Anglais'), description: t('The AASW assessment asks for IELTS Academic 7 in each band (or equivalent) unless exempt.', 'L’évaluation de l’AASW demande IELTS Academic 7 dans chaque épreuve, sauf exemption.'), criteria: { language: { language: 'en', acceptedTests: ieltsTests(7, 7, 7, 7, undefined, true) } } },
  ],
  pathways: [
    { slug: 'aasw', closes: ['assessment'], kind: 'credential-assessment', title: t('AASW assessment application', 'Demande d’évaluation à l’AASW'), provider: 'Australian Association of Social Workers', link: link('https://www.aasw.asn.au', 'AASW'), days: [60, 120], cost: [money('AUD', 600, 1200)], delivery: 'online' },
    { slug: 'msw', closes: ['degree'], kind: 'course', title: t('Master of Social Work (Qualifying)', 'Master of Social Work (Qualifying)'), provider: 'NSW universities (e.g. UNSW, University of Sydney)', link: link('https://www.unsw.edu.au', 'UNSW'), days: [540, 730], cost: [money('AUD', 40000, 70000)], delivery: 'in-person' },
    { slug: 'ielts', closes: ['english'], ...ieltsExam('AUD', 420, 460) },
  ],
});
