/**
 * Professional engineer: British Columbia (EGBC), Alberta (APEGA), Quebec (OIQ),
 * Victoria (registration under the Professional Engineers Registration Act 2019),
 * Bavaria (protected title "Ingenieur", Bayerische Ingenieurekammer-Bau) and England
 * (not regulated: Chartered Engineer is voluntary, under the Engineering Council's
 * UK-SPEC). ILLUSTRATIVE.
 */
import { defineSet, link, money, t } from './define.js';
import { francisation, ieltsExam, ieltsTests, OQLF_REQUIREMENT, oqlfExam, wesEvaluation } from './shared.js';

const ENGINEERING_COMPETENCIES = ['technical-competence', 'engineering-design', 'professional-accountability'];
const NPPE_EXAM = { kind: 'exam' as const, title: t('National Professional Practice Exam (NPPE)', 'Examen national sur l’exercice professionnel (NPPE)'), provider: 'NPPE / ProctorU', link: link('https://www.nppe.ca', 'NPPE'), days: [30, 90] as [number, number], cost: [money('CAD', 320, 350)], delivery: 'online' as const, languages: ['en', 'fr'] };
const NPPE_REQUIREMENT = { kind: 'licensing-exam' as const, title: t('National Professional Practice Exam (NPPE)', 'Examen national sur l’exercice professionnel (NPPE)'), description: t('A computer-based exam on law, ethics and professional practice in Canada.', 'Un examen informatisé sur le droit, l’éthique et l’exercice professionnel au Canada.'), criteria: { exam: { examIds: ['nppe'] } }, source: link('https://www.nppe.ca', 'NPPE') };

export const engineerBritishColumbia = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-peng',
  source: link('https://www.egbc.ca/registration/individual-registration/professional-engineer', 'EGBC: professional engineer registration'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie'), description: t('A bachelor’s degree in engineering. Degrees not accredited by Engineers Canada (or a Washington Accord signatory) are reviewed, and exams may be assigned.', 'Un baccalauréat en génie; les diplômes non agréés sont examinés et des examens peuvent être exigés.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'academic-review', kind: 'credential-assessment', title: t('EGBC academic review', 'Examen académique d’EGBC'), description: t('EGBC reviews your transcripts and either accepts your degree or assigns confirmatory or technical exams.', 'EGBC examine vos relevés et accepte votre diplôme ou assigne des examens.'), criteria: { assessment: { acceptedBodies: ['egbc'] } } },
    { slug: 'experience', kind: 'work-experience', title: t('Four years of engineering experience, competency-assessed', 'Quatre ans d’expérience en génie, évalués par compétences'), description: t('At least four years of engineering experience after your degree, reported in EGBC’s competency-based assessment and confirmed by validators.', 'Au moins quatre ans d’expérience après le diplôme, décrits dans l’évaluation par compétences d’EGBC et confirmés par des validateurs.'), criteria: { experience: { minYears: 4, fieldFamilies: ['engineering'], competencies: ENGINEERING_COMPETENCIES }, requiresPrior: ['academic-review'] } },
    { slug: 'nppe', ...NPPE_REQUIREMENT },
    { slug: 'registration', kind: 'registration', title: t('P.Eng. registration', 'Inscription comme P.Eng.'), description: t('Character references, declarations and the registration fee.', 'Références, déclarations et droits d’inscription.'), criteria: { requiresPrior: ['education', 'academic-review', 'experience', 'nppe'] } },
  ],
  pathways: [
    { slug: 'egbc-application', closes: ['academic-review'], kind: 'credential-assessment', title: t('EGBC application and academic review', 'Demande à EGBC et examen académique'), provider: 'Engineers and Geoscientists BC', link: link('https://www.egbc.ca/registration', 'EGBC: registration'), days: [60, 180], cost: [money('CAD', 350, 600)], delivery: 'online' },
    { slug: 'exams', closes: ['education'], kind: 'exam', title: t('Confirmatory or technical exams (where assigned)', 'Examens de confirmation ou techniques (si exigés)'), provider: 'Engineers and Geoscientists BC', link: link('https://www.egbc.ca/registration', 'EGBC'), days: [120, 365], cost: [money('CAD', 300, 2500)], delivery: 'test-centre', prerequisites: ['academic-review'] },
    { slug: 'eit', closes: ['experience'], kind: 'work-placement', title: t('Engineer-in-training experience under a P.Eng.', 'Expérience d’ingénieur stagiaire sous un P.Eng.'), provider: 'Your employer, with EGBC’s engineer-in-training registration', link: link('https://www.egbc.ca/registration/individual-registration/engineer-in-training', 'EGBC: engineer in training'), days: [365, 1460], cost: [money('CAD', 100, 300)], delivery: 'in-person' },
    { slug: 'career-bridging', closes: ['experience'], kind: 'bridging-program', title: t('Career bridging for internationally trained engineers', 'Passerelle professionnelle pour ingénieurs formés à l’étranger'), provider: 'BC settlement agencies (e.g. ISSofBC)', link: link('https://issbc.org', 'ISSofBC'), days: [60, 240], cost: [money('CAD', 0, 0)], delivery: 'hybrid' },
    { slug: 'nppe', closes: ['nppe'], ...NPPE_EXAM },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Registration fee and licence', 'Droits d’inscription et permis'), provider: 'Engineers and Geoscientists BC', link: link('https://www.egbc.ca', 'EGBC'), days: [30, 60], cost: [money('CAD', 300, 500)], delivery: 'online' },
  ],
});

