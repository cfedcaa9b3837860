/**
 * Electrician: British Columbia (SkilledTradesBC challenge route), Alberta (trade
 * qualifier, Alberta Apprenticeship and Industry Training), Quebec (CCQ, construction),
 * New South Wales (NSW Fair Trading) and Victoria (Energy Safe Victoria), with
 * England as unregulated (NVQ / AM2, JIB ECS card, advice only). ILLUSTRATIVE.
 */
import { defineSet, link, money, t } from './define.js';

const TRADE_COMPETENCIES = ['wiring-installation', 'electrical-code', 'troubleshooting'];
/** The Red Seal interprovincial exam: the Ontario 309A certificate exam is the same Red Seal exam. */
const RED_SEAL_EXAMS = ['red-seal-electrician-construction', 'red-seal-309a'];

export const electricianBritishColumbia = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-elec',
  source: link('https://skilledtradesbc.ca/challenge-certification', 'SkilledTradesBC: challenge certification'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Experience in the trade (challenge route)', 'Expérience dans le métier (voie de la mise à l’épreuve)'), description: t('Documented work-based hours of about one and a half times the apprenticeship, across the trade’s scope; electrician is a compulsory trade in BC, so until certified you work as a registered apprentice.', 'Des heures de travail documentées d’environ une fois et demie l’apprentissage; le métier est à certification obligatoire en C.-B.'), criteria: { experience: { minYears: 5, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'challenge', kind: 'credential-assessment', title: t('SkilledTradesBC challenge assessment', 'Évaluation de mise à l’épreuve de SkilledTradesBC'), description: t('SkilledTradesBC checks your work history and signed verification of skills before approving you to write the exam.', 'SkilledTradesBC vérifie vos antécédents et l’attestation de compétences avant l’examen.'), criteria: { assessment: { acceptedBodies: ['skilledtradesbc'] } } },
    { slug: 'exam', kind: 'licensing-exam', title: t('Red Seal exam: Electrician (Construction)', 'Examen Sceau rouge : électricien (construction)'), description: t('The interprovincial Red Seal exam, based on the Canadian Electrical Code.', 'L’examen interprovincial Sceau rouge, fondé sur le Code canadien de l’électricité.'), criteria: { exam: { examIds: RED_SEAL_EXAMS }, requiresPrior: ['challenge'] }, source: link('https://www.red-seal.ca', 'Red Seal') },
    { slug: 'certification', kind: 'registration', title: t('Certificate of Qualification with Red Seal', 'Certificat de qualification avec Sceau rouge'), description: t('Issued by SkilledTradesBC; electrical contracting also needs a field safety representative licence from Technical Safety BC.', 'Délivré par SkilledTradesBC; l’entrepreneur doit aussi avoir un représentant en sécurité agréé par Technical Safety BC.'), criteria: { requiresPrior: ['experience', 'challenge', 'exam'] } },
  ],
  pathways: [
    { slug: 'challenge', closes: ['challenge'], kind: 'credential-assessment', title: t('Challenge application with work-history verification', 'Demande de mise à l’épreuve avec vérification'), provider: 'SkilledTradesBC', link: link('https://skilledtradesbc.ca/challenge-certification', 'SkilledTradesBC'), days: [30, 120], cost: [money('CAD', 0, 200)], delivery: 'online' },
    { slug: 'apprenticeship', closes: ['experience'], kind: 'work-placement', title: t('Registered apprenticeship with technical training', 'Apprentissage inscrit avec formation technique'), provider: 'SkilledTradesBC with BC training providers (e.g. BCIT)', link: link('https://skilledtradesbc.ca', 'SkilledTradesBC'), days: [365, 1460], cost: [money('CAD', 1000, 6000)], delivery: 'in-person' },
    { slug: 'exam-prep', closes: ['exam'], kind: 'course', title: t('Red Seal exam preparation and Canadian Electrical Code course', 'Préparation au Sceau rouge et Code canadien de l’électricité'), provider: 'BC training providers (e.g. British Columbia Institute of Technology)', link: link('https://www.bcit.ca', 'BCIT'), days: [30, 90], cost: [money('CAD', 400, 1500)], delivery: 'hybrid' },
    { slug: 'exam', closes: ['exam'], kind: 'exam', title: t('Red Seal exam sitting', 'Séance de l’examen Sceau rouge'), provider: 'SkilledTradesBC', link: link('https://skilledtradesbc.ca', 'SkilledTradesBC'), days: [14, 60], cost: [money('CAD', 100, 200)], delivery: 'test-centre' },
    { slug: 'certificate', closes: ['certification'], kind: 'application', title: t('Certificate issuance', 'Délivrance du certificat'), provider: 'SkilledTradesBC', link: link('https://skilledtradesbc.ca', 'SkilledTradesBC'), days: [14, 45], cost: [money('CAD', 0, 100)], delivery: 'online' },
  ],
});

