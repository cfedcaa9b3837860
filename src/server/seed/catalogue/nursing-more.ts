/**
 * Registered nurse in more jurisdictions: British Columbia (BCCNM), Alberta (CRNA),
 * Quebec (OIIQ), Victoria (NMBA / Ahpra, national like NSW) and Bavaria
 * (Pflegefachfrau / Pflegefachmann, Landesamt für Pflege). ILLUSTRATIVE.
 */
import type { AcceptedTest } from '../../../api/catalogue.js';
import { defineSet, link, money, t } from './define.js';
import { nurseNewSouthWales } from './nursing.js';
import { francisation, germanCertificates, ieltsExam, ieltsTests, nationalCopy, oet, OQLF_REQUIREMENT, oqlfExam } from './shared.js';

/** The English minimums most Canadian nursing regulators share (CCRNR standard). */
const CANADIAN_NURSING_ENGLISH: AcceptedTest[] = [
  ...ieltsTests(6.5, 7.0, 7.5, 7.0, 7.0),
  { test: 'celban', minScores: { reading: 8, writing: 7, listening: 10, speaking: 8 } },
  oet(),
];
const NNAS = { kind: 'credential-assessment' as const, title: t('NNAS application and advisory report', 'Demande au NNAS et rapport consultatif'), provider: 'National Nursing Assessment Service (NNAS)', link: link('https://www.nnas.ca/apply/', 'NNAS: apply'), days: [90, 300] as [number, number], cost: [money('USD', 650, 1000)], delivery: 'online' as const, languages: ['en', 'fr'] };
const NCLEX = { kind: 'exam' as const, title: t('NCLEX-RN at a Pearson VUE centre', 'NCLEX-RN dans un centre Pearson VUE'), provider: 'NCSBN / Pearson VUE', link: link('https://www.nclex.com/register.page', 'NCLEX: register'), days: [45, 120] as [number, number], cost: [money('USD', 200, 200)], delivery: 'test-centre' as const, languages: ['en', 'fr'] };
const CELBAN = { kind: 'exam' as const, title: t('CELBAN (Canadian English Language Benchmark Assessment for Nurses)', 'CELBAN'), provider: 'Canadian English Language Assessment Services', link: link('https://www.celban.org', 'CELBAN'), days: [21, 60] as [number, number], cost: [money('CAD', 395, 395)], delivery: 'test-centre' as const };

