/**
 * @module A small city gazetteer for the map: the cities the data set names (as `city` text
 * statements), with their country and WGS 84 coordinates (city centres, four decimals).
 * Facts about places, not claims about policing: they need no source. Add a city here when the
 * data set names a new one; an unknown city is reported, not guessed.
 */

/** A gazetteer entry. */
export interface City {
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
  /** Other spellings the data may use. */
  readonly aliases?: readonly string[];
}

/** The gazetteer. */
export const CITIES: readonly City[] = [
  // Serbia
  { name: 'Belgrade', country: 'RS', lat: 44.8176, lon: 20.4569, aliases: ['Beograd'] },
  { name: 'Novi Sad', country: 'RS', lat: 45.2671, lon: 19.8335 },
  { name: 'Niš', country: 'RS', lat: 43.3209, lon: 21.8958, aliases: ['Nis'] },
  { name: 'Kragujevac', country: 'RS', lat: 44.0128, lon: 20.9114 },
  { name: 'Smederevo', country: 'RS', lat: 44.6628, lon: 20.93 },
  { name: 'Zrenjanin', country: 'RS', lat: 45.3836, lon: 20.3819 },
  { name: 'Bor', country: 'RS', lat: 44.0749, lon: 22.0959 },
  { name: 'Pančevo', country: 'RS', lat: 44.8708, lon: 20.6403, aliases: ['Pancevo'] },
  { name: 'Subotica', country: 'RS', lat: 46.1005, lon: 19.6651 },
  { name: 'Šabac', country: 'RS', lat: 44.7489, lon: 19.6908, aliases: ['Sabac'] },
  // Western Balkans
  { name: 'Sarajevo', country: 'BA', lat: 43.8563, lon: 18.4131 },
  { name: 'Banja Luka', country: 'BA', lat: 44.7722, lon: 17.191 },
  { name: 'Mostar', country: 'BA', lat: 43.3438, lon: 17.8078 },
  { name: 'Podgorica', country: 'ME', lat: 42.4304, lon: 19.2594 },
  { name: 'Skopje', country: 'MK', lat: 41.9981, lon: 21.4254 },
  { name: 'Tirana', country: 'AL', lat: 41.3275, lon: 19.8187 },
  { name: 'Pristina', country: 'XK', lat: 42.6629, lon: 21.1655, aliases: ['Prishtina', 'Priština'] },
  // Croatia
  { name: 'Zagreb', country: 'HR', lat: 45.815, lon: 15.9819 },
  { name: 'Dubrovnik', country: 'HR', lat: 42.6507, lon: 18.0944 },
  { name: 'Split', country: 'HR', lat: 43.5081, lon: 16.4402 },
  { name: 'Zadar', country: 'HR', lat: 44.1194, lon: 15.2314 },
  { name: 'Plitvice Lakes', country: 'HR', lat: 44.8654, lon: 15.582, aliases: ['Plitvice'] },
  { name: 'Rijeka', country: 'HR', lat: 45.3271, lon: 14.4422 },
  // Europe
  { name: 'Budapest', country: 'HU', lat: 47.4979, lon: 19.0402 },
  { name: 'Prague', country: 'CZ', lat: 50.0755, lon: 14.4378, aliases: ['Praha'] },
  { name: 'Rome', country: 'IT', lat: 41.9028, lon: 12.4964, aliases: ['Roma'] },
  { name: 'Milan', country: 'IT', lat: 45.4642, lon: 9.19, aliases: ['Milano'] },
  { name: 'Prato', country: 'IT', lat: 43.8777, lon: 11.1022 },
  { name: 'Florence', country: 'IT', lat: 43.7696, lon: 11.2558, aliases: ['Firenze'] },
  { name: 'Paris', country: 'FR', lat: 48.8566, lon: 2.3522 },
  { name: 'Amsterdam', country: 'NL', lat: 52.3676, lon: 4.9041 },
  { name: 'Rotterdam', country: 'NL', lat: 51.9244, lon: 4.4777 },
  { name: 'London', country: 'GB', lat: 51.5072, lon: -0.1276 },
  { name: 'Dublin', country: 'IE', lat: 53.3498, lon: -6.2603 },
  { name: 'Madrid', country: 'ES', lat: 40.4168, lon: -3.7038 },
  { name: 'Barcelona', country: 'ES', lat: 41.3874, lon: 2.1686 },
  { name: 'Lisbon', country: 'PT', lat: 38.7223, lon: -9.1393 },
  { name: 'Berlin', country: 'DE', lat: 52.52, lon: 13.405 },
  { name: 'Frankfurt', country: 'DE', lat: 50.1109, lon: 8.6821 },
  { name: 'Vienna', country: 'AT', lat: 48.2082, lon: 16.3738, aliases: ['Wien'] },
  { name: 'Bratislava', country: 'SK', lat: 48.1486, lon: 17.1077 },
  { name: 'Warsaw', country: 'PL', lat: 52.2297, lon: 21.0122 },
  { name: 'Athens', country: 'GR', lat: 37.9838, lon: 23.7275 },
  { name: 'Piraeus', country: 'GR', lat: 37.942, lon: 23.6465 },
  { name: 'Bucharest', country: 'RO', lat: 44.4268, lon: 26.1025 },
  { name: 'Sofia', country: 'BG', lat: 42.6977, lon: 23.3219 },
  { name: 'Ljubljana', country: 'SI', lat: 46.0569, lon: 14.5058 },
  { name: 'Stockholm', country: 'SE', lat: 59.3293, lon: 18.0686 },
  { name: 'Brussels', country: 'BE', lat: 50.8503, lon: 4.3517, aliases: ['Bruxelles'] },
  { name: 'Strasbourg', country: 'FR', lat: 48.5734, lon: 7.7521 },
  { name: 'Geneva', country: 'CH', lat: 46.2044, lon: 6.1432, aliases: ['Genève'] },
  { name: 'Rabat', country: 'MA', lat: 34.0209, lon: -6.8416 },
  { name: 'Casablanca', country: 'MA', lat: 33.5731, lon: -7.5898 },
  { name: 'Toronto', country: 'CA', lat: 43.6532, lon: -79.3832 },
  { name: 'Vancouver', country: 'CA', lat: 49.2827, lon: -123.1207 },
  { name: 'New York', country: 'US', lat: 40.7128, lon: -74.006 },
  // requesting states
  { name: 'Beijing', country: 'CN', lat: 39.9042, lon: 116.4074 },
  { name: 'Shanghai', country: 'CN', lat: 31.2304, lon: 121.4737 },
  { name: 'Hong Kong', country: 'HK', lat: 22.3193, lon: 114.1694 },
  { name: 'Taipei', country: 'TW', lat: 25.033, lon: 121.5654 },
];

/** Lower case, accents folded, spaces collapsed: the key names are compared by. */
function key(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

const INDEX = new Map<string, City>();
for (const city of CITIES) for (const name of [city.name, ...(city.aliases ?? [])]) INDEX.set(key(name), city);

/**
 * Looks a city up by name or alias, ignoring case and accents.
 * @example findCity('Nis')?.name === 'Niš'
 */
export function findCity(name: string): City | undefined {
  return INDEX.get(key(name));
}