export const electricianAlberta = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'ca-ab',
  prefix: 'ca-ab-elec',
  source: link('https://tradesecrets.alberta.ca/experienced-workers/trade-qualifiers/', 'Alberta: trade qualifiers'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Experience in the trade (trade qualifier)', 'Expérience dans le métier (qualification professionnelle)'), description: t('Work experience of about one and a half times the apprenticeship term, covering the trade’s tasks; electrician is a compulsory certification trade in Alberta.', 'Une expérience d’environ une fois et demie la durée de l’apprentissage; métier à certification obligatoire en Alberta.'), criteria: { experience: { minYears: 5, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'qualifier-assessment', kind: 'credential-assessment', title: t('Trade qualifier application assessment', 'Évaluation de la demande de qualification'), description: t('Alberta Apprenticeship and Industry Training reviews your experience letters and any certificates.', 'Le ministère examine vos lettres d’expérience et certificats.'), criteria: { assessment: { acceptedBodies: ['alberta-ait'] } } },
    { slug: 'exam', kind: 'licensing-exam', title: t('Red Seal / qualification exam', 'Examen Sceau rouge / de qualification'), description: t('The Red Seal exam for the trade.', 'L’examen Sceau rouge du métier.'), criteria: { exam: { examIds: RED_SEAL_EXAMS }, requiresPrior: ['qualifier-assessment'] }, source: link('https://www.red-seal.ca', 'Red Seal') },
    { slug: 'certification', kind: 'registration', title: t('Alberta Qualification Certificate', 'Certificat de qualification de l’Alberta'), description: t('The certificate (with Red Seal endorsement) that lets you work in the trade.', 'Le certificat (avec Sceau rouge) qui permet d’exercer le métier.'), criteria: { requiresPrior: ['experience', 'qualifier-assessment', 'exam'] } },
  ],
  pathways: [
    { slug: 'application', closes: ['qualifier-assessment'], kind: 'credential-assessment', title: t('Trade qualifier application', 'Demande de qualification'), provider: 'Alberta Apprenticeship and Industry Training (Government of Alberta)', link: link('https://tradesecrets.alberta.ca', 'Alberta apprenticeship'), days: [30, 120], cost: [money('CAD', 200, 500)], delivery: 'online' },
    { slug: 'apprenticeship', closes: ['experience'], kind: 'work-placement', title: t('Apprenticeship with technical training', 'Apprentissage avec formation technique'), provider: 'Alberta employers with technical training at e.g. SAIT or NAIT', link: link('https://www.sait.ca', 'SAIT'), days: [365, 1460], cost: [money('CAD', 1000, 6000)], delivery: 'in-person' },
    { slug: 'exam-prep', closes: ['exam'], kind: 'course', title: t('Exam preparation and code course', 'Préparation à l’examen et cours sur le code'), provider: 'Alberta polytechnics (e.g. NAIT)', link: link('https://www.nait.ca', 'NAIT'), days: [30, 90], cost: [money('CAD', 400, 1500)], delivery: 'hybrid' },
    { slug: 'exam', closes: ['exam'], kind: 'exam', title: t('Qualification exam sitting', 'Séance de l’examen'), provider: 'Alberta Apprenticeship and Industry Training', link: link('https://tradesecrets.alberta.ca', 'Alberta apprenticeship'), days: [14, 60], cost: [money('CAD', 0, 200)], delivery: 'test-centre' },
    { slug: 'certificate', closes: ['certification'], kind: 'application', title: t('Certificate issuance', 'Délivrance du certificat'), provider: 'Alberta Apprenticeship and Industry Training', link: link('https://tradesecrets.alberta.ca', 'Alberta apprenticeship'), days: [14, 45], cost: [money('CAD', 0, 100)], delivery: 'online' },
  ],
});

