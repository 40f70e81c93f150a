/**
 * @module Regions for ranking precedents: a decision in a neighbouring state of the same region
 * weighs more than one far away. UN M49 sub-regions, plus the Western Balkans as used in the
 * policy literature. A country may be in several regions; two states share a region when any
 * of their regions match. Geography, not a legal claim, so it lives in code.
 */

/** Region name → ISO 3166-1 alpha-2 codes. */
export const REGIONS: Readonly<Record<string, readonly string[]>> = {
  'Western Balkans': ['AL', 'BA', 'ME', 'MK', 'RS', 'XK'],
  'Southern Europe': [
    'AD',
    'AL',
    'BA',
    'ES',
    'GI',
    'GR',
    'HR',
    'IT',
    'ME',
    'MK',
    'MT',
    'PT',
    'RS',
    'SI',
    'SM',
    'VA',
    'XK',
  ],
  'Eastern Europe': ['BG', 'BY', 'CZ', 'HU', 'MD', 'PL', 'RO', 'RU', 'SK', 'UA'],
  'Northern Europe': ['DK', 'EE', 'FI', 'GB', 'IE', 'IS', 'LT', 'LV', 'NO', 'SE'],
  'Western Europe': ['AT', 'BE', 'CH', 'DE', 'FR', 'LI', 'LU', 'MC', 'NL'],
  'Western Asia': [
    'AE',
    'AM',
    'AZ',
    'BH',
    'CY',
    'GE',
    'IL',
    'IQ',
    'JO',
    'KW',
    'LB',
    'OM',
    'QA',
    'SA',
    'SY',
    'TR',
    'YE',
  ],
  'Northern Africa': ['DZ', 'EG', 'LY', 'MA', 'SD', 'TN'],
  'South-eastern Asia': ['BN', 'ID', 'KH', 'LA', 'MM', 'MY', 'PH', 'SG', 'TH', 'TL', 'VN'],
  'Central Asia': ['KG', 'KZ', 'TJ', 'TM', 'UZ'],
  'Northern America': ['CA', 'US'],
  'Australia and New Zealand': ['AU', 'NZ'],
  'Eastern Asia': ['CN', 'HK', 'JP', 'KP', 'KR', 'MN', 'MO', 'TW'],
};

/** The regions a country belongs to. */
export function regionsOf(code: string): string[] {
  return Object.entries(REGIONS)
    .filter(([, codes]) => codes.includes(code))
    .map(([name]) => name);
}

/** The first region two countries share, or undefined. */
export function sharedRegion(a: string, b: string): string | undefined {
  const mine = regionsOf(b);
  return regionsOf(a).find((r) => mine.includes(r));
}
