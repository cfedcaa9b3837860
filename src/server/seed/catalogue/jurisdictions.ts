import type { Jurisdiction } from '../../../api/catalogue.js';
import { t } from './define.js';

export const jurisdictions: Jurisdiction[] = [
  { id: 'ca-on', country: 'CA', region: 'CA-ON', name: t('Ontario', 'Ontario', { es: 'Ontario', ar: 'أونتاريو' }) },
  { id: 'ca-bc', country: 'CA', region: 'CA-BC', name: t('British Columbia', 'Colombie-Britannique', { es: 'Columbia Británica', ar: 'كولومبيا البريطانية' }) },
  { id: 'ca-ab', country: 'CA', region: 'CA-AB', name: t('Alberta', 'Alberta', { es: 'Alberta', ar: 'ألبرتا' }) },
  { id: 'ca-qc', country: 'CA', region: 'CA-QC', name: t('Quebec', 'Québec', { es: 'Quebec', ar: 'كيبيك' }) },
  { id: 'gb-eng', country: 'GB', region: 'GB-ENG', name: t('England', 'Angleterre', { es: 'Inglaterra', ar: 'إنجلترا' }) },
  { id: 'au-nsw', country: 'AU', region: 'AU-NSW', name: t('New South Wales', 'Nouvelle-Galles du Sud', { es: 'Nueva Gales del Sur', ar: 'نيو ساوث ويلز' }) },
  { id: 'au-vic', country: 'AU', region: 'AU-VIC', name: t('Victoria', 'Victoria', { es: 'Victoria', ar: 'فيكتوريا' }) },
  { id: 'de-by', country: 'DE', region: 'DE-BY', name: t('Bavaria', 'Bavière', { de: 'Bayern', es: 'Baviera', ar: 'بافاريا' }) },
];