export const electricianQuebec = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'ca-qc',
  prefix: 'ca-qc-elec',
  source: link('https://www.ccq.org/fr-CA/qualification-acces-industrie', 'CCQ: accès à l’industrie'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Hours in the trade', 'Heures dans le métier'), description: t('Hours of experience equal to the apprenticeship (about 8,000 hours for construction electricians), documented for the CCQ.', 'Des heures d’expérience équivalentes à l’apprentissage (environ 8 000 heures pour l’électricien en construction).'), criteria: { experience: { minYears: 4, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'recognition', kind: 'credential-assessment', title: t('CCQ recognition of experience acquired outside Quebec', 'Reconnaissance par la CCQ de l’expérience acquise hors Québec'), description: t('The Commission de la construction du Québec evaluates your hours and training and admits you to the exam.', 'La CCQ évalue vos heures et votre formation et vous admet à l’examen.'), criteria: { assessment: { acceptedBodies: ['ccq'] } } },
    { slug: 'safety', kind: 'education', title: t('General construction site health and safety course', 'Cours Santé et sécurité générale sur les chantiers de construction'), description: t('The mandatory 30-hour course for everyone working on Quebec construction sites.', 'Le cours obligatoire de 30 heures pour travailler sur les chantiers au Québec.'), criteria: { education: { minLevel: 'secondary', fieldFamilies: [] }, exam: { examIds: ['qc-construction-safety'] } } },
    { slug: 'exam', kind: 'licensing-exam', title: t('Provincial qualification exam (electrician)', 'Examen de qualification provincial (électricien)'), description: t('The CCQ exam for the journeyperson competency certificate.', 'L’examen de la CCQ pour le certificat de compétence-compagnon.'), criteria: { exam: { examIds: ['ccq-electrician'] }, requiresPrior: ['recognition'] } },
    { slug: 'certificate', kind: 'registration', title: t('Journeyperson competency certificate', 'Certificat de compétence-compagnon'), description: t('Issued by the CCQ; required to work as an electrician on construction sites.', 'Délivré par la CCQ; exigé pour travailler comme électricien sur les chantiers.'), criteria: { requiresPrior: ['experience', 'recognition', 'safety', 'exam'] } },
  ],
  pathways: [
    { slug: 'recognition', closes: ['recognition'], kind: 'credential-assessment', title: t('Application for recognition and exam admission', 'Demande de reconnaissance et d’admission à l’examen'), provider: 'Commission de la construction du Québec (CCQ)', link: link('https://www.ccq.org', 'CCQ'), days: [30, 120], cost: [money('CAD', 0, 200)], delivery: 'online', languages: ['fr', 'en'] },
    { slug: 'dep', closes: ['experience'], kind: 'course', title: t('Vocational diploma in electricity (DEP Électricité)', 'DEP en Électricité'), provider: 'Quebec vocational training centres', link: link('https://www.quebec.ca/education/formation-professionnelle', 'Québec: formation professionnelle'), days: [365, 540], cost: [money('CAD', 0, 1000)], delivery: 'in-person', languages: ['fr'] },
    { slug: 'safety', closes: ['safety'], kind: 'course', title: t('Santé et sécurité générale sur les chantiers (30 hours)', 'Santé et sécurité générale sur les chantiers (30 heures)'), provider: 'ASP Construction and accredited trainers', link: link('https://www.asp-construction.org', 'ASP Construction'), days: [5, 30], cost: [money('CAD', 0, 300)], delivery: 'in-person', languages: ['fr', 'en'] },
    { slug: 'exam', closes: ['exam'], kind: 'exam', title: t('CCQ qualification exam sitting', 'Séance de l’examen de qualification'), provider: 'Commission de la construction du Québec (CCQ)', link: link('https://www.ccq.org', 'CCQ'), days: [14, 90], cost: [money('CAD', 50, 200)], delivery: 'test-centre', languages: ['fr', 'en'] },
    { slug: 'certificate', closes: ['certificate'], kind: 'application', title: t('Certificate issuance', 'Délivrance du certificat'), provider: 'Commission de la construction du Québec (CCQ)', link: link('https://www.ccq.org', 'CCQ'), days: [14, 45], cost: [money('CAD', 0, 150)], delivery: 'online', languages: ['fr', 'en'] },
  ],
});