export const engineerAlberta = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'ca-ab',
  prefix: 'ca-ab-peng',
  source: link('https://www.apega.ca/apply', 'APEGA: apply'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie'), description: t('A bachelor’s degree in engineering; APEGA may assign confirmatory exams or the Fundamentals of Engineering (FE) exam for degrees it does not accept outright.', 'Un baccalauréat en génie; l’APEGA peut assigner des examens de confirmation ou l’examen FE.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'academic-assessment', kind: 'credential-assessment', title: t('APEGA academic assessment', 'Évaluation académique de l’APEGA'), description: t('APEGA assesses your degree against the Canadian accreditation standard.', 'L’APEGA évalue votre diplôme par rapport à la norme d’agrément canadienne.'), criteria: { assessment: { acceptedBodies: ['apega'] } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Shown by study or work in English, or by a test result (e.g. TOEFL iBT 88 or IELTS Academic 6.5 overall).', 'Démontrée par des études ou un emploi en anglais, ou par un test (TOEFL iBT 88, IELTS Academic 6,5).'), criteria: { language: { language: 'en', acceptedTests: [{ test: 'ielts-academic', minScores: { overall: 6.5 } }, { test: 'toefl-ibt', minScores: { overall: 88 } }] } } },
    { slug: 'experience', kind: 'work-experience', title: t('Four years of engineering experience, competency-assessed', 'Quatre ans d’expérience en génie, évalués par compétences'), description: t('At least four years of engineering experience, reported in APEGA’s competency-based assessment and confirmed by validators.', 'Au moins quatre ans d’expérience, décrits dans l’évaluation par compétences et confirmés.'), criteria: { experience: { minYears: 4, fieldFamilies: ['engineering'], competencies: ENGINEERING_COMPETENCIES }, requiresPrior: ['academic-assessment'] } },
    { slug: 'nppe', ...NPPE_REQUIREMENT },
    { slug: 'registration', kind: 'registration', title: t('P.Eng. licence', 'Permis P.Eng.'), description: t('References, declarations and the licence fee.', 'Références, déclarations et droits.'), criteria: { requiresPrior: ['education', 'academic-assessment', 'language', 'experience', 'nppe'] } },
  ],
  pathways: [
    { slug: 'apega-application', closes: ['academic-assessment'], kind: 'credential-assessment', title: t('APEGA application and academic assessment', 'Demande à l’APEGA et évaluation académique'), provider: 'Association of Professional Engineers and Geoscientists of Alberta', link: link('https://www.apega.ca/apply', 'APEGA: apply'), days: [60, 180], cost: [money('CAD', 350, 550)], delivery: 'online' },
    { slug: 'fe-exam', closes: ['education'], kind: 'exam', title: t('Fundamentals of Engineering (FE) exam or confirmatory exams', 'Examen FE ou examens de confirmation'), provider: 'NCEES (FE exam) / APEGA', link: link('https://ncees.org/exams/fe-exam/', 'NCEES: FE exam'), days: [60, 240], cost: [money('USD', 175, 175), money('CAD', 0, 1500)], delivery: 'test-centre', prerequisites: ['academic-assessment'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Engineering employment as an engineer-in-training', 'Emploi comme ingénieur stagiaire'), provider: 'Your employer, with APEGA’s engineer-in-training registration', link: link('https://www.apega.ca', 'APEGA'), days: [365, 1460], cost: [money('CAD', 0, 200)], delivery: 'in-person' },
    { slug: 'mentoring', closes: ['experience'], kind: 'bridging-program', title: t('Employment mentoring for immigrant engineers', 'Mentorat d’emploi pour ingénieurs immigrants'), provider: 'Edmonton Region Immigrant Employment Council (ERIEC)', link: link('https://www.eriec.ca', 'ERIEC'), days: [90, 180], cost: [money('CAD', 0, 0)], delivery: 'hybrid' },
    { slug: 'nppe', closes: ['nppe'], ...NPPE_EXAM },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Licence fee and issuance', 'Droits et délivrance du permis'), provider: 'APEGA', link: link('https://www.apega.ca', 'APEGA'), days: [30, 60], cost: [money('CAD', 300, 450)], delivery: 'online' },
  ],
});

export const engineerQuebec = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'ca-qc',
  prefix: 'ca-qc-ing',
  source: link('https://www.oiq.qc.ca/devenir-ingenieur/', 'OIQ: devenir ingénieur'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie'), description: t('A bachelor’s degree in engineering; the OIQ decides whether a degree from outside Canada is equivalent.', 'Un baccalauréat en génie; l’OIQ décide de l’équivalence d’un diplôme obtenu hors du Canada.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'equivalence', kind: 'credential-assessment', title: t('Equivalence decision by the OIQ', 'Reconnaissance d’équivalence par l’OIQ'), description: t('The OIQ recognises your degree or prescribes exams or courses. Engineers from France may use the France–Quebec mutual recognition arrangement.', 'L’OIQ reconnaît votre diplôme ou prescrit des examens ou des cours. Les ingénieurs de France peuvent se prévaloir de l’ARM.'), criteria: { assessment: { acceptedBodies: ['oiq'] } } },
    { slug: 'experience', kind: 'work-experience', title: t('Engineering experience', 'Expérience en génie'), description: t('About three years of engineering experience in all, counted by the OIQ.', 'Environ trois ans d’expérience en génie au total, selon l’OIQ.'), criteria: { experience: { minYears: 3, fieldFamilies: ['engineering'], competencies: ENGINEERING_COMPETENCIES } } },
    { slug: 'supervised', kind: 'supervised-practice', title: t('Twelve months in Canada under an engineer’s supervision', 'Douze mois au Canada sous la supervision d’un ingénieur'), description: t('As an engineering candidate (CPI), at least a year of experience in Canada supervised by an engineer.', 'Comme candidat à la profession d’ingénieur (CPI), au moins un an d’expérience au Canada sous supervision.'), criteria: { experience: { minYears: 1, fieldFamilies: ['engineering'], inCountry: 'CA' }, requiresPrior: ['equivalence'] } },
    { slug: 'professional-exam', kind: 'licensing-exam', title: t('OIQ professional examination', 'Examen professionnel de l’OIQ'), description: t('An exam on professionalism, ethics and the law governing engineering in Quebec.', 'Un examen sur le professionnalisme, l’éthique et le droit régissant le génie au Québec.'), criteria: { exam: { examIds: ['oiq-professional-exam'] }, requiresPrior: ['equivalence'] } },
    { slug: 'french', ...OQLF_REQUIREMENT },
    { slug: 'registration', kind: 'registration', title: t('Engineer’s permit', 'Permis d’ingénieur'), description: t('The OIQ issues the permit and enters you on the roll.', 'L’OIQ délivre le permis et vous inscrit au Tableau.'), criteria: { requiresPrior: ['education', 'equivalence', 'experience', 'supervised', 'professional-exam', 'french'] } },
  ],
  pathways: [
    { slug: 'equivalence-application', closes: ['equivalence'], kind: 'credential-assessment', title: t('Application for equivalence and admission', 'Demande d’équivalence et d’admission'), provider: 'Ordre des ingénieurs du Québec', link: link('https://www.oiq.qc.ca/devenir-ingenieur/', 'OIQ'), days: [60, 240], cost: [money('CAD', 800, 1300)], delivery: 'online', languages: ['fr'] },
    { slug: 'prescribed-exams', closes: ['education'], kind: 'exam', title: t('Prescribed technical exams or university courses', 'Examens techniques ou cours universitaires prescrits'), provider: 'Ordre des ingénieurs du Québec / Quebec engineering schools', link: link('https://www.oiq.qc.ca', 'OIQ'), days: [120, 540], cost: [money('CAD', 500, 5000)], delivery: 'in-person', languages: ['fr'], prerequisites: ['equivalence'] },
    { slug: 'cpi', closes: ['experience', 'supervised'], kind: 'work-placement', title: t('Experience as an engineering candidate (CPI)', 'Expérience comme CPI'), provider: 'Your employer, under an engineer’s supervision', link: link('https://www.oiq.qc.ca', 'OIQ'), days: [365, 1095], cost: [money('CAD', 100, 400)], delivery: 'in-person', languages: ['fr', 'en'], prerequisites: ['equivalence'] },
    { slug: 'professional-exam', closes: ['professional-exam'], kind: 'exam', title: t('OIQ professional examination with its preparation', 'Examen professionnel de l’OIQ et sa préparation'), provider: 'Ordre des ingénieurs du Québec', link: link('https://www.oiq.qc.ca', 'OIQ'), days: [60, 180], cost: [money('CAD', 200, 600)], delivery: 'online', languages: ['fr', 'en'] },
    { slug: 'oqlf', closes: ['french'], ...oqlfExam },
    { slug: 'francisation', closes: ['french'], ...francisation },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Permit and annual dues', 'Permis et cotisation annuelle'), provider: 'Ordre des ingénieurs du Québec', link: link('https://www.oiq.qc.ca', 'OIQ'), days: [14, 60], cost: [money('CAD', 400, 700)], delivery: 'online', languages: ['fr'] },
  ],
});

