/**
 * The demo organisation's mentors: people who went through recognition themselves, in
 * every seeded occupation and jurisdiction, from many origins. Compact rows, expanded
 * by `seedMentorList()`.
 *
 * Columns: name, origin country, occupations (`|`), jurisdiction, city, languages (`|`),
 * path key (paths.ts) or '' when not shared, licensed in (`|`), year the path began,
 * capacity, current load, offers (i interview, p plan review, n narrative review,
 * r referral), formats (o online, p in person, b both), flags (P paused).
 */
import type { MentorFormat, MentorOffer } from '../../../api/mentor.js';

export type SeedRow = [
  name: string,
  origin: string,
  occupations: string,
  jurisdiction: string,
  city: string,
  languages: string,
  path: string,
  licensedIn: string,
  year: number,
  capacity: number,
  load: number,
  offers: string,
  formats: string,
  flags?: string,
];

/** How a mentor's occupation reads in their headline. */
export const OCCUPATION_LABELS: Record<string, string> = {
  'registered-nurse': 'Registered nurse',
  'professional-engineer': 'Professional engineer',
  pharmacist: 'Pharmacist',
  physician: 'Physician',
  accountant: 'Accountant',
  teacher: 'Teacher',
  electrician: 'Electrician',
  'software-developer': 'Software developer',
  'social-worker': 'Social worker',
  dentist: 'Dentist',
  'data-analyst': 'Data analyst',
};

/** The `offers` column's letters. */
export const OFFER_CODES: Record<string, MentorOffer> = {
  i: 'informational-interview',
  p: 'plan-review',
  n: 'narrative-review',
  r: 'referral',
};

/** The `formats` column's letter. */
export const FORMAT_CODES: Record<string, MentorFormat[]> = { o: ['online'], p: ['in-person'], b: ['online', 'in-person'] };

export const DEMO_MENTOR: SeedRow = ['Daniel Reyes', 'PH', 'registered-nurse', 'ca-on', 'Toronto', 'en|tl', 'rn-ca-on', 'ca-on', 2015, 4, 1, 'ipnr', 'b'];

