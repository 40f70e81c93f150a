/**
 * @module The rules a brief applies, one file per legal ground, in their declared order.
 */
import type { Rule } from './types.js';
import { deathPenaltyRule } from './death-penalty.js';
import { echrArt3Rule } from './echr-art3.js';
import { echrArt5Rule } from './echr-art5-detention.js';
import { echrArt6Rule } from './echr-art6-fair-trial.js';
import { euCharterRule } from './eu-charter.js';
import { hongKongRule } from './hong-kong-nsl.js';
import { hostRecordRule } from './host-record.js';
import { interpolRule } from './interpol-notice.js';
import { politicalOffenceRule } from './political-offence.js';
import { refugeeRule } from './refugee-convention.js';
import { treatyStatusRule } from './treaty-status.js';
import { uncatRule } from './uncat-art3.js';

export type { AssessContext, DraftFinding, OpenQuestion, Rule, RuleResult } from './types.js';

/** Every rule, in the order the brief lists rules of equal effect. */
export const RULES: readonly Rule[] = [
  treatyStatusRule,
  echrArt3Rule,
  uncatRule,
  refugeeRule,
  politicalOffenceRule,
  deathPenaltyRule,
  echrArt6Rule,
  hongKongRule,
  echrArt5Rule,
  hostRecordRule,
  euCharterRule,
  interpolRule,
];
