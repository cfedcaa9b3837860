/**
 * Seed data for plans: milestone templates per occupation and jurisdiction (from the
 * regulators' published steps; each step's source requirement is in catalogue/*.json, and
 * test/server/catalogue-templates.test.ts keeps them in agreement), and the demo mentee's plan shared with the demo
 * mentor. Idempotent: templates are upserted, the demo plan is written once under fixed ids.
 */
import type { MilestoneTemplateItem } from '../../../api/plan.js';
import type { Seeder } from '../types.js';

export interface TemplateSeed {
  occupationId: string;
  jurisdictionId: string;
  items: MilestoneTemplateItem[];
}

const step = (key: string, title: string, kind: MilestoneTemplateItem['kind'], days: [number, number], dependsOn: string[] = [], extra: Partial<MilestoneTemplateItem> = {}): MilestoneTemplateItem => ({
  key,
  title,
  kind,
  minDays: days[0],
  maxDays: days[1],
  dependsOn,
  ...extra,
});

export const MILESTONE_TEMPLATES: TemplateSeed[] = [
  {
    occupationId: 'registered-nurse',
    jurisdictionId: 'ca-on',
    items: [
      step('nnas', 'Apply to NNAS and send documents', 'credential-assessment', [90, 240], [], { source: { requirementId: 'ca-on-rn-nnas', pathwayId: 'ca-on-rn-nnas-report' } }),
      step('language', 'English or French test (IELTS Academic or General Training, CELBAN or TEF Canada)', 'language-test', [14, 60], [], { source: { requirementId: 'ca-on-rn-language', pathwayId: 'ca-on-rn-ielts' }, validForDays: 730 }),
      step('cno-application', 'Apply to the College of Nurses of Ontario and pay the application fee', 'regulator-application', [14, 45], ['nnas'], { source: { requirementId: 'ca-on-rn-application', pathwayId: 'ca-on-rn-cno-application' } }),
      step('evaluation', 'CNO eligibility decision', 'credential-assessment', [60, 180], ['cno-application']),
      step('nclex', 'Sit the NCLEX-RN', 'exam-sitting', [60, 120], ['evaluation'], { source: { requirementId: 'ca-on-rn-nclex', pathwayId: 'ca-on-rn-nclex-exam' } }),
      step('jurisprudence', 'Pass the CNO jurisprudence exam', 'exam-sitting', [14, 45], ['evaluation'], { source: { requirementId: 'ca-on-rn-jurisprudence', pathwayId: 'ca-on-rn-jurisprudence-exam' } }),
      step('registration', 'Register with CNO and pay the fee', 'regulator-application', [14, 30], ['nclex', 'jurisprudence', 'language'], { source: { requirementId: 'ca-on-rn-registration', pathwayId: 'ca-on-rn-cno-registration' } }),
      step('job-search', 'Apply for RN positions', 'job-search', [30, 120], ['registration']),
    ],
  },
  {
    occupationId: 'professional-engineer',
    jurisdictionId: 'ca-on',
    items: [
      // Since May 2023 PEO takes an application only once the academic and experience requirements are met.
      step('academic-review', 'CEAB degree, or confirmatory exams for a degree PEO accepts', 'credential-assessment', [90, 365], [], { source: { requirementId: 'ca-on-peng-academic-assessment', pathwayId: 'ca-on-peng-confirmatory-exams' } }),
      step('experience', '48 months of engineering experience, in the competency-based assessment', 'supervised-practice', [0, 1460], [], { source: { requirementId: 'ca-on-peng-experience' } }),
      step('peo-application', 'Apply to PEO with a complete P.Eng. application', 'regulator-application', [14, 45], ['academic-review', 'experience'], { source: { requirementId: 'ca-on-peng-application', pathwayId: 'ca-on-peng-peo-application' } }),
      step('nppe', 'National Professional Practice Exam (NPPE), within six months of the complete application', 'exam-sitting', [30, 180], ['peo-application'], { source: { requirementId: 'ca-on-peng-ppe', pathwayId: 'ca-on-peng-nppe' } }),
      step('licence', 'Licence granted', 'regulator-application', [30, 60], ['nppe']),
    ],
  },
  {
    occupationId: 'registered-nurse',
    jurisdictionId: 'gb-eng',
    items: [
      step('nmc-application', 'NMC eligibility and qualification assessment', 'credential-assessment', [30, 90], [], { source: { requirementId: 'gb-eng-rn-eligibility', pathwayId: 'gb-eng-rn-nmc-application' } }),
      step('english', 'IELTS Academic or OET', 'language-test', [14, 45], [], { validForDays: 730 }),
      step('cbt', 'NMC CBT at Pearson VUE', 'exam-sitting', [21, 60], ['nmc-application']),
      step('osce', 'NMC OSCE', 'exam-sitting', [30, 90], ['cbt']),
      step('registration', 'NMC registration and final checks', 'regulator-application', [14, 45], ['osce', 'english']),
    ],
  },
];

export const DEMO_PLAN_ID = 'plan_demo_nurse_on';

