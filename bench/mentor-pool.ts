/**
 * A reproducible pool of generated mentors for benchmarks: the same seed and size give
 * the same mentors, ids included, on every machine. `loadMentorPool` inserts them in
 * multi-row batches (one jsonb parameter per 2,000 mentors).
 */
import type { MentorFormat, MentorOffer, MentorProfile } from '../src/api/mentor.js';
import { isOffered } from '../src/core/mentor/index.js';
import type { Queryable } from '../src/server/db/types.js';
import { PATHS, pathSteps } from '../src/server/seed/mentors/paths.js';
import { seededRandom } from '../src/core/random.js';
import { upsertMentors, type NewMentor } from '../src/server/store/mentors.js';

export const DEFAULT_POOL_SIZE = 100_000;
export const DEFAULT_POOL_SEED = 20_250_601;

/** mulberry32 (src/core/random.ts): a small, fast, seedable PRNG. */
export const prng = seededRandom;

export const OCCUPATIONS = [
  'registered-nurse', 'professional-engineer', 'pharmacist', 'physician', 'accountant', 'teacher',
  'electrician', 'software-developer', 'social-worker', 'dentist', 'data-analyst',
] as const;
export const JURISDICTIONS = ['ca-on', 'ca-bc', 'ca-ab', 'ca-qc', 'gb-eng', 'au-nsw', 'au-vic', 'de-by'] as const;
const CITIES: Record<string, string[]> = {
  'ca-on': ['Toronto', 'Ottawa', 'Mississauga', 'Hamilton', 'London'],
  'ca-bc': ['Vancouver', 'Surrey', 'Victoria', 'Burnaby'],
  'ca-ab': ['Calgary', 'Edmonton', 'Red Deer'],
  'ca-qc': ['Montreal', 'Quebec City', 'Laval'],
  'gb-eng': ['London', 'Manchester', 'Birmingham', 'Leeds'],
  'au-nsw': ['Sydney', 'Newcastle', 'Wollongong'],
  'au-vic': ['Melbourne', 'Geelong', 'Ballarat'],
  'de-by': ['Munich', 'Nuremberg', 'Augsburg'],
};
const LOCAL_LANGUAGES: Record<string, string[]> = { 'ca-qc': ['fr', 'en'], 'de-by': ['de'] };
const ORIGINS: Array<[country: string, languages: string[]]> = [
  ['PH', ['tl']], ['IN', ['hi']], ['IN', ['ta']], ['NG', ['yo']], ['NG', ['ig']], ['CN', ['zh']], ['PK', ['ur']],
  ['IR', ['fa']], ['SY', ['ar']], ['UA', ['uk', 'ru']], ['BR', ['pt']], ['MX', ['es']], ['CO', ['es']],
  ['KE', ['sw']], ['GH', ['tw']], ['ET', ['am']], ['EG', ['ar']], ['LB', ['ar', 'fr']], ['MA', ['ar', 'fr']],
  ['VN', ['vi']], ['KR', ['ko']], ['BD', ['bn']], ['NP', ['ne']], ['TR', ['tr']], ['PL', ['pl']], ['RO', ['ro']],
  ['ZA', ['zu']], ['AF', ['fa', 'ps']], ['HT', ['fr', 'ht']], ['RU', ['ru']],
];
const PATH_PREFIX: Record<string, string> = {
  'registered-nurse': 'rn-', 'professional-engineer': 'eng-', pharmacist: 'pharm-', physician: 'md-',
  accountant: 'acc-|cpa-', teacher: 'teach-', electrician: 'elec-', 'software-developer': 'dev-',
  'social-worker': 'sw-', dentist: 'dent-', 'data-analyst': 'data-',
};
const UNREGULATED = new Set(['software-developer', 'data-analyst']);
const OFFERS: MentorOffer[] = ['informational-interview', 'plan-review', 'narrative-review', 'referral'];
const FIRST = ['Amina', 'Daniel', 'Priya', 'Wei', 'Olena', 'Carlos', 'Fatima', 'Kwame', 'Mei', 'Arjun', 'Sofia', 'Yusuf', 'Ana', 'Tunde', 'Leila', 'Jae', 'Nadia', 'Ivan', 'Grace', 'Omar'];
const LAST = ['Santos', 'Okafor', 'Nair', 'Chen', 'Kovalenko', 'Rojas', 'Haddad', 'Mensah', 'Nguyen', 'Mehta', 'Ferreira', 'Abdi', 'Silva', 'Adeyemi', 'Karimi', 'Park', 'Hassan', 'Petrov', 'Wanjiru', 'Farouk'];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pathKeys(occupation: string, jurisdiction: string): string[] {
  const prefixes = PATH_PREFIX[occupation].split('|');
  const keys = Object.keys(PATHS).filter((key) => prefixes.some((prefix) => key.startsWith(prefix)));
  const region = jurisdiction.split('-')[0];
  const exact = keys.filter((key) => key.endsWith(jurisdiction) || key.includes(`${jurisdiction}-`));
  if (exact.length) return exact;
  const country = keys.filter((key) => key.endsWith(`-${region}`));
  return country.length ? country : keys;
}

