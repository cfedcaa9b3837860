/**
 * Accountant: the CPA designation in British Columbia (CPABC), Alberta (CPA Alberta) and
 * Quebec (Ordre des CPA du Québec, which also licenses public accountancy); England and
 * New South Wales, where accountancy is not a licensed occupation, as advice (ICAEW /
 * ACCA; CPA Australia / CA ANZ). ILLUSTRATIVE.
 */
import type { LocalizedText } from '../../../api/common.js';
import { type DefinedSet, defineSet, link, money, type PathwaySpec, type RequirementSpec, t } from './define.js';
import { francisation, OQLF_REQUIREMENT, oqlfExam, wesEvaluation } from './shared.js';

interface CanadianCpa {
  jurisdictionId: string;
  prefix: string;
  body: string;
  /** The body's id in assessment criteria. */
  bodyId: string;
  bodyUrl: string;
  source: string;
  /** Who delivers the Professional Education Program there. */
  pep: { provider: string; url: string; title: LocalizedText; languages: string[] };
  extraRequirements?: RequirementSpec[];
  extraPathways?: PathwaySpec[];
  languages: string[];
}

/** The CPA certification route shared by the provinces (PEP, CFE, 30 months), plus a province's extras. */
function canadianCpa(p: CanadianCpa): DefinedSet {
  const extraSlugs = (p.extraRequirements ?? []).map((r) => r.slug);
  return defineSet({
    occupationId: 'accountant',
    jurisdictionId: p.jurisdictionId,
    prefix: p.prefix,
    source: link(p.source, `${p.body}: internationally trained accountants`),
    requirements: [
      { slug: 'degree', kind: 'education', title: t('Undergraduate degree', 'Diplôme de premier cycle'), description: t('A bachelor’s degree (any field) from a recognised institution, with the prerequisite accounting subjects.', 'Un baccalauréat reconnu (tout domaine), avec les matières préalables en comptabilité.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: [] } } },
      { slug: 'education-assessment', kind: 'credential-assessment', title: t('Education assessment', 'Évaluation des études'), description: t(`${p.body} assesses your degree and courses, usually with a credential evaluation, and lists the prerequisite subjects you still need. Members of accounting bodies with a recognition agreement follow a shorter route.`, `${p.body} évalue votre diplôme et vos cours, généralement avec une évaluation de diplôme, et indique les matières préalables manquantes. Les membres d’un organisme visé par une entente de reconnaissance suivent une voie plus courte.`), criteria: { assessment: { acceptedBodies: ['wes', 'icas', 'cpa-canada', p.bodyId] } } },
      { slug: 'pep', kind: 'other', title: t('CPA Professional Education Program (PEP)', 'Programme de formation professionnelle (PFP)'), description: t('Core and elective modules, then the Capstone modules, over about two years.', 'Modules de base, optionnels et de synthèse, environ deux ans.'), criteria: { requiresPrior: ['education-assessment'] } },
      { slug: 'cfe', kind: 'licensing-exam', title: t('Common Final Examination (CFE)', 'Examen final commun (EFC)'), description: t('The three-day CPA exam after the Capstone modules.', 'L’examen de trois jours après les modules de synthèse.'), criteria: { exam: { examIds: ['cpa-cfe'] }, requiresPrior: ['pep'] } },
      { slug: 'experience', kind: 'supervised-practice', title: t('30 months of practical experience', '30 mois d’expérience pratique'), description: t('Relevant, supervised accounting experience; part of it may be recognised from abroad.', 'Expérience pertinente supervisée; une partie peut être reconnue de l’étranger.'), criteria: { experience: { minYears: 2.5, fieldFamilies: ['accounting-finance'], competencies: ['financial-reporting', 'management-accounting'] } } },
      ...(p.extraRequirements ?? []),
      { slug: 'membership', kind: 'registration', title: t(`${p.body} membership`, `Adhésion à ${p.body}`), description: t('Apply for membership and the CPA designation; good-character declarations and the fee.', 'Demande d’adhésion et du titre de CPA; déclarations et droits.'), criteria: { requiresPrior: ['degree', 'cfe', 'experience', ...extraSlugs] } },
    ],
    pathways: [
      { slug: 'wes', closes: ['education-assessment'], ...wesEvaluation },
      { slug: 'prerequisites', closes: ['degree'], kind: 'course', title: t('CPA preparatory courses', 'Cours préparatoires CPA'), provider: 'CPA Canada and the provincial CPA bodies', link: link('https://www.cpacanada.ca/become-a-cpa/pathways-to-becoming-a-cpa/cpa-preparatory-courses', 'CPA preparatory courses'), days: [90, 540], cost: [money('CAD', 500, 6000)], delivery: 'online', languages: ['en', 'fr'] },
      { slug: 'pep', closes: ['pep'], kind: 'course', title: p.pep.title, provider: p.pep.provider, link: link(p.pep.url, p.pep.provider), days: [540, 900], cost: [money('CAD', 9000, 14000)], delivery: 'hybrid', languages: p.pep.languages, prerequisites: ['education-assessment'] },
      { slug: 'cfe', closes: ['cfe'], kind: 'exam', title: t('Common Final Examination', 'Examen final commun'), provider: 'CPA Canada', link: link('https://www.cpacanada.ca/become-a-cpa/common-final-examination', 'CFE'), days: [60, 120], cost: [money('CAD', 1800, 2000)], delivery: 'test-centre', languages: ['en', 'fr'] },
      { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Pre-approved training position or experience verification', 'Poste de formation préapprouvé ou vérification de l’expérience'), provider: p.body, link: link(p.bodyUrl, p.body), days: [365, 900], cost: [money('CAD', 0, 0)], delivery: 'in-person', languages: p.languages },
      { slug: 'mra', closes: ['pep', 'cfe', 'experience'], kind: 'application', title: t('Membership through a recognition agreement (members of e.g. ICAEW, CA ANZ, CPA Australia, AICPA / NASBA)', 'Adhésion par une entente de reconnaissance (membres de l’ICAEW, CA ANZ, CPA Australia, AICPA / NASBA ...)'), provider: 'CPA Canada and the provincial CPA bodies', link: link('https://www.cpacanada.ca/become-a-cpa/pathways-to-becoming-a-cpa/internationally-trained-accountants', 'CPA Canada: internationally trained accountants'), days: [60, 240], cost: [money('CAD', 500, 2500)], delivery: 'online', languages: ['en', 'fr'] },
      ...(p.extraPathways ?? []),
      { slug: 'membership', closes: ['membership'], kind: 'application', title: t('Membership application and dues', 'Demande d’adhésion et cotisation'), provider: p.body, link: link(p.bodyUrl, p.body), days: [30, 60], cost: [money('CAD', 500, 1200)], delivery: 'online', languages: p.languages },
    ],
  });
}

export const accountantBritishColumbia = canadianCpa({
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-cpa',
  body: 'CPA British Columbia',
  bodyId: 'cpabc',
  bodyUrl: 'https://www.bccpa.ca',
  source: 'https://www.bccpa.ca/become-a-cpa/internationally-trained-accountants/',
  pep: { provider: 'CPA Western School of Business', url: 'https://www.cpawsb.ca', title: t('CPA PEP modules (CPA Western School of Business)', 'Modules du PFP (CPA Western School of Business)'), languages: ['en'] },
  languages: ['en'],
});

export const accountantAlberta = canadianCpa({
  jurisdictionId: 'ca-ab',
  prefix: 'ca-ab-cpa',
  body: 'CPA Alberta',
  bodyId: 'cpa-alberta',
  bodyUrl: 'https://www.cpaalberta.ca',
  source: 'https://www.cpaalberta.ca/become-a-cpa',
  pep: { provider: 'CPA Western School of Business', url: 'https://www.cpawsb.ca', title: t('CPA PEP modules (CPA Western School of Business)', 'Modules du PFP (CPA Western School of Business)'), languages: ['en'] },
  languages: ['en'],
});

export const accountantQuebec = canadianCpa({
  jurisdictionId: 'ca-qc',
  prefix: 'ca-qc-cpa',
  body: 'Ordre des CPA du Québec',
  bodyId: 'cpa-quebec',
  bodyUrl: 'https://cpaquebec.ca',
  source: 'https://cpaquebec.ca/fr/devenir-cpa/',
  pep: { provider: 'Ordre des CPA du Québec', url: 'https://cpaquebec.ca', title: t('Professional Education Program (PEP) in Quebec', 'Programme de formation professionnelle (PFP) au Québec'), languages: ['fr', 'en'] },
  languages: ['fr'],
  extraRequirements: [{ slug: 'french', ...OQLF_REQUIREMENT }],
  extraPathways: [
    { slug: 'oqlf', closes: ['french'], ...oqlfExam },
    { slug: 'francisation', closes: ['french'], ...francisation },
  ],
});

export const accountantEngland = defineSet({
  occupationId: 'accountant',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-acct',
  source: link('https://www.icaew.com/membership/become-a-member/members-of-other-bodies', 'ICAEW: members of other accountancy bodies'),
  requirements: [
    { slug: 'education', kind: 'education', advisory: true, title: t('Degree', 'Diplôme'), description: t('Employers usually ask for a degree; an accounting or finance degree earns exemptions from professional exams.', 'Les employeurs demandent souvent un diplôme; un diplôme en comptabilité donne des dispenses d’examens.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['accounting-finance', 'business', 'mathematics-statistics'] } } },
    { slug: 'comparability', kind: 'credential-assessment', advisory: true, title: t('Statement of comparability', 'Attestation de comparabilité'), description: t('A UK ENIC statement helps employers and professional bodies read your degree.', 'Une attestation UK ENIC aide employeurs et organismes à comprendre votre diplôme.'), criteria: { assessment: { acceptedBodies: ['uk-enic'] } } },
    { slug: 'qualification', kind: 'other', advisory: true, title: t('A professional qualification (ACA, ACCA or CIMA)', 'Une qualification professionnelle (ACA, ACCA ou CIMA)'), description: t('Not required by law for most accounting work (statutory audit and some titles are regulated), but expected for qualified roles; members of some foreign bodies join ICAEW by reciprocity.', 'Non exigée par la loi pour la plupart des tâches (l’audit légal et certains titres sont réglementés), mais attendue pour les postes qualifiés.'), criteria: { requiresPrior: ['comparability'] } },
    { slug: 'experience', kind: 'work-experience', advisory: true, title: t('Accounting experience', 'Expérience en comptabilité'), description: t('Two or more years in accounting, with UK reporting or tax knowledge valued.', 'Au moins deux ans d’expérience; la connaissance des normes britanniques est appréciée.'), criteria: { experience: { minYears: 2, fieldFamilies: ['accounting-finance'], competencies: ['financial-reporting'] } } },
  ],
  pathways: [
    { slug: 'enic', closes: ['comparability'], kind: 'credential-assessment', title: t('UK ENIC statement of comparability', 'Attestation de comparabilité UK ENIC'), provider: 'UK ENIC', link: link('https://www.enic.org.uk', 'UK ENIC'), days: [10, 30], cost: [money('GBP', 50, 120)], delivery: 'online' },
    { slug: 'top-up', closes: ['education'], kind: 'course', title: t('Top-up degree or AAT accounting qualification', 'Licence complémentaire ou qualification AAT'), provider: 'English universities / AAT', link: link('https://www.aat.org.uk', 'AAT'), days: [270, 730], cost: [money('GBP', 1500, 20000)], delivery: 'hybrid' },
    { slug: 'acca', closes: ['qualification'], kind: 'course', title: t('ACCA qualification with exemptions', 'Qualification ACCA avec dispenses'), provider: 'ACCA', link: link('https://www.accaglobal.com', 'ACCA'), days: [365, 1095], cost: [money('GBP', 2000, 6000)], delivery: 'online' },
    { slug: 'icaew-reciprocity', closes: ['qualification'], kind: 'application', title: t('ICAEW membership for members of other bodies', 'Adhésion à l’ICAEW pour membres d’autres organismes'), provider: 'ICAEW', link: link('https://www.icaew.com/membership/become-a-member/members-of-other-bodies', 'ICAEW'), days: [60, 365], cost: [money('GBP', 500, 2500)], delivery: 'online' },
    { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Accounting employment (e.g. through a training contract)', 'Emploi en comptabilité (par ex. contrat de formation)'), provider: 'Employers and ICAEW / ACCA approved employers', link: link('https://www.icaew.com', 'ICAEW'), days: [365, 730], cost: [], delivery: 'in-person' },
  ],
});

export const accountantNewSouthWales = defineSet({
  occupationId: 'accountant',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-acct',
  source: link('https://www.cpaaustralia.com.au/become-a-cpa/migration-skills-assessment', 'CPA Australia: migration skills assessment'),
  requirements: [
    { slug: 'education', kind: 'education', advisory: true, title: t('Degree with the core accounting knowledge', 'Diplôme couvrant les connaissances comptables de base'), description: t('A bachelor’s degree (or higher) covering the core accounting areas the professional bodies list.', 'Un baccalauréat (ou plus) couvrant les domaines comptables de base.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['accounting-finance', 'business'] } } },
    { slug: 'skills-assessment', kind: 'credential-assessment', advisory: true, title: t('Skills assessment by an accounting body', 'Évaluation des compétences par un organisme comptable'), description: t('CPA Australia, CA ANZ or IPA assess your qualification; needed for skilled visas and read by employers.', 'CPA Australia, CA ANZ ou l’IPA évaluent votre diplôme; exigé pour les visas qualifiés.'), criteria: { assessment: { acceptedBodies: ['cpa-australia', 'ca-anz', 'ipa'] } } },
    { slug: 'designation', kind: 'other', advisory: true, title: t('A professional designation (CPA or CA)', 'Un titre professionnel (CPA ou CA)'), description: t('Not a licence: accounting is not licensed, though tax agents (Tax Practitioners Board) and company auditors (ASIC) are registered.', 'Pas un permis : la comptabilité n’est pas réglementée, mais les agents fiscaux et les vérificateurs le sont.'), criteria: { requiresPrior: ['skills-assessment'] } },
    { slug: 'english', kind: 'language-proficiency', advisory: true, title: t('Workplace English', 'Anglais en milieu de travail'), description: t('No test is required by law; skilled-visa assessments often ask for IELTS 7 in each band.', 'Aucun test obligatoire; les évaluations pour visa demandent souvent IELTS 7.'), criteria: { language: { language: 'en', acceptedTests: [{ test: 'ielts-academic', minScores: { reading: 7, writing: 7, listening: 7, speaking: 7 } }, { test: 'ielts-general', minScores: { reading: 7, writing: 7, listening: 7, speaking: 7 } }] } } },
  ],
  pathways: [
    { slug: 'cpa-australia-assessment', closes: ['skills-assessment'], kind: 'credential-assessment', title: t('CPA Australia skills assessment', 'Évaluation des compétences de CPA Australia'), provider: 'CPA Australia', link: link('https://www.cpaaustralia.com.au/become-a-cpa/migration-skills-assessment', 'CPA Australia'), days: [20, 60], cost: [money('AUD', 500, 700)], delivery: 'online' },
    { slug: 'bridging-subjects', closes: ['education'], kind: 'course', title: t('Foundation or bridging accounting subjects', 'Matières comptables de base ou passerelles'), provider: 'CPA Australia / Australian universities', link: link('https://www.cpaaustralia.com.au', 'CPA Australia'), days: [90, 365], cost: [money('AUD', 1000, 8000)], delivery: 'online' },
    { slug: 'cpa-program', closes: ['designation'], kind: 'course', title: t('CPA Program or CA Program', 'CPA Program ou CA Program'), provider: 'CPA Australia / Chartered Accountants Australia and New Zealand', link: link('https://www.charteredaccountantsanz.com', 'CA ANZ'), days: [365, 1095], cost: [money('AUD', 5000, 12000)], delivery: 'online', prerequisites: ['skills-assessment'] },
    { slug: 'ielts', closes: ['english'], kind: 'exam', title: t('IELTS', 'IELTS'), provider: 'IDP IELTS', link: link('https://ielts.org', 'IELTS'), days: [14, 45], cost: [money('AUD', 420, 460)], delivery: 'test-centre' },
  ],
});
