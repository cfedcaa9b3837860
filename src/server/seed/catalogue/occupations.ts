import type { Competency, Occupation, ProtectionKind, RegulationInfo } from '../../../api/catalogue.js';
import { link, t } from './define.js';

function reg(
  jurisdictionId: string,
  protection: ProtectionKind,
  protectedTitles: string[],
  body: { name: string; fr?: string; url: string },
  requirementsCatalogued: boolean,
): RegulationInfo {
  const out: RegulationInfo = {
    jurisdictionId,
    regulated: protection !== 'none',
    protection,
    body: { name: t(body.name, body.fr), link: link(body.url, body.name) },
    requirementsCatalogued,
  };
  if (protectedTitles.length > 0) out.protectedTitles = protectedTitles;
  return out;
}

const c = (id: string, en: string, fr: string): Competency => ({ id, label: t(en, fr) });
const AHPRA_NMBA = { name: 'Nursing and Midwifery Board of Australia (Ahpra)', url: 'https://www.nursingmidwiferyboard.gov.au' };
const WES = { name: 'World Education Services (WES)', url: 'https://www.wes.org/ca/' };

export const occupations: Occupation[] = [
  {
    id: 'registered-nurse',
    name: t('Registered nurse', 'Infirmière autorisée / infirmier autorisé', { es: 'Enfermera/o registrada/o', ar: 'ممرض مسجل', de: 'Pflegefachkraft' }),
    synonyms: { en: ['RN', 'nurse', 'staff nurse', 'registered nurse (RN)'], fr: ['infirmière', 'infirmier', 'IA'], de: ['Krankenschwester', 'Pflegefachfrau', 'Pflegefachmann'], es: ['enfermera', 'enfermero'] },
    fieldFamily: 'nursing',
    codes: { 'noc-2021': '31301', 'soc-2020': '2231', anzsco: '2544' },
    competencies: [
      c('patient-assessment', 'Patient assessment', 'Évaluation du patient'),
      c('medication-administration', 'Medication administration', 'Administration des médicaments'),
      c('care-planning', 'Care planning', 'Planification des soins'),
      c('infection-control', 'Infection prevention and control', 'Prévention et contrôle des infections'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Registered Nurse', 'RN'], { name: 'College of Nurses of Ontario', fr: "Ordre des infirmières et infirmiers de l'Ontario", url: 'https://www.cno.org' }, true),
      reg('ca-bc', 'title-and-practice', ['Registered Nurse', 'RN'], { name: 'British Columbia College of Nurses and Midwives (BCCNM)', url: 'https://www.bccnm.ca' }, true),
      reg('ca-ab', 'title-and-practice', ['Registered Nurse', 'RN'], { name: 'College of Registered Nurses of Alberta (CRNA)', url: 'https://www.nurses.ab.ca' }, true),
      reg('ca-qc', 'title-and-practice', ['infirmière', 'infirmier'], { name: "Ordre des infirmières et infirmiers du Québec (OIIQ)", fr: "Ordre des infirmières et infirmiers du Québec (OIIQ)", url: 'https://www.oiiq.org' }, true),
      reg('gb-eng', 'title-and-practice', ['Registered Nurse'], { name: 'Nursing and Midwifery Council (NMC)', url: 'https://www.nmc.org.uk' }, true),
      reg('au-nsw', 'title', ['Registered nurse'], AHPRA_NMBA, true),
      reg('au-vic', 'title', ['Registered nurse'], AHPRA_NMBA, true),
      reg('de-by', 'title-and-practice', ['Pflegefachfrau', 'Pflegefachmann'], { name: 'Bayerisches Landesamt für Pflege (recognition of foreign nursing qualifications)', fr: 'Bayerisches Landesamt für Pflege (reconnaissance des diplômes étrangers en soins infirmiers)', url: 'https://www.lfp.bayern.de' }, true),
    ],
  },
  {
    id: 'professional-engineer',
    name: t('Professional engineer', 'Ingénieur / ingénieure', { es: 'Ingeniero/a profesional', ar: 'مهندس محترف', de: 'Ingenieur/in' }),
    synonyms: { en: ['P.Eng.', 'engineer', 'civil engineer', 'mechanical engineer', 'electrical engineer'], fr: ['ing.', 'ingénieur'], de: ['Ingenieur'] },
    fieldFamily: 'engineering',
    codes: { 'noc-2021': '21300' },
    competencies: [
      c('technical-competence', 'Technical competence', 'Compétence technique'),
      c('engineering-design', 'Engineering design', 'Conception technique'),
      c('project-management', 'Project management', 'Gestion de projet'),
      c('professional-accountability', 'Professional accountability and ethics', 'Responsabilité professionnelle et éthique'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Professional Engineer', 'P.Eng.'], { name: 'Professional Engineers Ontario (PEO)', url: 'https://www.peo.on.ca' }, true),
      reg('ca-bc', 'title-and-practice', ['Professional Engineer', 'P.Eng.'], { name: 'Engineers and Geoscientists BC', url: 'https://www.egbc.ca' }, true),
      reg('ca-ab', 'title-and-practice', ['Professional Engineer', 'P.Eng.'], { name: 'Association of Professional Engineers and Geoscientists of Alberta (APEGA)', url: 'https://www.apega.ca' }, true),
      reg('ca-qc', 'title-and-practice', ['ingénieur', 'ing.'], { name: 'Ordre des ingénieurs du Québec (OIQ)', fr: 'Ordre des ingénieurs du Québec (OIQ)', url: 'https://www.oiq.qc.ca' }, true),
      reg('au-vic', 'practice', ['Registered professional engineer'], { name: 'Business Licensing Authority, Victoria (professional engineers registration)', url: 'https://www.vic.gov.au/professional-engineers-registration' }, true),
      reg('de-by', 'title', ['Ingenieur', 'Ingenieurin'], { name: 'Bayerische Ingenieurekammer-Bau', url: 'https://www.bayika.de' }, true),
      {
        ...reg('gb-eng', 'none', [], { name: 'Engineering Council (UK-SPEC; CEng and IEng registration)', url: 'https://www.engc.org.uk' }, true),
        notes: t(
          'Engineering is not a licensed profession in England; the titles Chartered Engineer (CEng) and Incorporated Engineer (IEng) are protected and voluntary.',
          'Le génie n’est pas une profession réglementée en Angleterre; les titres CEng et IEng sont protégés et facultatifs.',
        ),
      },
    ],
  },
  {
    id: 'pharmacist',
    name: t('Pharmacist', 'Pharmacien / pharmacienne', { es: 'Farmacéutico/a', ar: 'صيدلي', de: 'Apotheker/in' }),
    synonyms: { en: ['RPh', 'community pharmacist', 'hospital pharmacist'], fr: ['pharmacien', 'pharmacienne'], de: ['Apotheker'] },
    fieldFamily: 'pharmacy',
    codes: { 'noc-2021': '31120' },
    competencies: [
      c('dispensing', 'Dispensing and medication review', 'Délivrance et revue de la médication'),
      c('patient-counselling', 'Patient counselling', 'Conseil aux patients'),
      c('drug-therapy', 'Drug therapy management', 'Gestion de la pharmacothérapie'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Pharmacist', 'RPh'], { name: 'Ontario College of Pharmacists', fr: "Ordre des pharmaciens de l'Ontario", url: 'https://www.ocpinfo.com' }, true),
      reg('ca-bc', 'title-and-practice', ['Pharmacist'], { name: 'College of Pharmacists of British Columbia', url: 'https://www.bcpharmacists.org' }, true),
      reg('gb-eng', 'title-and-practice', ['Pharmacist'], { name: 'General Pharmaceutical Council (GPhC)', url: 'https://www.pharmacyregulation.org' }, true),
      reg('au-nsw', 'title', ['Pharmacist'], { name: 'Pharmacy Board of Australia (Ahpra)', url: 'https://www.pharmacyboard.gov.au' }, true),
      reg('au-vic', 'title', ['Pharmacist'], { name: 'Pharmacy Board of Australia (Ahpra)', url: 'https://www.pharmacyboard.gov.au' }, true),
    ],
  },
  {
    id: 'physician',
    name: t('Physician', 'Médecin', { es: 'Médico/a', ar: 'طبيب', de: 'Arzt / Ärztin' }),
    synonyms: { en: ['doctor', 'medical doctor', 'MD', 'family physician', 'GP'], fr: ['docteur', 'médecin de famille'], de: ['Arzt', 'Ärztin'] },
    fieldFamily: 'medicine',
    codes: { 'noc-2021': '31102' },
    competencies: [
      c('clinical-diagnosis', 'Clinical diagnosis', 'Diagnostic clinique'),
      c('patient-management', 'Patient management', 'Prise en charge des patients'),
      c('communication', 'Communication with patients', 'Communication avec les patients'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Physician', 'Doctor', 'Surgeon'], { name: 'College of Physicians and Surgeons of Ontario (CPSO)', url: 'https://www.cpso.on.ca' }, true),
      reg('ca-bc', 'title-and-practice', ['Physician', 'Doctor'], { name: 'College of Physicians and Surgeons of British Columbia', url: 'https://www.cpsbc.ca' }, true),
      reg('gb-eng', 'title-and-practice', ['Registered medical practitioner'], { name: 'General Medical Council (GMC)', url: 'https://www.gmc-uk.org' }, true),
      reg('au-nsw', 'title', ['Medical practitioner'], { name: 'Medical Board of Australia (Ahpra)', url: 'https://www.medicalboard.gov.au' }, true),
      reg('au-vic', 'title', ['Medical practitioner'], { name: 'Medical Board of Australia (Ahpra)', url: 'https://www.medicalboard.gov.au' }, true),
    ],
  },
  {
    id: 'accountant',
    name: t('Accountant', 'Comptable', { es: 'Contador/a', ar: 'محاسب', de: 'Buchhalter/in' }),
    synonyms: { en: ['CPA', 'chartered professional accountant', 'chartered accountant', 'auditor'], fr: ['CPA', 'comptable professionnel agréé'], de: ['Wirtschaftsprüfer', 'Steuerberater'] },
    fieldFamily: 'accounting-finance',
    codes: { 'noc-2021': '11100' },
    competencies: [
      c('financial-reporting', 'Financial reporting', 'Information financière'),
      c('audit-assurance', 'Audit and assurance', 'Audit et certification'),
      c('taxation', 'Taxation', 'Fiscalité'),
      c('management-accounting', 'Management accounting', 'Comptabilité de gestion'),
    ],
    regulation: [
      reg('ca-on', 'title', ['Chartered Professional Accountant', 'CPA'], { name: 'Chartered Professional Accountants of Ontario (CPA Ontario)', url: 'https://www.cpaontario.ca' }, true),
      reg('ca-bc', 'title', ['Chartered Professional Accountant', 'CPA'], { name: 'CPA British Columbia', url: 'https://www.bccpa.ca' }, true),
      reg('ca-qc', 'title-and-practice', ['CPA', 'comptable professionnel agréé'], { name: 'Ordre des comptables professionnels agréés du Québec', fr: 'Ordre des comptables professionnels agréés du Québec', url: 'https://cpaquebec.ca' }, true),
      reg('ca-ab', 'title', ['Chartered Professional Accountant', 'CPA'], { name: 'Chartered Professional Accountants of Alberta (CPA Alberta)', url: 'https://www.cpaalberta.ca' }, true),
      {
        ...reg('gb-eng', 'none', [], { name: 'Institute of Chartered Accountants in England and Wales (ICAEW)', url: 'https://www.icaew.com' }, true),
        notes: t(
          'Accountancy is not a licensed occupation in England; statutory audit and the title "chartered accountant" are regulated through the professional bodies.',
          'La comptabilité n’est pas réglementée en Angleterre; l’audit légal et le titre de « chartered accountant » le sont par les organismes professionnels.',
        ),
      },
      {
        ...reg('au-nsw', 'none', [], { name: 'CPA Australia (skills assessment); CA ANZ and IPA also assess', url: 'https://www.cpaaustralia.com.au' }, true),
        notes: t(
          'Accounting is not licensed in Australia; registered tax agents (Tax Practitioners Board) and company auditors (ASIC) are.',
          'La comptabilité n’est pas réglementée en Australie; les agents fiscaux et les vérificateurs de sociétés le sont.',
        ),
      },
    ],
  },
  {
    id: 'teacher',
    name: t('Teacher', 'Enseignant / enseignante', { es: 'Docente', ar: 'معلم', de: 'Lehrer/in' }),
    synonyms: { en: ['schoolteacher', 'elementary teacher', 'secondary teacher', 'OCT'], fr: ['professeur', 'enseignant'], de: ['Lehrkraft'] },
    fieldFamily: 'education',
    codes: { 'noc-2021': '41221' },
    competencies: [
      c('lesson-planning', 'Lesson planning', 'Planification des leçons'),
      c('classroom-management', 'Classroom management', 'Gestion de classe'),
      c('student-assessment', 'Student assessment', 'Évaluation des élèves'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Ontario Certified Teacher', 'OCT'], { name: 'Ontario College of Teachers', fr: "Ordre des enseignantes et des enseignants de l'Ontario", url: 'https://www.oct.ca' }, true),
      reg('ca-bc', 'practice', [], { name: 'BC Teacher Certification Branch', url: 'https://teachers.gov.bc.ca' }, true),
      reg('gb-eng', 'practice', ['Qualified teacher status (QTS)'], { name: 'Teaching Regulation Agency', url: 'https://www.gov.uk/government/organisations/teaching-regulation-agency' }, true),
      reg('au-nsw', 'practice', [], { name: 'NSW Education Standards Authority (NESA)', url: 'https://educationstandards.nsw.edu.au' }, true),
      reg('au-vic', 'practice', [], { name: 'Victorian Institute of Teaching (VIT)', url: 'https://www.vit.vic.edu.au' }, true),
    ],
  },
  {
    id: 'electrician',
    name: t('Electrician', 'Électricien / électricienne', { es: 'Electricista', ar: 'كهربائي', de: 'Elektriker/in' }),
    synonyms: { en: ['construction electrician', 'construction and maintenance electrician', '309A', 'journeyperson electrician'], fr: ['électricien en construction et en entretien'], de: ['Elektroniker'] },
    fieldFamily: 'electrical-trades',
    codes: { 'noc-2021': '72200' },
    competencies: [
      c('wiring-installation', 'Wiring and installation', 'Câblage et installation'),
      c('electrical-code', 'Electrical code', 'Code de l’électricité'),
      c('troubleshooting', 'Troubleshooting', 'Dépannage'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Construction and Maintenance Electrician (309A)'], { name: 'Skilled Trades Ontario', fr: 'Métiers spécialisés Ontario', url: 'https://www.skilledtradesontario.ca' }, true),
      reg('ca-bc', 'practice', [], { name: 'SkilledTradesBC', url: 'https://skilledtradesbc.ca' }, true),
      reg('ca-ab', 'practice', [], { name: 'Alberta Apprenticeship and Industry Training', url: 'https://tradesecrets.alberta.ca' }, true),
      reg('ca-qc', 'practice', [], { name: 'Commission de la construction du Québec (CCQ)', fr: 'Commission de la construction du Québec (CCQ)', url: 'https://www.ccq.org' }, true),
      reg('au-nsw', 'practice', [], { name: 'NSW Fair Trading (electrician licence)', url: 'https://www.fairtrading.nsw.gov.au' }, true),
      {
        ...reg('gb-eng', 'none', [], { name: 'Joint Industry Board (JIB) ECS card; competent person schemes for Part P', url: 'https://www.jib.org.uk' }, true),
        notes: t(
          'Electricians are not licensed in England; domestic work must meet Part P of the Building Regulations, usually through a competent person scheme.',
          'Les électriciens ne sont pas titulaires d’un permis en Angleterre; les travaux domestiques doivent respecter la partie P des Building Regulations.',
        ),
      },
      reg('au-vic', 'practice', [], { name: 'Energy Safe Victoria', url: 'https://www.esv.vic.gov.au' }, true),
    ],
  },
  {
    id: 'social-worker',
    name: t('Social worker', 'Travailleur social / travailleuse sociale', { es: 'Trabajador/a social', ar: 'أخصائي اجتماعي', de: 'Sozialarbeiter/in' }),
    synonyms: { en: ['RSW', 'registered social worker', 'case worker'], fr: ['TS', 'travailleuse sociale'], de: ['Sozialpädagoge'] },
    fieldFamily: 'social-work',
    codes: { 'noc-2021': '41300' },
    competencies: [
      c('case-assessment', 'Case assessment', 'Évaluation de situation'),
      c('counselling', 'Counselling', 'Counseling'),
      c('advocacy', 'Advocacy and community resources', 'Défense des droits et ressources communautaires'),
    ],
    regulation: [
      reg('ca-on', 'title', ['Social Worker', 'Registered Social Worker', 'RSW'], { name: 'Ontario College of Social Workers and Social Service Workers', fr: "Ordre des travailleurs sociaux et des techniciens en travail social de l'Ontario", url: 'https://www.ocswssw.org' }, true),
      reg('ca-bc', 'title', ['Registered Social Worker'], { name: 'British Columbia College of Social Workers', url: 'https://bccsw.ca' }, true),
      reg('ca-ab', 'title', ['Registered Social Worker', 'Social Worker'], { name: 'Alberta College of Social Workers (ACSW)', url: 'https://acsw.ab.ca' }, true),
      reg('ca-qc', 'title', ['travailleur social', 'travailleuse sociale'], { name: 'Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec (OTSTCFQ)', fr: 'Ordre des travailleurs sociaux et des thérapeutes conjugaux et familiaux du Québec (OTSTCFQ)', url: 'https://www.otstcfq.org' }, true),
      reg('gb-eng', 'title', ['Social worker'], { name: 'Social Work England', url: 'https://www.socialworkengland.org.uk' }, true),
      {
        ...reg('au-nsw', 'none', [], { name: 'Australian Association of Social Workers (AASW)', url: 'https://www.aasw.asn.au' }, true),
        notes: t('Social work is not a registered profession in New South Wales.', 'Le travail social n’est pas une profession réglementée en Nouvelle-Galles du Sud.'),
      },
    ],
  },
  {
    id: 'dentist',
    name: t('Dentist', 'Dentiste', { es: 'Dentista', ar: 'طبيب أسنان', de: 'Zahnarzt / Zahnärztin' }),
    synonyms: { en: ['dental surgeon', 'DDS', 'DMD', 'general dentist'], fr: ['chirurgien-dentiste'], de: ['Zahnarzt'] },
    fieldFamily: 'dentistry',
    codes: { 'noc-2021': '31110' },
    competencies: [
      c('oral-diagnosis', 'Oral diagnosis', 'Diagnostic buccal'),
      c('restorative-dentistry', 'Restorative dentistry', 'Dentisterie restauratrice'),
      c('infection-control', 'Infection prevention and control', 'Prévention et contrôle des infections'),
    ],
    regulation: [
      reg('ca-on', 'title-and-practice', ['Dentist', 'Dental Surgeon'], { name: 'Royal College of Dental Surgeons of Ontario (RCDSO)', url: 'https://www.rcdso.org' }, true),
      reg('ca-bc', 'title-and-practice', ['Dentist'], { name: 'BC College of Oral Health Professionals', url: 'https://oralhealthbc.ca' }, true),
      reg('gb-eng', 'title-and-practice', ['Dentist'], { name: 'General Dental Council (GDC)', url: 'https://www.gdc-uk.org' }, true),
      reg('au-nsw', 'title', ['Dentist'], { name: 'Dental Board of Australia (Ahpra)', url: 'https://www.dentalboard.gov.au' }, true),
      reg('au-vic', 'title', ['Dentist'], { name: 'Dental Board of Australia (Ahpra)', url: 'https://www.dentalboard.gov.au' }, true),
    ],
  },
  {
    id: 'software-developer',
    name: t('Software developer', 'Développeur / développeuse de logiciels', { es: 'Desarrollador/a de software', ar: 'مطور برمجيات', de: 'Softwareentwickler/in' }),
    synonyms: { en: ['programmer', 'software engineer', 'web developer', 'coder', 'full-stack developer'], fr: ['programmeur', 'programmeuse', 'développeur web'], de: ['Programmierer', 'Entwickler'] },
    fieldFamily: 'computing',
    codes: { 'noc-2021': '21232' },
    competencies: [
      c('programming', 'Programming', 'Programmation'),
      c('software-design', 'Software design', 'Conception logicielle'),
      c('testing', 'Testing and quality', 'Tests et qualité'),
      c('version-control', 'Version control and collaboration', 'Gestion de versions et collaboration'),
    ],
    regulation: [
      {
        ...reg('ca-on', 'none', [], WES, true),
        notes: t(
          'Not regulated, but "engineer" in a job title is protected in Canada: use "software developer" unless you hold a P.Eng.',
          'Profession non réglementée, mais le titre « ingénieur » est protégé au Canada.',
        ),
      },
      reg('ca-bc', 'none', [], WES, false),
      reg('gb-eng', 'none', [], { name: 'UK ENIC (statements of comparability)', url: 'https://www.enic.org.uk' }, false),
      reg('de-by', 'none', [], { name: 'anabin / Zentralstelle für ausländisches Bildungswesen (ZAB)', url: 'https://www.kmk.org/zab' }, false),
    ],
  },
  {
    id: 'data-analyst',
    name: t('Data analyst', 'Analyste de données', { es: 'Analista de datos', ar: 'محلل بيانات', de: 'Datenanalyst/in' }),
    synonyms: { en: ['business intelligence analyst', 'BI analyst', 'analytics specialist', 'data scientist'], fr: ['analyste en intelligence d’affaires', 'scientifique des données'], de: ['Data Analyst'] },
    fieldFamily: 'mathematics-statistics',
    codes: { 'noc-2021': '21223' },
    competencies: [
      c('sql', 'SQL and databases', 'SQL et bases de données'),
      c('statistics', 'Statistics', 'Statistique'),
      c('visualisation', 'Data visualisation', 'Visualisation de données'),
    ],
    regulation: [reg('ca-on', 'none', [], WES, true), reg('ca-bc', 'none', [], WES, false), reg('gb-eng', 'none', [], { name: 'UK ENIC (statements of comparability)', url: 'https://www.enic.org.uk' }, false)],
  },
];
