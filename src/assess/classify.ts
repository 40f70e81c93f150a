/**
 * @module Matching the record's free-text charges and groups (our own short words in the data
 * set) to the profile's categories, so precedents can be ranked by shared charge or group. The
 * patterns are deliberately broad; a match is shown as a reason, never used silently.
 */
import type { ChargeCategory, Group } from './profile.js';

const CHARGE_PATTERNS: readonly [ChargeCategory, RegExp][] = [
  ['fraud', /fraud|swindl/i],
  ['embezzlement', /embezzl|misappropriat/i],
  ['corruption', /corrupt|graft|brib/i],
  ['economic_crime', /economic|financial|fraud|embezzl|graft|corrupt|tax|launder/i],
  ['tax_evasion', /tax/i],
  ['money_laundering', /launder/i],
  ['terrorism', /terror|extremis/i],
  ['separatism', /separatis|splitting the (state|country)/i],
  ['national_security', /national security|subversi|state power/i],
  ['state_secrets', /state secret|espionage|spying/i],
  ['espionage', /espionage|spying/i],
  ['drug_trafficking', /drug|narcotic/i],
  ['violent_crime', /murder|homicide|assault|robbery|violent/i],
  ['cybercrime', /cyber|telecom|online/i],
  ['organized_crime', /organi[sz]ed crime|gang|mafia/i],
];

/** Charge categories a free-text charge matches. */
export function chargeCategories(text: string): ChargeCategory[] {
  return CHARGE_PATTERNS.filter(([, re]) => re.test(text)).map(([c]) => c);
}

/** Economic categories: the way the PRC often frames requests (legal-framework §1.9). */
export const ECONOMIC_CHARGES: readonly ChargeCategory[] = [
  'economic_crime',
  'fraud',
  'corruption',
  'embezzlement',
  'tax_evasion',
  'money_laundering',
];

/** Charges that are political on their face or routinely used against political targets. */
export const POLITICAL_CHARGES: readonly ChargeCategory[] = [
  'separatism',
  'national_security',
  'state_secrets',
  'subversion',
  'espionage',
  'terrorism',
];

const GROUP_PATTERNS: readonly [Group, RegExp][] = [
  ['uyghur', /uy(g|gh)ur/i],
  ['tibetan', /tibet/i],
  ['kazakh', /kazakh/i],
  ['falun_gong', /falun/i],
  ['hong_kong_activist', /hong kong/i],
  ['taiwanese_national', /taiwan/i],
  ['dissident', /dissident|democracy party|activist|opposition/i],
  ['human_rights_defender', /human rights defender|rights activist/i],
  ['journalist', /journalist|reporter/i],
  ['christian', /christian|church/i],
  ['muslim', /muslim|islam/i],
];

/** Groups a free-text group or description matches. */
export function groupsIn(text: string): Group[] {
  return GROUP_PATTERNS.filter(([, re]) => re.test(text)).map(([g]) => g);
}

/** Groups at documented risk of persecution by the PRC (Uyghurs, Tibetans, Falun Gong, activists…). */
export const PERSECUTED_GROUPS: readonly Group[] = [
  'uyghur',
  'tibetan',
  'kazakh',
  'falun_gong',
  'hong_kong_activist',
  'taiwanese_national',
  'dissident',
  'human_rights_defender',
  'journalist',
  'lawyer',
];