export const engineerVictoria = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'au-vic',
  prefix: 'au-vic-peng',
  source: link('https://www.consumer.vic.gov.au/licensing-and-registration/engineers', 'Consumer Affairs Victoria: engineers registration'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie'), description: t('An accredited engineering bachelor’s degree, or one an approved assessment entity finds equivalent.', 'Un baccalauréat en génie agréé, ou jugé équivalent par un organisme d’évaluation agréé.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('Assessment by an approved assessment entity', 'Évaluation par un organisme agréé'), description: t('Engineers Australia, Professionals Australia or IPWEA assess your qualification and competence in the area of engineering you apply for (structural, civil, electrical, mechanical or fire safety).', 'Engineers Australia, Professionals Australia ou l’IPWEA évaluent vos qualifications et compétences dans le domaine visé.'), criteria: { assessment: { acceptedBodies: ['engineers-australia', 'professionals-australia', 'ipwea'] } } },
    { slug: 'experience', kind: 'work-experience', title: t('Five years of practice in the area', 'Cinq ans d’exercice dans le domaine'), description: t('At least five years of relevant engineering practice within the last ten years.', 'Au moins cinq ans d’exercice pertinent au cours des dix dernières années.'), criteria: { experience: { minYears: 5, fieldFamilies: ['engineering'], competencies: ENGINEERING_COMPETENCIES, recentWithinYears: 10 } } },
    { slug: 'registration', kind: 'registration', title: t('Registration as a professional engineer in Victoria', 'Inscription comme ingénieur professionnel au Victoria'), description: t('Apply to the Business Licensing Authority with the assessment entity’s report, declarations and the fee; keep up continuing professional development.', 'Demande à la Business Licensing Authority avec le rapport d’évaluation, déclarations et droits.'), criteria: { requiresPrior: ['education', 'assessment', 'experience'] } },
  ],
  pathways: [
    { slug: 'msa', closes: ['education'], kind: 'credential-assessment', title: t('Engineers Australia migration skills assessment (CDR or accord route)', 'Évaluation des compétences migratoires d’Engineers Australia'), provider: 'Engineers Australia', link: link('https://www.engineersaustralia.org.au/migration-skills-assessment', 'Engineers Australia: migration skills assessment'), days: [30, 120], cost: [money('AUD', 900, 1400)], delivery: 'online' },
    { slug: 'ea-assessment', closes: ['assessment'], kind: 'credential-assessment', title: t('Assessment for registration (e.g. NER or Chartered)', 'Évaluation en vue de l’inscription (NER ou Chartered)'), provider: 'Engineers Australia', link: link('https://www.engineersaustralia.org.au', 'Engineers Australia'), days: [60, 180], cost: [money('AUD', 800, 1500)], delivery: 'online' },
    { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Engineering employment in the area of registration', 'Emploi en génie dans le domaine visé'), provider: 'Your employer', link: link('https://www.engineersaustralia.org.au', 'Engineers Australia'), days: [365, 1825], cost: [], delivery: 'in-person' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Application to the Business Licensing Authority', 'Demande à la Business Licensing Authority'), provider: 'Business Licensing Authority / Consumer Affairs Victoria', link: link('https://www.consumer.vic.gov.au/licensing-and-registration/engineers', 'Consumer Affairs Victoria'), days: [30, 90], cost: [money('AUD', 200, 500)], delivery: 'online' },
  ],
});

