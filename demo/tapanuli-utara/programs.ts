import type { DemoProgram } from '../program-spec.ts';
import { BRANDING_PROGRAMS } from './programs/branding.ts';
import { ECONOMY_PROGRAMS } from './programs/economy.ts';
import { ENVIRONMENT_PROGRAMS } from './programs/environment.ts';
import { GOVERNANCE_PROGRAMS } from './programs/governance.ts';
import { LIVING_PROGRAMS } from './programs/living.ts';
import { SOCIETY_PROGRAMS } from './programs/society.ts';

/** The action programmes of the Tapanuli Utara master plan, pillar by pillar. */
export const TAPUT_PROGRAMS: DemoProgram[] = [
  ...GOVERNANCE_PROGRAMS,
  ...BRANDING_PROGRAMS,
  ...ECONOMY_PROGRAMS,
  ...LIVING_PROGRAMS,
  ...SOCIETY_PROGRAMS,
  ...ENVIRONMENT_PROGRAMS,
];
