/**
 * @module The words a screening profile uses: groups, charge categories, stages, asylum statuses
 * and INTERPOL notices. Plain lists with no dependencies, so the web form offers exactly the
 * values the profile schema accepts.
 */

/** Groups a person may belong to, as far as they bear on persecution risk. */
export const GROUPS = [
  'uyghur',
  'tibetan',
  'kazakh',
  'falun_gong',
  'christian',
  'muslim',
  'hong_kong_activist',
  'taiwanese_national',
  'dissident',
  'human_rights_defender',
  'journalist',
  'lawyer',
  'lgbtiq',
  'other',
] as const;

/** Charge categories, so rules can reason about them; `as_stated` keeps the request's wording. */
export const CHARGE_CATEGORIES = [
  'economic_crime',
  'fraud',
  'corruption',
  'embezzlement',
  'tax_evasion',
  'money_laundering',
  'terrorism',
  'separatism',
  'national_security',
  'state_secrets',
  'subversion',
  'espionage',
  'violent_crime',
  'drug_trafficking',
  'organized_crime',
  'cybercrime',
  'other',
] as const;

/** Where the proceedings stand. */
export const STAGES = [
  'arrested',
  'first_instance',
  'appeal',
  'final_court',
  'ministerial_decision',
  'international_complaint',
  'surrendered',
  'released',
] as const;

/** Asylum or refugee status in the host state. */
export const ASYLUM_STATUSES = ['none', 'pending', 'recognised', 'rejected', 'unhcr_mandate'] as const;

/** INTERPOL notices the requesting state may have issued. */
export const INTERPOL_NOTICES = ['none', 'red_notice', 'diffusion', 'other'] as const;