export const engineerBavaria = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'de-by',
  prefix: 'de-by-ing',
  source: link('https://www.bayika.de', 'Bayerische Ingenieurekammer-Bau'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Engineering degree', 'Diplôme en génie', { de: 'Ingenieurstudium' }), description: t('A degree of at least three years (six semesters) in a technical or scientific subject in which engineering content predominates.', 'Un diplôme d’au moins trois ans dans une discipline technique à dominante ingénierie.', { de: 'Ein mindestens dreijähriges (sechssemestriges) Studium einer technisch-naturwissenschaftlichen Fachrichtung mit überwiegend ingenieurwissenschaftlichen Inhalten.' }), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'title-authorisation', kind: 'credential-assessment', title: t('Authorisation to use the title “Ingenieur”', 'Autorisation de porter le titre « Ingenieur »', { de: 'Genehmigung zum Führen der Berufsbezeichnung „Ingenieur/in“' }), description: t('For a degree earned abroad, the chamber checks equivalence before you may call yourself Ingenieur in Bavaria.', 'Pour un diplôme étranger, la chambre vérifie l’équivalence avant l’usage du titre en Bavière.', { de: 'Bei einem ausländischen Abschluss prüft die Kammer die Gleichwertigkeit, bevor Sie in Bayern den Titel Ingenieur führen dürfen.' }), criteria: { assessment: { acceptedBodies: ['bayika'] } } },
    { slug: 'registration', kind: 'registration', title: t('Decision and, optionally, chamber membership', 'Décision et, au choix, adhésion à la chambre', { de: 'Bescheid und, optional, Kammermitgliedschaft' }), description: t('The written authorisation. Chamber membership or entry in its lists (e.g. for building-permit submissions) has further conditions.', 'L’autorisation écrite; l’adhésion à la chambre ou l’inscription à ses listes a d’autres conditions.', { de: 'Der Bescheid. Für Mitgliedschaft oder Eintrag in Listen der Kammer (z. B. Bauvorlageberechtigung) gelten weitere Voraussetzungen.' }), criteria: { requiresPrior: ['education', 'title-authorisation'] } },
  ],
  pathways: [
    { slug: 'zab', closes: ['education'], kind: 'credential-assessment', title: t('ZAB statement of comparability (Zeugnisbewertung)', 'Attestation de comparabilité de la ZAB', { de: 'Zeugnisbewertung der ZAB' }), provider: 'Zentralstelle für ausländisches Bildungswesen (ZAB)', link: link('https://www.kmk.org/zab/zeugnisbewertung.html', 'ZAB: Zeugnisbewertung'), days: [60, 120], cost: [money('EUR', 200, 200)], delivery: 'online', languages: ['de', 'en'] },
    { slug: 'kammer-application', closes: ['title-authorisation'], kind: 'credential-assessment', title: t('Application to the Bayerische Ingenieurekammer-Bau', 'Demande à la chambre des ingénieurs de Bavière', { de: 'Antrag bei der Bayerischen Ingenieurekammer-Bau' }), provider: 'Bayerische Ingenieurekammer-Bau', link: link('https://www.bayika.de', 'BayIKa'), days: [30, 120], cost: [money('EUR', 100, 500)], delivery: 'online', languages: ['de'] },
    { slug: 'bescheid', closes: ['registration'], kind: 'application', title: t('Authorisation decision', 'Décision d’autorisation', { de: 'Genehmigungsbescheid' }), provider: 'Bayerische Ingenieurekammer-Bau', link: link('https://www.bayika.de', 'BayIKa'), days: [14, 60], cost: [money('EUR', 0, 200)], delivery: 'online', languages: ['de'] },
  ],
});