export const electricianNewSouthWales = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'au-nsw',
  prefix: 'au-nsw-elec',
  source: link('https://www.nsw.gov.au/housing-and-construction/licensing/electrician', 'NSW Government: electrician licences'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Experience in the trade', 'Expérience dans le métier'), description: t('Several years of work as an electrician; the skills-assessment provider states the minimum for your country.', 'Plusieurs années de travail comme électricien; l’organisme d’évaluation précise le minimum.'), criteria: { experience: { minYears: 3, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'otsr', kind: 'credential-assessment', title: t('Offshore Technical Skills Record (OTSR)', 'Relevé des compétences techniques à l’étranger (OTSR)'), description: t('Trades Recognition Australia’s assessment of overseas electricians, run by approved registered training organisations; it shows the gap training you need.', 'L’évaluation des électriciens étrangers par Trades Recognition Australia, qui indique la formation d’appoint nécessaire.'), criteria: { assessment: { acceptedBodies: ['tra-otsr'] } }, source: link('https://www.tradesrecognitionaustralia.gov.au', 'Trades Recognition Australia') },
    { slug: 'qualification', kind: 'education', title: t('Certificate III in Electrotechnology Electrician', 'Certificate III in Electrotechnology Electrician'), description: t('The Australian qualification (UEE30820) or recognised equivalent, completed through gap training and the capstone assessment.', 'La qualification australienne (UEE30820) ou équivalente, obtenue par une formation d’appoint et l’évaluation finale.'), criteria: { education: { minLevel: 'trade-certificate', fieldFamilies: ['electrical-trades'] }, exam: { examIds: ['au-electrical-capstone'] }, requiresPrior: ['otsr'] } },
    { slug: 'licence', kind: 'registration', title: t('NSW electrician licence (qualified supervisor certificate or contractor licence)', 'Permis d’électricien de la NGS'), description: t('Apply to NSW Fair Trading with your qualification, identity and the fee.', 'Demande à NSW Fair Trading avec votre qualification et les droits.'), criteria: { requiresPrior: ['experience', 'otsr', 'qualification'] } },
  ],
  pathways: [
    { slug: 'otsr', closes: ['otsr'], kind: 'credential-assessment', title: t('OTSR skills assessment (documents and practical)', 'Évaluation OTSR (documents et pratique)'), provider: 'Trades Recognition Australia approved RTOs (e.g. VETASSESS)', link: link('https://www.tradesrecognitionaustralia.gov.au', 'Trades Recognition Australia'), days: [60, 180], cost: [money('AUD', 2500, 5000)], delivery: 'in-person' },
    { slug: 'gap-training', closes: ['qualification'], kind: 'bridging-program', title: t('Gap training and capstone assessment', 'Formation d’appoint et évaluation finale'), provider: 'TAFE NSW and other registered training organisations', link: link('https://www.tafensw.edu.au', 'TAFE NSW'), days: [60, 240], cost: [money('AUD', 2000, 8000)], delivery: 'in-person', prerequisites: ['otsr'] },
    { slug: 'employment', closes: ['experience'], kind: 'work-placement', title: t('Supervised electrical work (e.g. as an apprentice or trade assistant)', 'Travail supervisé (apprenti ou aide de métier)'), provider: 'NSW electrical contractors', link: link('https://www.nsw.gov.au/housing-and-construction/licensing/electrician', 'NSW Government'), days: [365, 1095], cost: [], delivery: 'in-person' },
    { slug: 'licence', closes: ['licence'], kind: 'application', title: t('Licence application to NSW Fair Trading', 'Demande de permis à NSW Fair Trading'), provider: 'NSW Fair Trading', link: link('https://www.fairtrading.nsw.gov.au', 'NSW Fair Trading'), days: [14, 60], cost: [money('AUD', 150, 500)], delivery: 'online' },
  ],
});