/** The `index`-th mentor of a pool; ids are `pool-<index>`. */
function generateMentor(random: () => number, index: number, now: number): NewMentor {
  const occupation = pick(random, OCCUPATIONS);
  const jurisdiction = pick(random, JURISDICTIONS);
  const [origin, originLanguages] = pick(random, ORIGINS);
  const languages = [...new Set([...(LOCAL_LANGUAGES[jurisdiction] ?? ['en']), ...originLanguages, ...(random() < 0.5 ? ['en'] : [])])];
  const keys = pathKeys(occupation, jurisdiction);
  const shared = random() < 0.85;
  const licensed = !UNREGULATED.has(occupation) && random() < 0.8;
  const capacity = random() < 0.05 ? 0 : 1 + Math.floor(random() * 5);
  const currentLoad = Math.min(capacity, Math.floor(random() * (capacity + 2)));
  const offers = OFFERS.filter(() => random() < 0.55);
  const sample = Math.floor(random() * 30);
  const formatRoll = random();
  const formats: MentorFormat[] = formatRoll < 0.55 ? ['online'] : formatRoll < 0.7 ? ['in-person'] : ['online', 'in-person'];
  return {
    id: `pool-${index}`,
    displayName: `${pick(random, FIRST)} ${pick(random, LAST)}`,
    headline: `${occupation} in ${jurisdiction}`,
    occupations: random() < 0.08 ? [occupation, pick(random, OCCUPATIONS)].filter((v, i, a) => a.indexOf(v) === i) : [occupation],
    jurisdiction,
    city: pick(random, CITIES[jurisdiction]),
    licensedIn: licensed ? (random() < 0.1 ? [jurisdiction, pick(random, JURISDICTIONS)].filter((v, i, a) => a.indexOf(v) === i) : [jurisdiction]) : [],
    credentialPath: shared ? { originCountry: origin, steps: pathSteps(pick(random, keys), 2005 + Math.floor(random() * 18)) } : null,
    languages,
    formats,
    offers: offers.length ? offers : ['informational-interview'],
    capacity,
    currentLoad,
    status: random() < 0.07 ? 'paused' : 'active',
    lastActiveAt: new Date(now - Math.floor(random() * 90) * 86_400_000).toISOString(),
    responsiveness:
      sample < 3
        ? { medianResponseHours: null, responseRatePct: null, sampleSize: sample }
        : { medianResponseHours: 2 + Math.floor(random() * 240), responseRatePct: 30 + Math.floor(random() * 71), sampleSize: sample },
    contact: null,
  };
}

/** The pool as rows to insert, reproducible from the seed. */
export function generateMentorPool(size = DEFAULT_POOL_SIZE, seed = DEFAULT_POOL_SEED): NewMentor[] {
  const random = prng(seed);
  const now = Date.UTC(2025, 5, 1);
  return Array.from({ length: size }, (_, index) => generateMentor(random, index, now));
}

/** The same mentors as public cards, as the store would return them (for in-memory baselines). */
export function poolProfiles(pool: readonly NewMentor[]): MentorProfile[] {
  return pool.map((mentor) => {
    const currentLoad = mentor.currentLoad ?? 0;
    const status = mentor.status ?? 'active';
    const r = mentor.responsiveness;
    return {
      id: mentor.id!,
      displayName: mentor.displayName,
      headline: mentor.headline,
      occupations: mentor.occupations,
      jurisdiction: mentor.jurisdiction,
      city: mentor.city,
      licensedIn: mentor.licensedIn,
      credentialPath: mentor.credentialPath,
      languages: mentor.languages,
      formats: mentor.formats,
      capacity: mentor.capacity,
      currentLoad,
      available: isOffered({ status, capacity: mentor.capacity, currentLoad }),
      spotsLeft: Math.max(mentor.capacity - currentLoad, 0),
      status,
      offers: mentor.offers,
      lastActiveAt: mentor.lastActiveAt ?? null,
      responsiveness: {
        medianResponseDays: r?.medianResponseHours == null ? null : r.medianResponseHours / 24,
        responseRate: r?.responseRatePct == null ? null : r.responseRatePct / 100,
        sampleSize: r?.sampleSize ?? 0,
      },
    };
  });
}

/** Inserts the pool into an organisation (which must exist). */
export async function loadMentorPool(db: Queryable, organisationId: string, pool: readonly NewMentor[]): Promise<void> {
  await upsertMentors(db, organisationId, pool);
}