export const engineerEngland = defineSet({
  occupationId: 'professional-engineer',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-eng',
  source: link('https://www.engc.org.uk/standards-guidance/standards/uk-spec/', 'Engineering Council: UK-SPEC'),
  requirements: [
    { slug: 'education', kind: 'education', advisory: true, title: t('Engineering degree', 'Diplôme en génie'), description: t('Employers and the licensed institutions look for an engineering degree; an accredited bachelor’s with further learning, or an MEng, is the benchmark for Chartered Engineer.', 'Les employeurs demandent un diplôme en génie; le MEng ou un baccalauréat agréé avec formation complémentaire est la référence pour le titre CEng.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['engineering'] } } },
    { slug: 'comparability', kind: 'credential-assessment', advisory: true, title: t('Statement of comparability of your degree', 'Attestation de comparabilité du diplôme'), description: t('A UK ENIC statement tells employers how your degree compares with UK qualifications.', 'Une attestation UK ENIC indique aux employeurs à quoi correspond votre diplôme.'), criteria: { assessment: { acceptedBodies: ['uk-enic'] } } },
    { slug: 'experience', kind: 'work-experience', advisory: true, title: t('Engineering experience against UK-SPEC', 'Expérience en génie selon UK-SPEC'), description: t('Several years of responsible engineering practice, shown against the UK-SPEC competences.', 'Plusieurs années d’exercice responsable, selon les compétences UK-SPEC.'), criteria: { experience: { minYears: 4, fieldFamilies: ['engineering'], competencies: ENGINEERING_COMPETENCIES } } },
    { slug: 'chartered', kind: 'other', advisory: true, title: t('Optional: Chartered Engineer (CEng) through a licensed institution', 'Facultatif : titre Chartered Engineer (CEng)'), description: t('Not a licence, but a protected title many employers value: a professional review interview with a licensed institution such as ICE, IMechE or IET.', 'Pas un permis, mais un titre protégé apprécié : entretien de revue professionnelle avec une institution agréée (ICE, IMechE, IET).'), criteria: { requiresPrior: ['experience'] } },
  ],
  pathways: [
    { slug: 'enic', closes: ['comparability'], kind: 'credential-assessment', title: t('UK ENIC statement of comparability', 'Attestation de comparabilité UK ENIC'), provider: 'UK ENIC', link: link('https://www.enic.org.uk', 'UK ENIC'), days: [10, 30], cost: [money('GBP', 50, 120)], delivery: 'online' },
    { slug: 'experience', closes: ['experience'], kind: 'work-placement', title: t('Engineering employment with a mentor toward registration', 'Emploi en génie avec mentor'), provider: 'Your employer', link: link('https://www.engc.org.uk', 'Engineering Council'), days: [365, 1460], cost: [], delivery: 'in-person' },
    { slug: 'ceng-review', closes: ['chartered'], kind: 'application', title: t('CEng application and professional review interview', 'Demande CEng et entretien de revue'), provider: 'Licensed institutions of the Engineering Council (e.g. ICE, IMechE, IET)', link: link('https://www.engc.org.uk/professional-registration/', 'Engineering Council: professional registration'), days: [90, 270], cost: [money('GBP', 200, 600)], delivery: 'hybrid', prerequisites: ['experience'] },
  ],
});