export const nurseBritishColumbia = defineSet({
  occupationId: 'registered-nurse',
  jurisdictionId: 'ca-bc',
  prefix: 'ca-bc-rn',
  source: link('https://www.bccnm.ca/RN/applications_registration/how_to_apply/international/Pages/Default.aspx', 'BCCNM: internationally educated nurses'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Nursing education', 'Formation en soins infirmiers'), description: t('A registered-nurse education comparable to a BC nursing degree. BCCNM decides whether yours is, and may ask for a competency assessment or courses.', 'Une formation d’infirmière comparable à un baccalauréat de la Colombie-Britannique. Le BCCNM décide de la comparabilité.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['nursing'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('Assessment of education and registration', 'Évaluation des études et de l’inscription'), description: t('BCCNM verifies your nursing education and every registration you have held. Depending on when you apply, this is done directly by BCCNM or through an NNAS advisory report: check BCCNM’s current process.', 'Le BCCNM vérifie vos études et chacune de vos inscriptions, directement ou au moyen d’un rapport du NNAS selon le processus en vigueur.'), criteria: { assessment: { acceptedBodies: ['bccnm', 'nnas'] }, licence: { fieldFamilies: ['nursing'], mustBeActive: false } } },
    { slug: 'practice', kind: 'work-experience', title: t('Recent nursing practice', 'Exercice récent'), description: t('About 1,125 hours of nursing practice within the last five years (or recent graduation).', 'Environ 1 125 heures d’exercice au cours des cinq dernières années (ou diplôme récent).'), criteria: { experience: { minYears: 0.6, fieldFamilies: ['nursing'], recentWithinYears: 5 } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Accepted English test results (IELTS, CELBAN or OET) meeting the minimum in every skill, within two years.', 'Résultats d’un test d’anglais reconnu (IELTS, CELBAN ou OET) datant de moins de deux ans.'), criteria: { language: { language: 'en', acceptedTests: CANADIAN_NURSING_ENGLISH, validForMonths: 24 } } },
    { slug: 'competency', kind: 'other', title: t('Competency assessment (where BCCNM asks for it)', 'Évaluation des compétences (si le BCCNM l’exige)'), description: t('A computer-based and simulation-based assessment by NCAS shows which competencies need further education.', 'Une évaluation informatisée et en simulation par le NCAS.'), criteria: { requiresPrior: ['assessment'] }, source: link('https://www.ncasbc.ca', 'NCAS') },
    { slug: 'nclex', kind: 'licensing-exam', title: t('NCLEX-RN examination', 'Examen NCLEX-RN'), description: t('The registration exam for RNs, once BCCNM has made you eligible.', 'L’examen d’admission, une fois l’admissibilité accordée.'), criteria: { exam: { examIds: ['nclex-rn'] }, requiresPrior: ['assessment'] }, source: link('https://www.nclex.com', 'NCSBN: NCLEX') },
    { slug: 'registration', kind: 'registration', title: t('Register with BCCNM', 'Inscription au BCCNM'), description: t('Registration fee, criminal record check and declarations, then practice as an RN.', 'Droits, vérification du casier judiciaire et déclarations.'), criteria: { requiresPrior: ['education', 'assessment', 'practice', 'language', 'nclex'] } },
  ],
  pathways: [
    { slug: 'bccnm-application', closes: ['assessment'], kind: 'credential-assessment', title: t('BCCNM application and document review', 'Demande au BCCNM et examen des documents'), provider: 'BC College of Nurses and Midwives', link: link('https://www.bccnm.ca/RN/applications_registration/how_to_apply/international/Pages/Default.aspx', 'BCCNM: apply'), days: [60, 240], cost: [money('CAD', 200, 400)], delivery: 'online' },
    { slug: 'nnas-report', closes: ['assessment'], ...NNAS },
    { slug: 'ncas', closes: ['competency'], kind: 'credential-assessment', title: t('NCAS competency assessment (CBA and SBA)', 'Évaluation des compétences du NCAS'), provider: 'Nursing Community Assessment Service (NCAS)', link: link('https://www.ncasbc.ca', 'NCAS'), days: [30, 120], cost: [money('CAD', 1000, 2500)], delivery: 'in-person', prerequisites: ['assessment'] },
    { slug: 'bridging', closes: ['education', 'practice'], kind: 'bridging-program', title: t('Re-entry and bridging education for internationally educated nurses', 'Formation de réintégration et passerelle'), provider: 'BC post-secondary institutions (e.g. Kwantlen Polytechnic University)', link: link('https://www.kpu.ca', 'Kwantlen Polytechnic University'), days: [120, 365], cost: [money('CAD', 2000, 10000)], delivery: 'hybrid', prerequisites: ['competency'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'celban', closes: ['language'], ...CELBAN },
    { slug: 'nclex-exam', closes: ['nclex'], ...NCLEX },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('BCCNM registration fee and criminal record check', 'Droits d’inscription et vérification du casier'), provider: 'BC College of Nurses and Midwives', link: link('https://www.bccnm.ca', 'BCCNM'), days: [14, 45], cost: [money('CAD', 450, 650)], delivery: 'online' },
  ],
});

export const nurseAlberta = defineSet({
  occupationId: 'registered-nurse',
  jurisdictionId: 'ca-ab',
  prefix: 'ca-ab-rn',
  source: link('https://nurses.ab.ca/registration/internationally-educated-nurses/', 'CRNA: internationally educated nurses'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Nursing education', 'Formation en soins infirmiers'), description: t('A registered-nurse education substantially equivalent to an Alberta nursing degree.', 'Une formation substantiellement équivalente à un baccalauréat albertain en sciences infirmières.'), criteria: { education: { minLevel: 'bachelor', fieldFamilies: ['nursing'] } } },
    { slug: 'assessment', kind: 'credential-assessment', title: t('Assessment of education and registration', 'Évaluation des études et de l’inscription'), description: t('Your nursing education and registration history are verified, through an NNAS advisory report or directly by CRNA depending on the route that applies to you.', 'Vos études et vos inscriptions sont vérifiées, par un rapport du NNAS ou directement par le CRNA.'), criteria: { assessment: { acceptedBodies: ['nnas', 'crna'] }, licence: { fieldFamilies: ['nursing'], mustBeActive: false } } },
    { slug: 'practice', kind: 'work-experience', title: t('Recent nursing practice', 'Exercice récent'), description: t('About 1,125 hours of nursing practice within the last five years.', 'Environ 1 125 heures d’exercice au cours des cinq dernières années.'), criteria: { experience: { minYears: 0.6, fieldFamilies: ['nursing'], recentWithinYears: 5 } } },
    { slug: 'language', kind: 'language-proficiency', title: t('English proficiency', 'Compétence en anglais'), description: t('Accepted English test results meeting the minimum in every skill, within two years.', 'Résultats d’un test d’anglais reconnu datant de moins de deux ans.'), criteria: { language: { language: 'en', acceptedTests: CANADIAN_NURSING_ENGLISH, validForMonths: 24 } } },
    { slug: 'nclex', kind: 'licensing-exam', title: t('NCLEX-RN examination', 'Examen NCLEX-RN'), description: t('The registration exam for RNs, once CRNA has made you eligible.', 'L’examen d’admission, une fois l’admissibilité accordée.'), criteria: { exam: { examIds: ['nclex-rn'] }, requiresPrior: ['assessment'] }, source: link('https://www.nclex.com', 'NCSBN: NCLEX') },
    { slug: 'jurisprudence', kind: 'licensing-exam', title: t('CRNA jurisprudence exam', 'Examen de jurisprudence du CRNA'), description: t('An online exam on the legislation and standards for registered nurses in Alberta.', 'Un examen en ligne sur les lois et normes de la profession en Alberta.'), criteria: { exam: { examIds: ['crna-jurisprudence'] }, requiresPrior: ['assessment'] } },
    { slug: 'registration', kind: 'registration', title: t('Register with CRNA', 'Inscription au CRNA'), description: t('Registration fee, criminal record check and declarations.', 'Droits, vérification du casier et déclarations.'), criteria: { requiresPrior: ['education', 'assessment', 'practice', 'language', 'nclex', 'jurisprudence'] } },
  ],
  pathways: [
    { slug: 'nnas-report', closes: ['assessment'], ...NNAS },
    { slug: 'crna-application', closes: ['assessment'], kind: 'credential-assessment', title: t('CRNA application and assessment', 'Demande au CRNA et évaluation'), provider: 'College of Registered Nurses of Alberta', link: link('https://nurses.ab.ca/registration/', 'CRNA: registration'), days: [60, 240], cost: [money('CAD', 300, 500)], delivery: 'online' },
    { slug: 'bridging', closes: ['education', 'practice'], kind: 'bridging-program', title: t('Bridge to Canadian Nursing', 'Passerelle vers les soins infirmiers au Canada'), provider: 'Alberta post-secondary institutions (e.g. MacEwan University)', link: link('https://www.macewan.ca', 'MacEwan University'), days: [120, 365], cost: [money('CAD', 3000, 10000)], delivery: 'hybrid', prerequisites: ['assessment'] },
    { slug: 'ielts', closes: ['language'], ...ieltsExam('CAD', 320, 345) },
    { slug: 'celban', closes: ['language'], ...CELBAN },
    { slug: 'nclex-exam', closes: ['nclex'], ...NCLEX },
    { slug: 'jurisprudence-exam', closes: ['jurisprudence'], kind: 'exam', title: t('CRNA jurisprudence exam (online)', 'Examen de jurisprudence du CRNA (en ligne)'), provider: 'College of Registered Nurses of Alberta', link: link('https://nurses.ab.ca', 'CRNA'), days: [7, 30], cost: [money('CAD', 0, 100)], delivery: 'online' },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('CRNA registration fee and checks', 'Droits d’inscription et vérifications'), provider: 'College of Registered Nurses of Alberta', link: link('https://nurses.ab.ca', 'CRNA'), days: [14, 45], cost: [money('CAD', 500, 750)], delivery: 'online' },
  ],
});

export const nurseQuebec = defineSet({
  occupationId: 'registered-nurse',
  jurisdictionId: 'ca-qc',
  prefix: 'ca-qc-rn',
  source: link('https://www.oiiq.org/acceder-profession/infirmieres-formees-hors-quebec', 'OIIQ: infirmières formées hors Québec'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Nursing education', 'Formation en soins infirmiers'), description: t('A nursing diploma or degree that gives access to the profession where it was earned.', 'Un diplôme en soins infirmiers donnant accès à la profession là où il a été obtenu.'), criteria: { education: { minLevel: 'diploma', fieldFamilies: ['nursing'] } } },
    { slug: 'equivalence', kind: 'credential-assessment', title: t('Equivalence decision by the OIIQ', 'Reconnaissance d’équivalence par l’OIIQ'), description: t('The OIIQ compares your training and experience with Quebec’s and prescribes any training or integration course. Nurses trained in France may use the France–Quebec mutual recognition arrangement.', 'L’OIIQ compare votre formation et votre expérience à celles du Québec et prescrit une formation ou un stage. Les infirmières formées en France peuvent se prévaloir de l’ARM France-Québec.'), criteria: { assessment: { acceptedBodies: ['oiiq'] }, licence: { fieldFamilies: ['nursing'], mustBeActive: false } } },
    { slug: 'integration', kind: 'supervised-practice', title: t('Prescribed training or clinical integration', 'Formation prescrite ou stage d’intégration'), description: t('Most applicants complete a college programme on integrating into the nursing profession in Quebec, with a clinical placement.', 'La plupart suivent un programme collégial d’intégration à la profession infirmière du Québec, avec stage clinique.'), criteria: { experience: { minYears: 0.25, fieldFamilies: ['nursing'], inCountry: 'CA' }, requiresPrior: ['equivalence'] } },
    { slug: 'exam', kind: 'licensing-exam', title: t('OIIQ professional examination', 'Examen professionnel de l’OIIQ'), description: t('Quebec’s own entry-to-practice exam (Quebec does not use the NCLEX-RN).', 'L’examen d’admission propre au Québec (le Québec n’utilise pas le NCLEX-RN).'), criteria: { exam: { examIds: ['oiiq-exam'] }, requiresPrior: ['integration'] } },
    { slug: 'french', ...OQLF_REQUIREMENT },
    { slug: 'registration', kind: 'registration', title: t('Permit and entry on the roll', 'Permis et inscription au Tableau'), description: t('The OIIQ issues the permit and enters you on the roll of the order.', 'L’OIIQ délivre le permis et vous inscrit au Tableau de l’Ordre.'), criteria: { requiresPrior: ['education', 'equivalence', 'integration', 'exam', 'french'] } },
  ],
  pathways: [
    { slug: 'equivalence-application', closes: ['equivalence'], kind: 'credential-assessment', title: t('Application for recognition of equivalence', 'Demande de reconnaissance d’équivalence'), provider: 'Ordre des infirmières et infirmiers du Québec', link: link('https://www.oiiq.org/acceder-profession/infirmieres-formees-hors-quebec', 'OIIQ'), days: [60, 180], cost: [money('CAD', 800, 1200)], delivery: 'online', languages: ['fr'] },
    { slug: 'integration-programme', closes: ['integration'], kind: 'bridging-program', title: t('Integration into the nursing profession in Quebec (college programme and placement)', 'Intégration à la profession infirmière du Québec (AEC et stage)'), provider: 'Quebec CEGEPs (e.g. Collège de Maisonneuve)', link: link('https://www.quebec.ca/emploi/trouver-emploi-stage/travailler-au-quebec/metiers-professions-reglementes', 'Québec: professions réglementées'), days: [180, 365], cost: [money('CAD', 300, 2000)], delivery: 'in-person', languages: ['fr'], prerequisites: ['equivalence'] },
    { slug: 'exam', closes: ['exam'], kind: 'exam', title: t('OIIQ professional examination', 'Examen professionnel de l’OIIQ'), provider: 'Ordre des infirmières et infirmiers du Québec', link: link('https://www.oiiq.org/acceder-profession/examen-professionnel', 'OIIQ: examen professionnel'), days: [60, 150], cost: [money('CAD', 700, 1000)], delivery: 'in-person', languages: ['fr', 'en'] },
    { slug: 'dec-nursing', closes: ['education'], kind: 'course', title: t('College diploma in nursing (DEC Soins infirmiers)', 'DEC en Soins infirmiers'), provider: 'Quebec CEGEPs', link: link('https://www.quebec.ca/education/cegep', 'Québec: cégep'), days: [730, 1095], cost: [money('CAD', 500, 3000)], delivery: 'in-person', languages: ['fr'] },
    { slug: 'oqlf', closes: ['french'], ...oqlfExam },
    { slug: 'francisation', closes: ['french'], ...francisation },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Permit fee and annual dues', 'Frais de permis et cotisation'), provider: 'Ordre des infirmières et infirmiers du Québec', link: link('https://www.oiiq.org', 'OIIQ'), days: [14, 45], cost: [money('CAD', 400, 800)], delivery: 'online', languages: ['fr'] },
  ],
});

/** Ahpra registers nurses nationally: the Victorian set is the NSW one. */
export const nurseVictoria = nationalCopy(nurseNewSouthWales, 'au-vic');

export const nurseBavaria = defineSet({
  occupationId: 'registered-nurse',
  jurisdictionId: 'de-by',
  prefix: 'de-by-rn',
  source: link('https://www.lfp.bayern.de/anerkennung/', 'Landesamt für Pflege: Anerkennung'),
  requirements: [
    { slug: 'education', kind: 'education', title: t('Nursing education', 'Formation en soins infirmiers', { de: 'Pflegeausbildung' }), description: t('A completed nursing education abroad; it is compared with the German three-year training as Pflegefachfrau / Pflegefachmann.', 'Une formation en soins infirmiers achevée à l’étranger, comparée à la formation allemande de trois ans.', { de: 'Eine im Ausland abgeschlossene Pflegeausbildung; sie wird mit der dreijährigen Ausbildung zur Pflegefachfrau / zum Pflegefachmann verglichen.' }), criteria: { education: { minLevel: 'diploma', fieldFamilies: ['nursing'] } } },
    { slug: 'equivalence', kind: 'credential-assessment', title: t('Equivalence assessment (Anerkennung)', 'Évaluation de l’équivalence (Anerkennung)', { de: 'Gleichwertigkeitsprüfung (Anerkennung)' }), description: t('The Bavarian authority compares your training and experience with the German standard and either recognises it or issues a decision listing the substantial differences (Defizitbescheid).', 'L’autorité bavaroise compare votre formation et votre expérience et reconnaît l’équivalence ou indique les différences essentielles.', { de: 'Die bayerische Behörde vergleicht Ausbildung und Berufserfahrung mit dem deutschen Standard und erkennt an oder nennt die wesentlichen Unterschiede (Defizitbescheid).' }), criteria: { assessment: { acceptedBodies: ['lfp-bayern'] } } },
    { slug: 'compensation', kind: 'supervised-practice', title: t('Compensation measure: adaptation period or knowledge test', 'Mesure de compensation : stage d’adaptation ou épreuve', { de: 'Ausgleichsmaßnahme: Anpassungslehrgang oder Kenntnisprüfung' }), description: t('Where differences were found: an adaptation period in a German hospital or care home, or a knowledge test; you choose which.', 'En cas de différences : un stage d’adaptation ou une épreuve d’aptitude, au choix.', { de: 'Bei wesentlichen Unterschieden: ein Anpassungslehrgang oder eine Kenntnisprüfung, nach Wahl.' }), criteria: { experience: { minYears: 0.5, fieldFamilies: ['nursing'], inCountry: 'DE' }, requiresPrior: ['equivalence'] } },
    { slug: 'language', kind: 'language-proficiency', title: t('German at level B2', 'Allemand niveau B2', { de: 'Deutschkenntnisse B2' }), description: t('A B2 certificate in German (e.g. Goethe-Zertifikat B2 or telc Deutsch B1-B2 Pflege).', 'Un certificat d’allemand B2 (Goethe ou telc).', { de: 'Ein Sprachzertifikat B2 (z. B. Goethe-Zertifikat B2 oder telc Deutsch B1-B2 Pflege).' }), criteria: { language: { language: 'de', acceptedTests: germanCertificates('B2') } } },
    { slug: 'registration', kind: 'registration', title: t('Permit to use the professional title', 'Autorisation de porter le titre', { de: 'Erlaubnis zum Führen der Berufsbezeichnung' }), description: t('Police certificate, medical certificate of fitness and the fee; then you may work as Pflegefachfrau / Pflegefachmann.', 'Certificat de police, certificat médical et frais.', { de: 'Führungszeugnis, ärztliche Bescheinigung und Gebühr; dann dürfen Sie als Pflegefachfrau / Pflegefachmann arbeiten.' }), criteria: { requiresPrior: ['education', 'equivalence', 'compensation', 'language'] } },
  ],
  pathways: [
    { slug: 'anerkennung', closes: ['equivalence'], kind: 'credential-assessment', title: t('Recognition application to the Landesamt für Pflege', 'Demande de reconnaissance', { de: 'Antrag auf Anerkennung beim Landesamt für Pflege' }), provider: 'Bayerisches Landesamt für Pflege', link: link('https://www.lfp.bayern.de/anerkennung/', 'LfP: Anerkennung'), days: [60, 180], cost: [money('EUR', 100, 600)], delivery: 'online', languages: ['de'] },
    { slug: 'anpassungslehrgang', closes: ['compensation'], kind: 'work-placement', title: t('Adaptation period in a hospital or care home', 'Stage d’adaptation', { de: 'Anpassungslehrgang in Klinik oder Pflegeeinrichtung' }), provider: 'Hospitals and care providers in Bavaria with approved nursing schools', link: link('https://www.anerkennung-in-deutschland.de', 'Anerkennung in Deutschland'), days: [180, 365], cost: [money('EUR', 0, 0)], delivery: 'in-person', languages: ['de'], prerequisites: ['equivalence'] },
    { slug: 'kenntnispruefung', closes: ['compensation'], kind: 'exam', title: t('Knowledge test with preparation course', 'Épreuve d’aptitude et cours préparatoire', { de: 'Kenntnisprüfung mit Vorbereitungskurs' }), provider: 'Bavarian nursing schools (Pflegeschulen)', link: link('https://www.anerkennung-in-deutschland.de', 'Anerkennung in Deutschland'), days: [90, 240], cost: [money('EUR', 0, 3000)], delivery: 'in-person', languages: ['de'], prerequisites: ['equivalence'] },
    { slug: 'ausbildung', closes: ['education'], kind: 'course', title: t('Nursing training in Germany (paid apprenticeship-style training)', 'Formation en soins infirmiers en Allemagne (rémunérée)', { de: 'Ausbildung zur Pflegefachfrau / zum Pflegefachmann' }), provider: 'Pflegeschulen with hospitals and care providers in Bavaria', link: link('https://www.pflegeausbildung.net', 'Pflegeausbildung.net'), days: [730, 1095], cost: [money('EUR', 0, 0)], delivery: 'in-person', languages: ['de'] },
    { slug: 'german-b2', closes: ['language'], kind: 'course', title: t('German course to B2 with certificate', 'Cours d’allemand jusqu’au B2', { de: 'Deutschkurs bis B2 mit Zertifikat' }), provider: 'Goethe-Institut / telc licensed schools', link: link('https://www.goethe.de', 'Goethe-Institut'), days: [120, 365], cost: [money('EUR', 300, 3000)], delivery: 'hybrid', languages: ['de'] },
    { slug: 'registration', closes: ['registration'], kind: 'application', title: t('Permit fee, police and medical certificates', 'Frais, certificats de police et médical', { de: 'Urkunde: Gebühr, Führungszeugnis, ärztliche Bescheinigung' }), provider: 'Bayerisches Landesamt für Pflege', link: link('https://www.lfp.bayern.de', 'LfP'), days: [14, 60], cost: [money('EUR', 50, 200)], delivery: 'online', languages: ['de'] },
  ],
});
