/**
 * @module Gazetteer data: aliases, demonyms, Serbian (Latin and Cyrillic) names, capitals,
 * international bodies and courts. Country names themselves come from `src/domain/countries.ts`,
 * cities from `src/query/cities.ts`.
 */

/** Extra names of countries (ISO code → names), English aliases and Serbian Latin/Cyrillic. */
export const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  CN: ["People's Republic of China", 'PRC', 'Mainland China', 'Kina', 'Кина', 'Narodna Republika Kina', 'Народна Република Кина'],
  RS: ['Republic of Serbia', 'Srbija', 'Србија', 'Republika Srbija', 'Република Србија'],
  HK: ['Hong Kong', 'Hong Kong SAR', 'HKSAR', 'Hongkong', 'Хонгконг'],
  US: ['United States of America', 'US', 'USA', 'U.S.', 'America', 'Sjedinjene Američke Države', 'SAD', 'САД', 'Сједињене Америчке Државе'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain', 'Velika Britanija', 'Велика Британија'],
  CZ: ['Czechia', 'Češka', 'Чешка'],
  TR: ['Turkey', 'Turska', 'Турска'],
  RU: ['Russian Federation', 'Rusija', 'Русија'],
  BA: ['Bosnia', 'BiH', 'Bosna i Hercegovina', 'Босна и Херцеговина'],
  MK: ['Macedonia', 'Severna Makedonija', 'Северна Македонија'],
  XK: ['Kosova', 'Косово'],
  TW: ['Republic of China', 'Tajvan', 'Тајван'],
  HU: ['Mađarska', 'Мађарска'],
  HR: ['Hrvatska', 'Хрватска'],
  ME: ['Crna Gora', 'Црна Гора'],
  AL: ['Albanija', 'Албанија'],
  DE: ['Nemačka', 'Немачка'],
  FR: ['Francuska', 'Француска'],
  IT: ['Italija', 'Италија'],
  GR: ['Grčka', 'Грчка'],
  PL: ['Poljska', 'Пољска'],
  MA: ['Maroko', 'Мароко'],
  AT: ['Austrija', 'Аустрија'],
  SI: ['Slovenija', 'Словенија'],
  BG: ['Bugarska', 'Бугарска'],
  RO: ['Rumunija', 'Румунија'],
  CD: ['Democratic Republic of the Congo'],
  KR: ['Republic of Korea'],
  KP: ['DPRK'],
  AE: ['UAE'],
  NL: ['the Netherlands', 'Holland'],
  VA: ['Vatican'],
};

/** Demonyms and adjectives → ISO code. */
export const DEMONYMS: Readonly<Record<string, string>> = {
  Chinese: 'CN', Serbian: 'RS', Serb: 'RS', Serbs: 'RS', Hungarian: 'HU', Polish: 'PL', Italian: 'IT', French: 'FR',
  Greek: 'GR', Turkish: 'TR', Moroccan: 'MA', Czech: 'CZ', Albanian: 'AL', Croatian: 'HR', Bosnian: 'BA',
  Montenegrin: 'ME', Macedonian: 'MK', Kosovar: 'XK', Taiwanese: 'TW', German: 'DE', Spanish: 'ES', Portuguese: 'PT',
  Belgian: 'BE', Bulgarian: 'BG', Cypriot: 'CY', Lithuanian: 'LT', Romanian: 'RO', Russian: 'RU', American: 'US',
  British: 'GB', Austrian: 'AT', Slovenian: 'SI', Slovak: 'SK', Swedish: 'SE', Dutch: 'NL', Canadian: 'CA',
  Australian: 'AU', Japanese: 'JP', Indian: 'IN', Pakistani: 'PK', Thai: 'TH', Egyptian: 'EG', Kenyan: 'KE',
  Emirati: 'AE', Finnish: 'FI', Irish: 'IE', Danish: 'DK', Norwegian: 'NO', Estonian: 'EE', Latvian: 'LV',
  Ukrainian: 'UA', Belarusian: 'BY', Kazakh: 'KZ', Uzbek: 'UZ', Vietnamese: 'VN', Cambodian: 'KH', Laotian: 'LA',
  Philippine: 'PH', Filipino: 'PH', Indonesian: 'ID', Malaysian: 'MY', Brazilian: 'BR', Mexican: 'MX',
  Argentine: 'AR', Swiss: 'CH', Luxembourgish: 'LU', Maltese: 'MT', Icelandic: 'IS', Mongolian: 'MN',
  Korean: 'KR', 'New Zealand': 'NZ', 'Hong Kong': 'HK', Kyrgyz: 'KG', Tajik: 'TJ', Afghan: 'AF', Iranian: 'IR',
  Iraqi: 'IQ', Saudi: 'SA', Algerian: 'DZ', Tunisian: 'TN', Nigerian: 'NG', 'South African': 'ZA',
};

/** Capitals (metonyms for their governments): name → ISO code. Other cities come from the city gazetteer. */
export const CAPITALS: Readonly<Record<string, string>> = {
  Beijing: 'CN', Peking: 'CN', Пекинг: 'CN', Budapest: 'HU', Warsaw: 'PL', Rome: 'IT', Paris: 'FR', Athens: 'GR',
  Ankara: 'TR', Rabat: 'MA', Prague: 'CZ', Tirana: 'AL', Zagreb: 'HR', Sarajevo: 'BA', Podgorica: 'ME',
  Skopje: 'MK', Pristina: 'XK', Priština: 'XK', Taipei: 'TW', Berlin: 'DE', Madrid: 'ES', Lisbon: 'PT',
  Brussels: 'BE', Sofia: 'BG', Nicosia: 'CY', Vilnius: 'LT', Bucharest: 'RO', Moscow: 'RU', Washington: 'US',
  London: 'GB', Vienna: 'AT', Ljubljana: 'SI', Београд: 'RS', Stockholm: 'SE', 'The Hague': 'NL', Ottawa: 'CA',
  Canberra: 'AU', Wellington: 'NZ', Dublin: 'IE', Helsinki: 'FI', Copenhagen: 'DK', Oslo: 'NO', Bern: 'CH',
};

