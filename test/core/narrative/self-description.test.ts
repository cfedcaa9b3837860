/**
 * Protected titles in running text: flagged where they describe the writer, in every language the
 * builder speaks, and never where they name other people or the goal ahead. Table-driven: each row
 * is a sentence a person might write in a background or summary field.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { CatalogueFile } from '../../../src/api/catalogue-files.js';
import { protectedTitleUses, type TitleRules } from '../../../src/core/narrative/index.js';

const catalogue = CatalogueFile.parse(JSON.parse(readFileSync(new URL('../../../catalogue/jurisdictions.json', import.meta.url), 'utf8')));
const ontario: TitleRules[] = (catalogue.jurisdictions ?? [])
  .filter((j) => j.id === 'ca-on')
  .map((j) => ({ jurisdictionId: j.id, jurisdictionName: j.name.en, titles: j.protectedTitles ?? [] }));

const found = (text: string) => protectedTitleUses({ background: text }, ontario, 'resume-summary').map((u) => u.found);

/** [language, sentence, the title it calls the writer by] */
const DESCRIBES_THE_WRITER: Array<[string, string, string]> = [
  ['en', 'Registered Nurse with 8 years of ICU experience.', 'Registered Nurse'],
  ['en', 'As a Professional Engineer, I led the design of two water plants.', 'Professional Engineer'],
  ['en', 'As an RN, I coordinated a 30-bed ward.', 'RN'],
  ['en', 'Amara Okafor, P.Eng.', 'P.Eng.'],
  ['en', 'Thank you for your time.\nAmara Okafor P.Eng.', 'P.Eng.'],
  ['en', 'Senior RN | ICU and triage', 'RN'],
  ['en', 'Ten years in public hospitals. Registered nurse, emergency department.', 'Registered nurse'],
  ['en', '- Registered Nurse, emergency department', 'Registered Nurse'],
  ['en', 'I am an RN with nine years of practice.', 'RN'],
  ['en', 'I’m a registered nurse.', 'registered nurse'],
  ['en', 'Chartered Professional Accountant with a decade in audit.', 'Chartered Professional Accountant'],
  ['fr', 'Infirmière autorisée avec 8 ans d’expérience en soins intensifs.', 'Infirmière autorisée'],
  ['fr', 'En tant qu’ingénieur, j’ai dirigé une équipe de douze personnes.', 'ingénieur'],
  ['fr', 'Je suis infirmière depuis 2015.', 'infirmière'],
  ['es', 'Enfermera con 8 años de experiencia en cuidados intensivos.', 'Enfermera'],
  ['es', 'Como enfermera, coordiné el triaje nocturno.', 'enfermera'],
  ['es', 'Soy enfermera.', 'enfermera'],
  ['pt-BR', 'Enfermeira com 8 anos de experiência em UTI.', 'Enfermeira'],
  ['pt-BR', 'Sou enfermeira desde 2015.', 'enfermeira'],
  ['uk', 'Медсестра з восьмирічним досвідом у реанімації.', 'Медсестра'],
  ['uk', 'Я медсестра.', 'медсестра'],
  ['uk', 'Як медсестра, я керувала нічною зміною.', 'медсестра'],
  ['ar', 'أنا ممرضة منذ ثماني سنوات.', 'ممرضة'],
  ['ar', 'بصفتي ممرضة، قدت فريق الطوارئ.', 'ممرضة'],
  ['hi', 'मैं एक नर्स हूँ।', 'नर्स'],
  ['zh-Hans', '我是护士，有八年重症监护经验。', '护士'],
  ['zh-Hans', '作为护士，我负责夜班分诊。', '护士'],
];

/** Sentences that use a protected title about someone else, a step or a goal. */
const DOES_NOT: Array<[string, string]> = [
  ['en', 'I worked alongside registered nurses in the ICU.'],
  ['en', 'My designs were supervised by a P.Eng. for two years.'],
  ['en', 'Supervised by Jane Smith, P.Eng., I designed three bridges.'],
  ['en', 'I am preparing for the NCLEX-RN to become a Registered Nurse.'],
  ['en', 'Preparing to become a Registered Nurse in Ontario.'],
  ['en', 'I trained 25 new nurses.'],
  ['en', 'I am an internationally educated nurse.'],
  ['en', 'RN licence application submitted in March.'],
  ['en', 'Registered nurses in Ontario must pass the NCLEX-RN.'],
  ['en', 'Worked as a registered nurse in Manila for eight years.'],
  ['en', 'Nurse educators taught me triage.'],
  ['en', 'I am a future Registered Nurse.'],
  ['en', 'I am a P.Eng. applicant.'],
  ['fr', 'J’ai travaillé avec des infirmières autorisées.'],
  ['fr', 'Je prépare l’examen pour devenir infirmière.'],
  ['es', 'Trabajé con enfermeras del turno de noche.'],
  ['es', 'Quiero ser enfermera en Ontario.'],
  ['pt-BR', 'Trabalhei com enfermeiras experientes.'],
  ['uk', 'Я працюю з медсестрами.'],
  ['zh-Hans', '我和护士们一起工作。'],
  ['hi', 'मैं नर्सों के साथ काम करती थी।'],
];

describe('protected titles in running text', () => {
  for (const [language, sentence, title] of DESCRIBES_THE_WRITER) {
    it(`flags "${title}" in "${sentence}" (${language})`, () => {
      assert.deepEqual(found(sentence), [title]);
    });
  }
  for (const [language, sentence] of DOES_NOT) {
    it(`does not flag "${sentence}" (${language})`, () => {
      assert.deepEqual(found(sentence), []);
    });
  }

  it('still flags any use in a field that is the person’s title, and none in the job advertised', () => {
    assert.equal(protectedTitleUses({ headline: 'Experienced nurses’ ally' }, ontario).length, 1);
    assert.deepEqual(protectedTitleUses({ position: 'Registered Nurse with ICU experience' }, ontario), []);
  });
});