/** Days from today, as YYYY-MM-DD: the demo plan stays current whenever it is first seeded. */
function fromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const planSeeder: Seeder = {
  name: 'plans',
  async run(db) {
    for (const template of MILESTONE_TEMPLATES) {
      await db.query(
        `INSERT INTO milestone_templates (occupation_id, jurisdiction_id, items) VALUES ($1, $2, $3::jsonb)
         ON CONFLICT (occupation_id, jurisdiction_id) DO UPDATE SET items = EXCLUDED.items, updated_at = now()
         WHERE milestone_templates.items IS DISTINCT FROM EXCLUDED.items`,
        [template.occupationId, template.jurisdictionId, JSON.stringify(template.items)],
      );
    }
    const users = await db.query<{ id: string }>(`SELECT id FROM users WHERE organisation_id = 'demo' AND id IN ('usr_demo_mentee', 'usr_demo_mentor')`);
    if (users.rows.length < 2) return;
    const created = await db.query(
      `INSERT INTO plans (id, organisation_id, mentee_id, occupation_id, jurisdiction_id, target_date)
       VALUES ($1, 'demo', 'usr_demo_mentee', 'registered-nurse', 'ca-on', $2) ON CONFLICT DO NOTHING RETURNING id`,
      [DEMO_PLAN_ID, fromToday(540)],
    );
    if (created.rows.length === 0) return;
    await db.query(`INSERT INTO plan_shares (organisation_id, plan_id, mentor_id) VALUES ('demo', $1, 'usr_demo_mentor') ON CONFLICT DO NOTHING`, [DEMO_PLAN_ID]);
    const now = new Date().toISOString();
    const milestones: Array<[string, string, string, string | null, string, string | null, string | null, string | null, unknown[]]> = [
      ['ms_demo_nnas', 'Apply to NNAS and send documents', 'credential-assessment', fromToday(-60), 'done', 'ca-on-rn-nnas', 'ca-on-rn-nnas-report', null,
        [{ kind: 'note', text: 'Advisory report sent to CNO.', addedAt: now }]],
      ['ms_demo_ielts', 'IELTS General Training (7.0 overall)', 'language-test', fromToday(-120), 'done', 'ca-on-rn-language', 'ca-on-rn-ielts', fromToday(45),
        [{ kind: 'link', url: 'https://ielts.org', text: 'Test report form', addedAt: now }]],
      ['ms_demo_cno', 'Apply to the College of Nurses of Ontario', 'regulator-application', fromToday(-10), 'in-progress', null, null, null, []],
      ['ms_demo_jurisprudence', 'Pass the CNO jurisprudence exam', 'exam-sitting', fromToday(40), 'planned', 'ca-on-rn-jurisprudence', 'ca-on-rn-jurisprudence-exam', null, []],
      ['ms_demo_nclex', 'Sit the NCLEX-RN', 'exam-sitting', fromToday(150), 'blocked', 'ca-on-rn-nclex', 'ca-on-rn-nclex-exam', null, []],
      ['ms_demo_network', 'Join the RNAO internationally educated nurses network', 'networking', null, 'planned', null, null, null, []],
    ];
    let position = 0;
    for (const [id, title, kind, due, status, requirementId, pathwayId, expiresOn, evidence] of milestones) {
      await db.query(
        `INSERT INTO milestones (id, organisation_id, plan_id, title, kind, source_requirement_id, source_pathway_id, due_date, status, evidence, position, expires_on)
         VALUES ($1, 'demo', $2, $3, $4, $5, $6, $7, $8, $9::jsonb, $10, $11) ON CONFLICT DO NOTHING`,
        [id, DEMO_PLAN_ID, title, kind, requirementId, pathwayId, due, status, JSON.stringify(evidence), position++, expiresOn],
      );
    }
    await db.query(`INSERT INTO milestone_dependencies (organisation_id, milestone_id, depends_on_id) VALUES ('demo', 'ms_demo_cno', 'ms_demo_nnas'), ('demo', 'ms_demo_nclex', 'ms_demo_cno') ON CONFLICT DO NOTHING`);
    await db.query(
      `INSERT INTO recalibrations (id, organisation_id, plan_id, milestone_id, from_date, to_date, reason, author_id)
       VALUES ('rc_demo_cno', 'demo', $1, 'ms_demo_cno', $2, $3, 'NNAS report arrived six weeks later than expected.', 'usr_demo_mentee') ON CONFLICT DO NOTHING`,
      [DEMO_PLAN_ID, fromToday(-50), fromToday(-10)],
    );
    await db.query(
      `INSERT INTO check_ins (id, organisation_id, plan_id, date, participants, summary, confidence, next_steps, author_id)
       VALUES ('ci_demo_1', 'demo', $1, $2, ARRAY['usr_demo_mentee', 'usr_demo_mentor'], 'Reviewed the NNAS report and the CNO application checklist.', 4,
               'Book the jurisprudence exam; ask the employer for the practice letter.', 'usr_demo_mentor') ON CONFLICT DO NOTHING`,
      [DEMO_PLAN_ID, fromToday(-14)],
    );
    await db.query(`INSERT INTO check_in_milestones (organisation_id, check_in_id, milestone_id) VALUES ('demo', 'ci_demo_1', 'ms_demo_cno') ON CONFLICT DO NOTHING`);
    await db.query(
      `INSERT INTO comments (id, organisation_id, milestone_id, author_id, author_role, text)
       VALUES ('cm_demo_1', 'demo', 'ms_demo_jurisprudence', 'usr_demo_mentor', 'mentor', 'The practice exam on the CNO site is worth doing twice before you book.') ON CONFLICT DO NOTHING`,
    );
  },
};