export const electricianVictoria = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'au-vic',
  prefix: 'au-vic-elec',
  source: link('https://www.esv.vic.gov.au/licensing/electrical-workers-licence', 'Energy Safe Victoria: electrical licences'),
  requirements: [
    { slug: 'experience', kind: 'work-experience', title: t('Experience in the trade', 'Expérience dans le métier'), description: t('Several years of work as an electrician; the skills-assessment provider states the minimum for your country.', 'Plusieurs années de travail comme électricien; l’organisme d’évaluation précise le minimum.'), criteria: { experience: { minYears: 3, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'otsr', kind: 'credential-assessment', title: t('Offshore Technical Skills Record (OTSR)', 'Relevé des compétences techniques à l’étranger (OTSR)'), description: t('Trades Recognition Australia’s assessment of overseas electricians; it shows the gap training you need.', 'L’évaluation par Trades Recognition Australia, qui indique la formation d’appoint nécessaire.'), criteria: { assessment: { acceptedBodies: ['tra-otsr'] } }, source: link('https://www.tradesrecognitionaustralia.gov.au', 'Trades Recognition Australia') },
    { slug: 'qualification', kind: 'education', title: t('Certificate III in Electrotechnology Electrician', 'Certificate III in Electrotechnology Electrician'), description: t('The Australian qualification (UEE30820) or recognised equivalent, through gap training.', 'La qualification australienne (UEE30820) ou équivalente, par une formation d’appoint.'), criteria: { education: { minLevel: 'trade-certificate', fieldFamilies: ['electrical-trades'] }, requiresPrior: ['otsr'] } },
    { slug: 'lew', kind: 'licensing-exam', title: t('Licensed Electrical Worker (LEW) assessment', 'Évaluation d’électricien autorisé (LEW)'), description: t('Energy Safe Victoria’s theory and practical assessment for the A-grade licence.', 'L’évaluation théorique et pratique d’Energy Safe Victoria pour le permis de catégorie A.'), criteria: { exam: { examIds: ['esv-lew'] }, requiresPrior: ['qualification'] } },
    { slug: 'licence', kind: 'registration', title: t('A-grade electrician’s licence', 'Permis d’électricien de catégorie A'), description: t('Apply to Energy Safe Victoria with your assessment results and the fee.', 'Demande à Energy Safe Victoria avec vos résultats et les droits.'), criteria: { requiresPrior: ['experience', 'otsr', 'qualification', 'lew'] } },
  ],
  pathways: [
    { slug: 'otsr', closes: ['otsr'], kind: 'credential-assessment', title: t('OTSR skills assessment (documents and practical)', 'Évaluation OTSR (documents et pratique)'), provider: 'Trades Recognition Australia approved RTOs (e.g. VETASSESS)', link: link('https://www.tradesrecognitionaustralia.gov.au', 'Trades Recognition Australia'), days: [60, 180], cost: [money('AUD', 2500, 5000)], delivery: 'in-person' },
    { slug: 'gap-training', closes: ['qualification'], kind: 'bridging-program', title: t('Gap training to Certificate III', 'Formation d’appoint jusqu’au Certificate III'), provider: 'Victorian registered training organisations (e.g. Holmesglen Institute)', link: link('https://holmesglen.edu.au', 'Holmesglen'), days: [60, 240], cost: [money('AUD', 2000, 8000)], delivery: 'in-person', prerequisites: ['otsr'] },
    { slug: 'employment', closes: ['experience'], kind: 'work-placement', title: t('Supervised electrical work', 'Travail électrique supervisé'), provider: 'Victorian electrical contractors', link: link('https://www.esv.vic.gov.au', 'Energy Safe Victoria'), days: [365, 1095], cost: [], delivery: 'in-person' },
    { slug: 'lew', closes: ['lew'], kind: 'exam', title: t('LEW assessment sitting', 'Séance de l’évaluation LEW'), provider: 'ESV-approved assessment providers', link: link('https://www.esv.vic.gov.au', 'Energy Safe Victoria'), days: [30, 90], cost: [money('AUD', 500, 1200)], delivery: 'in-person', prerequisites: ['gap-training'] },
    { slug: 'licence', closes: ['licence'], kind: 'application', title: t('Licence application', 'Demande de permis'), provider: 'Energy Safe Victoria', link: link('https://www.esv.vic.gov.au', 'Energy Safe Victoria'), days: [14, 45], cost: [money('AUD', 50, 200)], delivery: 'online' },
  ],
});