export const SEED_ROWS: readonly SeedRow[] = [
  // Registered nurses
  ['Maricel Santos', 'PH', 'registered-nurse', 'ca-on', 'Mississauga', 'en|tl', 'rn-ca-on-bridging', 'ca-on', 2016, 3, 3, 'ip', 'o'],
  ['Chiamaka Obi', 'NG', 'registered-nurse', 'ca-on', 'Ottawa', 'en|ig', 'rn-ca-on', 'ca-on', 2018, 2, 0, 'ipn', 'b'],
  ['Priya Nair', 'IN', 'registered-nurse', 'ca-bc', 'Surrey', 'en|ml|hi', 'rn-ca-bc', 'ca-bc', 2017, 3, 1, 'ipr', 'o'],
  ['Grace Wanjiru', 'KE', 'registered-nurse', 'ca-ab', 'Calgary', 'en|sw', 'rn-ca-ab', 'ca-ab', 2019, 2, 1, 'ip', 'b'],
  ['Rosalind Mensah', 'GH', 'registered-nurse', 'gb-eng', 'Manchester', 'en|tw', 'rn-gb-eng', 'gb-eng', 2014, 4, 2, 'ipn', 'o'],
  ['Jomar Villanueva', 'PH', 'registered-nurse', 'au-nsw', 'Sydney', 'en|tl|ceb', 'rn-au', 'au-nsw', 2016, 3, 0, 'ipr', 'o'],
  ['Sunita Thapa', 'NP', 'registered-nurse', 'au-vic', 'Melbourne', 'en|ne|hi', 'rn-au', 'au-vic', 2018, 2, 0, 'ip', 'b'],
  ['Olena Kovalenko', 'UA', 'registered-nurse', 'de-by', 'Munich', 'uk|de|ru|en', '', 'de-by', 2020, 2, 1, 'i', 'p'],
  ['Mercy Achieng', 'KE', 'registered-nurse', 'gb-eng', 'Birmingham', 'en|sw', 'rn-gb-eng', 'gb-eng', 2019, 3, 1, 'ipn', 'o'],
  ['Anjali Menon', 'IN', 'registered-nurse', 'ca-on', 'Brampton', 'en|ml|ta', 'rn-ca-on', 'ca-on|ca-bc', 2013, 5, 2, 'ipnr', 'o'],
  ['Fatima Zahra Benali', 'MA', 'registered-nurse', 'ca-qc', 'Montreal', 'fr|ar|en', '', 'ca-qc', 2017, 2, 0, 'ip', 'b'],
  ['Hyun-woo Park', 'KR', 'registered-nurse', 'ca-bc', 'Vancouver', 'ko|en', 'rn-ca-bc', 'ca-bc', 2021, 1, 0, 'i', 'o'],
  ['Leticia Gomes', 'BR', 'registered-nurse', 'ca-on', 'Hamilton', 'pt|en|es', 'rn-ca-on-bridging', 'ca-on', 2019, 2, 0, 'ip', 'o', 'P'],
  // Professional engineers
  ['Arjun Mehta', 'IN', 'professional-engineer', 'ca-on', 'Toronto', 'en|hi|gu', 'eng-ca-on', 'ca-on', 2012, 4, 1, 'ipnr', 'b'],
  ['Tunde Adeyemi', 'NG', 'professional-engineer', 'ca-ab', 'Edmonton', 'en|yo', 'eng-ca-ab', 'ca-ab', 2014, 3, 0, 'ipr', 'o'],
  ['Wei Zhang', 'CN', 'professional-engineer', 'ca-bc', 'Burnaby', 'zh|en', 'eng-ca-bc', 'ca-bc', 2011, 3, 2, 'ip', 'b'],
  ['Karim Haddad', 'LB', 'professional-engineer', 'ca-qc', 'Montreal', 'ar|fr|en', 'eng-ca-qc', 'ca-qc', 2015, 3, 1, 'ipn', 'b'],
  ['Camila Rojas', 'CO', 'professional-engineer', 'ca-qc', 'Quebec City', 'es|fr|en', 'eng-ca-qc', 'ca-qc', 2018, 2, 0, 'ip', 'o'],
  ['Reza Tehrani', 'IR', 'professional-engineer', 'ca-on', 'Richmond Hill', 'fa|en', 'eng-ca-on', 'ca-on', 2016, 3, 3, 'ip', 'o'],
  ['Svetlana Ivanova', 'RU', 'professional-engineer', 'de-by', 'Nuremberg', 'ru|de|en', 'eng-de-by', 'de-by', 2013, 2, 0, 'ipr', 'b'],
  ['Mehmet Yilmaz', 'TR', 'professional-engineer', 'de-by', 'Munich', 'tr|de|en', 'eng-de-by', 'de-by', 2010, 4, 1, 'ipnr', 'p'],
  ['Oluwaseun Bakare', 'NG', 'professional-engineer', 'gb-eng', 'London', 'en|yo', 'eng-gb-eng', 'gb-eng', 2012, 3, 1, 'ipr', 'o'],
  ['Ananya Iyer', 'IN', 'professional-engineer', 'au-nsw', 'Parramatta', 'en|ta|hi', 'eng-au', 'au-nsw', 2015, 3, 0, 'ipn', 'o'],
  ['Diego Fernández', 'AR', 'professional-engineer', 'au-vic', 'Melbourne', 'es|en', 'eng-au', 'au-vic', 2017, 2, 1, 'ip', 'b'],
  ['Abdullah Rahimi', 'AF', 'professional-engineer', 'ca-ab', 'Calgary', 'fa|ps|en', 'eng-ca-ab', 'ca-ab', 2018, 2, 0, 'i', 'o'],
  ['Marta Kowalska', 'PL', 'professional-engineer', 'gb-eng', 'Leeds', 'pl|en', 'eng-gb-eng', 'gb-eng', 2014, 2, 0, 'ipn', 'o', 'P'],
  // Pharmacists
  ['Nadia Hassan', 'EG', 'pharmacist', 'ca-on', 'London', 'ar|en', 'pharm-ca', 'ca-on', 2014, 3, 1, 'ipn', 'o'],
  ['Farhan Qureshi', 'PK', 'pharmacist', 'ca-ab', 'Edmonton', 'ur|pa|en', 'pharm-ca', 'ca-ab', 2016, 2, 0, 'ip', 'b'],
  ['Lina Al-Masri', 'SY', 'pharmacist', 'ca-bc', 'Vancouver', 'ar|en', 'pharm-ca', 'ca-bc', 2017, 2, 1, 'ipr', 'o'],
  ['Bongani Dlamini', 'ZA', 'pharmacist', 'gb-eng', 'Bristol', 'en|zu', 'pharm-gb-eng', 'gb-eng', 2012, 3, 0, 'ip', 'o'],
  ['Thi Lan Nguyen', 'VN', 'pharmacist', 'au-vic', 'Melbourne', 'vi|en', 'pharm-au', 'au-vic', 2015, 2, 0, 'ipn', 'b'],
  ['Ahmed Elsayed', 'EG', 'pharmacist', 'au-nsw', 'Sydney', 'ar|en', 'pharm-au', 'au-nsw', 2013, 3, 2, 'ipr', 'o'],
  // Physicians
  ['Samuel Tesfaye', 'ET', 'physician', 'ca-ab', 'Calgary', 'am|en', 'md-ca-ab', 'ca-ab', 2012, 2, 1, 'ipr', 'o'],
  ['Ayesha Siddiqui', 'PK', 'physician', 'ca-on', 'Toronto', 'ur|en', 'md-ca', 'ca-on', 2011, 2, 0, 'ip', 'b'],
  ['Rania Khoury', 'LB', 'physician', 'ca-qc', 'Montreal', 'ar|fr|en', 'md-ca', 'ca-qc', 2010, 1, 0, 'ipn', 'o'],
  ['Chinedu Eze', 'NG', 'physician', 'gb-eng', 'Sheffield', 'en|ig', 'md-gb-eng', 'gb-eng', 2015, 3, 1, 'ipr', 'o'],
  ['Sana Iqbal', 'IN', 'physician', 'gb-eng', 'Leicester', 'en|ur|hi', 'md-gb-eng', 'gb-eng', 2017, 2, 0, 'ip', 'b'],
  ['Kofi Asante', 'GH', 'physician', 'au-nsw', 'Newcastle', 'en|tw', 'md-au', 'au-nsw', 2014, 2, 2, 'ip', 'o'],
  ['Yasmin Karimi', 'IR', 'physician', 'ca-bc', 'Victoria', 'fa|en', 'md-ca', '', 2020, 2, 0, 'i', 'o'],
  // Accountants
  ['Ivy Chen', 'CN', 'accountant', 'ca-on', 'Markham', 'zh|en', 'cpa-ca', 'ca-on', 2013, 4, 1, 'ipnr', 'o'],
  ['Rahul Sharma', 'IN', 'accountant', 'ca-bc', 'Surrey', 'hi|pa|en', 'cpa-ca', 'ca-bc', 2015, 3, 0, 'ipr', 'b'],
  ['Gabriela Morales', 'MX', 'accountant', 'ca-ab', 'Calgary', 'es|en', 'cpa-ca', 'ca-ab', 2016, 2, 1, 'ipn', 'o'],
  ['Emeka Nwosu', 'NG', 'accountant', 'gb-eng', 'London', 'en|ig', 'acc-gb-eng', 'gb-eng', 2012, 3, 0, 'ipnr', 'o'],
  ['Tatiana Popescu', 'RO', 'accountant', 'gb-eng', 'Reading', 'ro|en', 'acc-gb-eng', 'gb-eng', 2016, 2, 0, 'ip', 'o'],
  ['Jae-min Lee', 'KR', 'accountant', 'au-nsw', 'Sydney', 'ko|en', 'acc-au', 'au-nsw', 2017, 3, 1, 'ipn', 'b'],
  ['Farida Rahman', 'BD', 'accountant', 'ca-on', 'Scarborough', 'bn|en', 'cpa-ca', 'ca-on', 2018, 2, 0, 'ip', 'o'],
  ['Jean-Baptiste Mbarga', 'CM', 'accountant', 'ca-qc', 'Montreal', 'fr|en', 'cpa-ca', 'ca-qc', 2014, 3, 1, 'ipnr', 'b'],
  // Teachers
  ['Ana Lúcia Ferreira', 'BR', 'teacher', 'ca-on', 'Toronto', 'pt|en', 'teach-ca-on', 'ca-on', 2015, 3, 1, 'ipn', 'o'],
  ['Yusuf Abdi', 'SO', 'teacher', 'ca-ab', 'Edmonton', 'so|ar|en', '', 'ca-ab', 2016, 2, 0, 'ip', 'b'],
  ['Mireille Joseph', 'HT', 'teacher', 'ca-qc', 'Laval', 'fr|ht|en', 'teach-ca-qc', 'ca-qc', 2013, 3, 2, 'ipn', 'b'],
  ['Natalia Herrera', 'VE', 'teacher', 'ca-bc', 'Kelowna', 'es|en', 'teach-ca-bc', 'ca-bc', 2018, 2, 0, 'ip', 'o'],
  ['Shanice Campbell', 'JM', 'teacher', 'gb-eng', 'London', 'en', 'teach-gb-eng', 'gb-eng', 2011, 3, 1, 'ipnr', 'o'],
  ['Hamid Sultani', 'AF', 'teacher', 'de-by', 'Augsburg', 'fa|ps|de|en', 'teach-de-by', 'de-by', 2017, 2, 1, 'ip', 'p'],
  ['Elif Demir', 'TR', 'teacher', 'de-by', 'Munich', 'tr|de|en', 'teach-de-by', 'de-by', 2012, 3, 0, 'ipn', 'b'],
  ['Meera Pillai', 'IN', 'teacher', 'au-vic', 'Geelong', 'en|ml', '', 'au-vic', 2016, 2, 0, 'ip', 'o'],
  // Electricians
  ['Juan Carlos Pérez', 'MX', 'electrician', 'ca-on', 'Kitchener', 'es|en', 'elec-ca-on', 'ca-on', 2014, 2, 0, 'ipr', 'p'],
  ['Dmytro Shevchenko', 'UA', 'electrician', 'ca-ab', 'Red Deer', 'uk|ru|en', 'elec-ca-ab', 'ca-ab', 2019, 2, 1, 'ir', 'b'],
  ['Manuel Ortiz', 'CU', 'electrician', 'ca-bc', 'Kamloops', 'es|en', 'elec-ca-bc', 'ca-bc', 2015, 3, 0, 'ipr', 'b'],
  ['Tomasz Nowak', 'PL', 'electrician', 'au-vic', 'Ballarat', 'pl|en', 'elec-au', 'au-vic', 2013, 2, 0, 'ir', 'o'],
  ['Ali Hosseini', 'IR', 'electrician', 'de-by', 'Regensburg', 'fa|de', 'elec-de-by', 'de-by', 2018, 2, 0, 'ip', 'p'],
  ['Patrick Otieno', 'KE', 'electrician', 'au-nsw', 'Wollongong', 'en|sw', 'elec-au', 'au-nsw', 2016, 2, 2, 'ir', 'b'],
  // Software developers
  ['Mohammed Al-Farsi', 'SY', 'software-developer', 'de-by', 'Munich', 'ar|de|en', 'dev-de-by', '', 2016, 4, 1, 'ipnr', 'o'],
  ['Li Na Wang', 'CN', 'software-developer', 'ca-bc', 'Vancouver', 'zh|en', 'dev-ca', '', 2015, 5, 2, 'ipnr', 'o'],
  ['Vikram Reddy', 'IN', 'software-developer', 'ca-on', 'Waterloo', 'te|hi|en', 'dev-ca', '', 2017, 4, 0, 'inr', 'o'],
  ['Lucía Martínez', 'PE', 'software-developer', 'ca-qc', 'Montreal', 'es|fr|en', 'dev-ca', '', 2019, 3, 1, 'ipn', 'b'],
  ['Oksana Bondarenko', 'UA', 'software-developer', 'gb-eng', 'Cambridge', 'uk|en|ru', 'dev-gb-eng', '', 2018, 3, 0, 'inr', 'o'],
  ['Nguyen Van Minh', 'VN', 'software-developer', 'au-nsw', 'Sydney', 'vi|en', 'dev-au', '', 2016, 3, 1, 'inr', 'o'],
  ['Kwame Boateng', 'GH', 'software-developer', 'ca-on', 'Toronto', 'en|tw', 'dev-ca', '', 2020, 2, 0, 'in', 'o'],
  ['Sofía Castillo', 'CO', 'software-developer|data-analyst', 'de-by', 'Munich', 'es|de|en', 'dev-de-by', '', 2017, 3, 1, 'ipnr', 'b'],
  // Social workers
  ['Amina Yusuf', 'SO', 'social-worker', 'ca-on', 'Ottawa', 'so|ar|en', 'sw-ca-on', 'ca-on', 2012, 3, 1, 'ipn', 'b'],
  ['Gloria Mutua', 'KE', 'social-worker', 'gb-eng', 'Nottingham', 'en|sw', 'sw-gb-eng', 'gb-eng', 2015, 2, 0, 'ipn', 'o'],
  ['Rashid Karimov', 'AF', 'social-worker', 'ca-bc', 'Coquitlam', 'fa|ps|en', 'sw-ca-bc', 'ca-bc', 2019, 2, 1, 'ip', 'o'],
  ['Isabel Cruz', 'MX', 'social-worker', 'au-vic', 'Melbourne', 'es|en', 'sw-au', 'au-vic', 2014, 2, 0, 'ipr', 'b'],
  ['Senait Haile', 'ER', 'social-worker', 'ca-ab', 'Calgary', 'ti|am|en', '', 'ca-ab', 2016, 2, 0, 'ip', 'b'],
  // Dentists
  ['Hiba Nasser', 'SY', 'dentist', 'ca-on', 'Mississauga', 'ar|en', 'dent-ca', 'ca-on', 2017, 2, 1, 'ipn', 'o'],
  ['Rohan Kapoor', 'IN', 'dentist', 'ca-bc', 'Richmond', 'hi|pa|en', 'dent-ca', 'ca-bc', 2015, 2, 0, 'ip', 'b'],
  ['Darya Sadeghi', 'IR', 'dentist', 'gb-eng', 'London', 'fa|en', 'dent-gb-eng', 'gb-eng', 2016, 2, 0, 'ipn', 'o'],
  ['Luis Mendoza', 'PE', 'dentist', 'au-nsw', 'Sydney', 'es|en', 'dent-au', 'au-nsw', 2013, 1, 1, 'ip', 'b'],
  ['Bilal Chaudhry', 'PK', 'dentist', 'ca-ab', 'Edmonton', 'ur|pa|en', 'dent-ca', 'ca-ab', 2018, 2, 0, 'ip', 'o'],
  // Data analysts
  ['Tendai Moyo', 'ZW', 'data-analyst', 'ca-on', 'Toronto', 'en|sn', 'data-ca', '', 2019, 3, 0, 'inr', 'o'],
  ['Parisa Ahmadi', 'IR', 'data-analyst', 'ca-bc', 'Vancouver', 'fa|en', 'data-ca', '', 2018, 3, 1, 'ipn', 'o'],
  ['Carlos Souza', 'BR', 'data-analyst', 'gb-eng', 'Manchester', 'pt|en|es', 'data-gb-eng', '', 2017, 2, 0, 'inr', 'o'],
  ['Aigerim Nurlanovna', 'KZ', 'data-analyst', 'de-by', 'Munich', 'kk|ru|de|en', '', '', 2020, 2, 0, 'in', 'o'],
  ['Nasrin Akter', 'BD', 'data-analyst', 'au-vic', 'Melbourne', 'bn|en', '', '', 2019, 2, 0, 'ip', 'b'],
  ['Youssef El Amrani', 'MA', 'data-analyst|accountant', 'ca-qc', 'Montreal', 'ar|fr|en', 'cpa-ca', 'ca-qc', 2015, 3, 1, 'ipnr', 'o'],
];