/** International bodies, governments' organs and courts the gazetteer knows: id, name, aliases, country. */
export interface BodyEntry {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /** ISO code of the state the body belongs to, when national. */
  readonly country?: string;
}

export const BODIES: readonly BodyEntry[] = [
  { id: 'organization:european-union', name: 'European Union', aliases: ['EU', 'Evropska unija', 'Европска унија'] },
  { id: 'organization:european-parliament', name: 'European Parliament', aliases: ['EP'] },
  { id: 'organization:european-commission', name: 'European Commission', aliases: [] },
  { id: 'organization:european-council', name: 'European Council', aliases: [] },
  { id: 'organization:council-of-europe', name: 'Council of Europe', aliases: ['CoE'] },
  { id: 'organization:united-nations', name: 'United Nations', aliases: ['UN', 'U.N.', 'Ujedinjene nacije', 'Уједињене нације'] },
  { id: 'organization:un-security-council', name: 'UN Security Council', aliases: ['United Nations Security Council', 'UNSC'] },
  { id: 'organization:un-human-rights-council', name: 'UN Human Rights Council', aliases: ['Human Rights Council', 'UNHRC'] },
  { id: 'organization:un-human-rights-committee', name: 'UN Human Rights Committee', aliases: ['Human Rights Committee'] },
  { id: 'organization:un-committee-against-torture', name: 'UN Committee Against Torture', aliases: ['Committee Against Torture', 'UNCAT'] },
  { id: 'organization:interpol', name: 'INTERPOL', aliases: ['Interpol', 'International Criminal Police Organization'] },
  { id: 'organization:nato', name: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
  { id: 'organization:osce', name: 'OSCE', aliases: ['Organization for Security and Co-operation in Europe'] },
  { id: 'organization:imf', name: 'International Monetary Fund', aliases: ['IMF'] },
  { id: 'organization:world-bank', name: 'World Bank', aliases: [] },
  { id: 'organization:china-exim-bank', name: 'Export-Import Bank of China', aliases: ['China Exim Bank', 'Exim Bank', 'China Eximbank'], country: 'CN' },
  { id: 'organization:cn-national-peoples-congress', name: 'National People’s Congress', aliases: ["National People's Congress", 'NPC'], country: 'CN' },
  { id: 'organization:cn-ministry-of-public-security', name: 'Ministry of Public Security of China', aliases: ['Ministry of Public Security', 'MPS'], country: 'CN' },
  { id: 'organization:cn-ministry-of-foreign-affairs', name: 'Ministry of Foreign Affairs of China', aliases: ['Chinese Foreign Ministry'], country: 'CN' },
  { id: 'organization:national-assembly-of-serbia', name: 'National Assembly of Serbia', aliases: ['Serbian Parliament', 'Serbian parliament', 'Serbia’s parliament', 'Narodna skupština', 'Народна скупштина'], country: 'RS' },
  { id: 'organization:rs-ministry-of-interior', name: 'Ministry of Interior of Serbia', aliases: ['Serbian Ministry of Interior', 'MUP', 'МУП'], country: 'RS' },
  { id: 'organization:huawei', name: 'Huawei', aliases: [] },
  { id: 'organization:hikvision', name: 'Hikvision', aliases: [] },
  { id: 'organization:dahua', name: 'Dahua Technology', aliases: ['Dahua'] },
  { id: 'organization:hytera', name: 'Hytera', aliases: [] },
  { id: 'organization:zte', name: 'ZTE', aliases: [] },
  { id: 'organization:cccc', name: 'China Communications Construction Company', aliases: ['CCCC'] },
  { id: 'organization:crbc', name: 'China Road and Bridge Corporation', aliases: ['CRBC'] },
  { id: 'organization:hbis', name: 'HBIS Group', aliases: ['HBIS'] },
  { id: 'organization:zijin', name: 'Zijin', aliases: ['Zijin Mining'] },
  { id: 'organization:shandong-linglong', name: 'Shandong Linglong', aliases: ['Linglong'] },
  { id: 'organization:freedom-house', name: 'Freedom House', aliases: [] },
  { id: 'organization:safeguard-defenders', name: 'Safeguard Defenders', aliases: [] },
  { id: 'organization:world-uyghur-congress', name: 'World Uyghur Congress', aliases: ['WUC'] },
  { id: 'court:echr', name: 'European Court of Human Rights', aliases: ['ECHR', 'ECtHR', 'Strasbourg court', 'Evropski sud za ljudska prava'] },
  { id: 'court:cjeu', name: 'Court of Justice of the European Union', aliases: ['CJEU', 'European Court of Justice', 'ECJ'] },
  { id: 'court:al-tirana-municipal-court', name: 'Tirana Municipal Court', aliases: [], country: 'AL' },
  { id: 'court:ma-rabat-court-of-appeal', name: 'Rabat Court of Appeal', aliases: [], country: 'MA' },
  { id: 'court:fr-cour-de-cassation', name: 'Cour de cassation (France)', aliases: ['Cour de cassation', 'French Court of Cassation'], country: 'FR' },
];
