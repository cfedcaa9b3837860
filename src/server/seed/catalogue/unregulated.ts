/**
 * Unregulated occupations: no licence, so every requirement is advisory (what employers
 * commonly expect). A credential evaluation helps with employers and immigration.
 */
import { defineSet, link, money, t } from './define.js';

export const softwareDeveloperOntario = defineSet({
  occupationId: 'software-developer',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-dev',
  source: link('https://www.jobbank.gc.ca/marketreport/requirements/21232/ON', 'Job Bank: software developers, requirements'),
  requirements: [
    { slug: 'education', kind: 'education', advisory: true, title: t('Degree or diploma in computing', 'Diplôme en informatique'), description: t('Employers usually ask for a bachelor’s degree or college diploma in computer science or software engineering.', 'Les employeurs demandent souvent un diplôme en informatique.'), criteria: { education: { minLevel: 'diploma', fieldFamilies: ['computing', 'engineering', 'mathematics-statistics'] } } },
    { slug: 'evaluation', kind: 'credential-assessment', advisory: true, title: t('Educational credential evaluation', 'Évaluation des diplômes'), description: t('A WES or ICAS evaluation helps Canadian employers read a foreign degree.', 'Une évaluation WES ou ICAS aide les employeurs à comprendre un diplôme étranger.'), criteria: { assessment: { acceptedBodies: ['wes', 'icas'] } } },
    { slug: 'experience', kind: 'work-experience', advisory: true, title: t('Professional programming experience', 'Expérience professionnelle en programmation'), description: t('Two or more years of professional development work, shown through a portfolio.', 'Au moins deux ans d’expérience, avec un portfolio.'), criteria: { experience: { minYears: 2, fieldFamilies: ['computing'], competencies: ['programming', 'version-control'] } } },
    { slug: 'language', kind: 'language-proficiency', advisory: true, title: t('Workplace English', 'Anglais en milieu de travail'), description: t('No test is required by law; CLB 7 or higher is a common benchmark for professional roles.', 'Aucun test obligatoire; le NCLC 7 est une référence courante.'), criteria: { language: { language: 'en', acceptedTests: [], minLevel: { scale: 'clb', perSkill: { reading: 7, writing: 7, listening: 7, speaking: 7 } } } } },
  ],
  pathways: [
    { slug: 'wes', closes: ['evaluation'], kind: 'credential-assessment', title: t('WES document-by-document evaluation', 'Évaluation document par document de WES'), provider: 'World Education Services (WES)', link: link('https://www.wes.org/ca/', 'WES Canada'), days: [35, 60], cost: [money('CAD', 250, 300)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'icas', closes: ['evaluation'], kind: 'credential-assessment', title: t('ICAS educational credential assessment', 'Évaluation ICAS'), provider: 'International Credential Assessment Service of Canada', link: link('https://www.icascanada.ca', 'ICAS'), days: [30, 90], cost: [money('CAD', 200, 300)], delivery: 'online' },
    { slug: 'bridging', closes: ['experience'], kind: 'bridging-program', title: t('Bridging programme for IT professionals', 'Programme passerelle en TI'), provider: 'ACCES Employment / Toronto Metropolitan University Chang School', link: link('https://accesemployment.ca', 'ACCES Employment'), days: [60, 180], cost: [money('CAD', 0, 2000)], delivery: 'hybrid' },
    { slug: 'celpip', closes: ['language'], kind: 'exam', title: t('CELPIP-General', 'CELPIP-General'), provider: 'Paragon Testing Enterprises', link: link('https://www.celpip.ca', 'CELPIP'), days: [7, 30], cost: [money('CAD', 280, 300)], delivery: 'test-centre' },
  ],
});

export const dataAnalystOntario = defineSet({
  occupationId: 'data-analyst',
  jurisdictionId: 'ca-on',
  prefix: 'ca-on-data',
  source: link('https://www.jobbank.gc.ca/marketreport/requirements/21223/ON', 'Job Bank: data analysts, requirements'),
  requirements: [
    { slug: 'education', kind: 'education', advisory: true, title: t('Degree in a quantitative field', 'Diplôme dans un domaine quantitatif'), description: t('A bachelor’s degree in statistics, computer science, economics, mathematics or a related field.', 'Un baccalauréat en statistique, informatique, économie ou mathématiques.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['mathematics-statistics', 'computing', 'business', 'accounting-finance', 'social-sciences', 'natural-sciences', 'engineering'] } } },
    { slug: 'evaluation', kind: 'credential-assessment', advisory: true, title: t('Educational credential evaluation', 'Évaluation des diplômes'), description: t('A WES or ICAS evaluation helps Canadian employers read a foreign degree.', 'Une évaluation WES ou ICAS aide les employeurs.'), criteria: { assessment: { acceptedBodies: ['wes', 'icas'] } } },
    { slug: 'skills', kind: 'work-experience', advisory: true, title: t('SQL, statistics and visualisation experience', 'Expérience en SQL, statistique et visualisation'), description: t('One or more years using SQL, statistics and a visualisation tool, shown through projects.', 'Au moins un an d’expérience, avec des projets.'), criteria: { experience: { minYears: 1, fieldFamilies: ['mathematics-statistics', 'computing', 'business', 'accounting-finance'], competencies: ['sql', 'statistics', 'visualisation'] } } },
  ],
  pathways: [
    { slug: 'wes', closes: ['evaluation'], kind: 'credential-assessment', title: t('WES document-by-document evaluation', 'Évaluation WES'), provider: 'World Education Services (WES)', link: link('https://www.wes.org/ca/', 'WES Canada'), days: [35, 60], cost: [money('CAD', 250, 300)], delivery: 'online', languages: ['en', 'fr'] },
    { slug: 'certificate', closes: ['skills'], kind: 'course', title: t('Data analytics certificate', 'Certificat en analyse de données'), provider: 'Ontario college continuing education (e.g. Seneca Polytechnic)', link: link('https://www.senecapolytechnic.ca', 'Seneca Polytechnic'), days: [120, 365], cost: [money('CAD', 1500, 4000)], delivery: 'online' },
  ],
});