export const electricianEngland = defineSet({
  occupationId: 'electrician',
  jurisdictionId: 'gb-eng',
  prefix: 'gb-eng-elec',
  source: link('https://www.jib.org.uk', 'Joint Industry Board (JIB)'),
  requirements: [
    { slug: 'qualification', kind: 'education', advisory: true, title: t('Level 3 electrotechnical qualification (NVQ)', 'Qualification électrotechnique de niveau 3 (NVQ)'), description: t('Employers look for a Level 3 NVQ (or the experienced worker qualification) in electrotechnical installation.', 'Les employeurs demandent un NVQ de niveau 3 (ou la qualification pour travailleurs expérimentés).'), criteria: { education: { minLevel: 'trade-certificate', fieldFamilies: ['electrical-trades'] } } },
    { slug: 'experience', kind: 'work-experience', advisory: true, title: t('Experience in the trade', 'Expérience dans le métier'), description: t('The experienced worker route is meant for electricians with several years (usually five or more) of varied installation work.', 'La voie pour travailleurs expérimentés vise les électriciens ayant plusieurs années (souvent cinq ou plus) d’expérience.'), criteria: { experience: { minYears: 5, fieldFamilies: ['electrical-trades'], competencies: TRADE_COMPETENCIES } } },
    { slug: 'wiring-regulations', kind: 'licensing-exam', advisory: true, title: t('BS 7671 Wiring Regulations (18th Edition)', 'Règles de câblage BS 7671 (18e édition)'), description: t('A short course and exam on the UK wiring regulations.', 'Un court cours et un examen sur les règles de câblage britanniques.'), criteria: { exam: { examIds: ['bs7671-18th'] } } },
    { slug: 'am2', kind: 'licensing-exam', advisory: true, title: t('AM2 / AM2E end-point assessment', 'Évaluation pratique AM2 / AM2E'), description: t('A practical assessment of installation, inspection and testing.', 'Une évaluation pratique de l’installation, de l’inspection et des essais.'), criteria: { exam: { examIds: ['net-am2'] }, requiresPrior: ['experience'] } },
    { slug: 'ecs-card', kind: 'other', advisory: true, title: t('JIB ECS card (Installation Electrician)', 'Carte JIB ECS (Installation Electrician)'), description: t('Not a licence, but most sites ask for it. Self-employed electricians doing domestic work usually join a competent person scheme (e.g. NICEIC, NAPIT) to self-certify under Part P.', 'Pas un permis, mais la plupart des chantiers l’exigent. Les indépendants rejoignent souvent un régime de personnes compétentes (NICEIC, NAPIT).'), criteria: { requiresPrior: ['qualification', 'wiring-regulations', 'am2'] } },
  ],
  pathways: [
    { slug: 'ewa', closes: ['qualification'], kind: 'bridging-program', title: t('Electrotechnical Experienced Worker Qualification (Level 3)', 'Qualification pour travailleurs expérimentés (niveau 3)'), provider: 'Approved centres for City & Guilds / EAL', link: link('https://www.cityandguilds.com', 'City & Guilds'), days: [120, 365], cost: [money('GBP', 2500, 5000)], delivery: 'in-person', prerequisites: ['experience'] },
    { slug: 'employment', closes: ['experience'], kind: 'work-placement', title: t('Work as an electrician’s mate or improver', 'Travail comme aide-électricien'), provider: 'Electrical contractors in England', link: link('https://www.jib.org.uk', 'JIB'), days: [365, 1095], cost: [], delivery: 'in-person' },
    { slug: 'bs7671', closes: ['wiring-regulations'], kind: 'course', title: t('City & Guilds 2382 (18th Edition) course and exam', 'Cours et examen City & Guilds 2382'), provider: 'Electrical training centres', link: link('https://www.cityandguilds.com', 'City & Guilds'), days: [3, 30], cost: [money('GBP', 300, 600)], delivery: 'hybrid' },
    { slug: 'am2', closes: ['am2'], kind: 'exam', title: t('AM2E assessment', 'Évaluation AM2E'), provider: 'National Electrotechnical Training (NET)', link: link('https://www.netservices.org.uk', 'NET'), days: [30, 90], cost: [money('GBP', 600, 1000)], delivery: 'test-centre', prerequisites: ['experience'] },
    { slug: 'ecs', closes: ['ecs-card'], kind: 'application', title: t('JIB ECS card application and health and safety assessment', 'Demande de carte ECS et évaluation santé-sécurité'), provider: 'Joint Industry Board (JIB)', link: link('https://www.jib.org.uk', 'JIB'), days: [14, 45], cost: [money('GBP', 40, 120)], delivery: 'online' },
  ],
});
