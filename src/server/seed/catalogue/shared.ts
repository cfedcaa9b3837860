/**
 * Building blocks shared by the requirement sets of several occupations: accepted
 * language tests, the pathways of widely used tests and assessments, and a copy of a
 * set under another jurisdiction where one national regulator decides for every state.
 * ILLUSTRATIVE like the rest of the seed catalogue.
 */
import type { AcceptedTest, Pathway } from '../../../api/catalogue.js';
import { type DefinedSet, link, money, type PathwaySpec, t } from './define.js';

type ExamPathway = Omit<PathwaySpec, 'slug' | 'closes'>;

/** IELTS minimums per skill (and overall), accepted as Academic and, unless `academicOnly`, General Training. */
export function ieltsTests(r: number, w: number, l: number, s: number, overall?: number, academicOnly = false): AcceptedTest[] {
  const minScores = overall === undefined ? { reading: r, writing: w, listening: l, speaking: s } : { reading: r, writing: w, listening: l, speaking: s, overall };
  return academicOnly ? [{ test: 'ielts-academic', minScores }] : [{ test: 'ielts-academic', minScores }, { test: 'ielts-general', minScores }];
}

/** OET grade B is 350 on each sub-test; C+ is 300. */
export function oet(writing = 350, others = 350): AcceptedTest {
  return { test: 'oet', minScores: { reading: others, writing, listening: others, speaking: others } };
}

/** A German certificate (Goethe-Institut or telc) at a CEFR level. */
export function germanCertificates(level: 'B1' | 'B2' | 'C1'): AcceptedTest[] {
  return [
    { test: 'goethe', minScores: {}, minCertificate: level },
    { test: 'telc', minScores: {}, minCertificate: level },
  ];
}

export const ieltsExam = (currency: 'CAD' | 'GBP' | 'AUD' | 'EUR', min: number, max: number): ExamPathway => ({
  kind: 'exam',
  title: t('IELTS (Academic or General Training)', 'IELTS (Academic ou General Training)'),
  provider: 'IDP IELTS / British Council',
  link: link('https://ielts.org', 'IELTS'),
  days: [14, 45],
  cost: [money(currency, min, max)],
  delivery: 'test-centre',
});

export const oetExam = (currency: 'CAD' | 'GBP' | 'AUD', min: number, max: number, profession: string): ExamPathway => ({
  kind: 'exam',
  title: t(`OET (${profession})`, `OET (${profession})`),
  provider: 'OET',
  link: link('https://oet.com', 'OET'),
  days: [21, 45],
  cost: [money(currency, min, max)],
  delivery: 'test-centre',
});

export const pteAcademicExam = (currency: 'GBP' | 'AUD', min: number, max: number): ExamPathway => ({
  kind: 'exam',
  title: t('PTE Academic', 'PTE Academic'),
  provider: 'Pearson',
  link: link('https://www.pearsonpte.com', 'PTE'),
  days: [7, 30],
  cost: [money(currency, min, max)],
  delivery: 'test-centre',
});

export const celpipExam: ExamPathway = {
  kind: 'exam',
  title: t('CELPIP-General', 'CELPIP-General'),
  provider: 'Paragon Testing Enterprises',
  link: link('https://www.celpip.ca', 'CELPIP'),
  days: [7, 30],
  cost: [money('CAD', 280, 300)],
  delivery: 'test-centre',
};

export const wesEvaluation: ExamPathway = {
  kind: 'credential-assessment',
  title: t('WES course-by-course evaluation', 'Évaluation cours par cours de WES'),
  provider: 'World Education Services (WES)',
  link: link('https://www.wes.org/ca/', 'WES Canada'),
  days: [35, 90],
  cost: [money('CAD', 290, 400)],
  delivery: 'online',
  languages: ['en', 'fr'],
};

/** Quebec's Charter of the French language: professionals prove French to the OQLF unless their studies exempt them. */
export const OQLF_REQUIREMENT = {
  kind: 'language-proficiency' as const,
  title: t('French for the professions (OQLF)', 'Connaissance du français (OQLF)'),
  description: t(
    'A professional order may issue a permanent permit only to someone with the knowledge of French the Charter of the French language requires: three years of full-time secondary or post-secondary study in French, Quebec secondary French exams, or the OQLF exam. A temporary permit (renewable a limited number of times) lets you practise meanwhile.',
    'Un ordre professionnel ne délivre un permis permanent qu’à une personne qui a de la langue officielle une connaissance appropriée : trois ans d’études à temps plein en français au secondaire ou au postsecondaire, les examens de français du secondaire québécois, ou l’examen de l’OQLF. Un permis temporaire permet d’exercer entre-temps.',
  ),
  criteria: { exam: { examIds: ['oqlf-french'] } },
  source: link('https://www.oqlf.gouv.qc.ca/francisation/ordres_prof/ordres.html', 'OQLF: ordres professionnels'),
};

export const oqlfExam: ExamPathway = {
  kind: 'exam',
  title: t('OQLF French examination for members of professional orders', 'Examen de français de l’OQLF pour les membres des ordres professionnels'),
  provider: 'Office québécois de la langue française',
  link: link('https://www.oqlf.gouv.qc.ca/francisation/ordres_prof/ordres.html', 'OQLF'),
  days: [30, 120],
  cost: [money('CAD', 0, 0)],
  delivery: 'in-person',
  languages: ['fr'],
};

export const francisation: ExamPathway = {
  kind: 'course',
  title: t('French courses (Francisation Québec)', 'Cours de français (Francisation Québec)'),
  provider: 'Francisation Québec',
  link: link('https://www.quebec.ca/education/apprendre-le-francais', 'Québec: apprendre le français'),
  days: [90, 365],
  cost: [money('CAD', 0, 0)],
  delivery: 'hybrid',
  languages: ['fr'],
};

/**
 * The same requirement set under another jurisdiction, for occupations registered by one
 * national body (Ahpra's boards in Australia): ids change from `au-nsw-...` to `au-vic-...`.
 */
export function nationalCopy(set: DefinedSet, jurisdictionId: string, local: Record<string, Pick<Pathway, 'provider' | 'link'>> = {}): DefinedSet {
  const from = `${set.jurisdictionId}-`;
  const to = `${jurisdictionId}-`;
  const move = (id: string) => {
    if (!id.startsWith(from)) throw new Error(`${id} does not start with ${from}`);
    return to + id.slice(from.length);
  };
  for (const key of Object.keys(local)) {
    if (!set.pathways.some((p) => p.id === from + key)) throw new Error(`nationalCopy: no pathway ${from + key}`);
  }
  return {
    occupationId: set.occupationId,
    jurisdictionId,
    requirements: set.requirements.map((r) => ({
      ...r,
      id: move(r.id),
      jurisdictionId,
      criteria: r.criteria.requiresPrior ? { ...r.criteria, requiresPrior: r.criteria.requiresPrior.map(move) } : r.criteria,
    })),
    pathways: set.pathways.map((p) => {
      const out = { ...p, ...local[p.id.slice(from.length)], id: move(p.id), closes: p.closes.map(move) };
      if (p.prerequisites) out.prerequisites = p.prerequisites.map(move);
      return out;
    }),
  };
}
