import { z } from 'zod';
import { Timestamp } from '../../http/schemas.ts';

const Ordinal = z.number().int().min(1).max(1000).describe('Position in its list, from 1');
const Statement = z.string().trim().min(1).max(4000);
const Name = z.string().trim().min(2).max(200);
const Description = z.string().trim().max(4000).nullable();
/** Pillar and element keys are stable identifiers in exports, templates and URLs. */
const Key = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, 'must be a lower-case slug such as smart_mobility')
  .max(60)
  .describe('Slug unique in its parent, e.g. governance');

const tracked = {
  createdAt: Timestamp,
  updatedAt: Timestamp,
  version: z.number().int(),
};

/** The query filter shared by lists of pillar-bound records. */
export const PillarFilter = z.object({
  pillar: z.string().min(1).optional().describe('Pillar id or key'),
});

const MissionFields = {
  ordinal: Ordinal,
  text: Statement,
  rpjmdMission: z.string().trim().max(2000).nullable().describe('The RPJMD mission this one serves'),
};
export const MissionCreate = z.strictObject({
  ...MissionFields,
  rpjmdMission: MissionFields.rpjmdMission.optional(),
});
export const MissionUpdate = z.strictObject(MissionFields).partial();
export const Mission = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    ordinal: z.number().int(),
    text: z.string(),
    rpjmdMission: z.string().nullable(),
    ...tracked,
  })
  .meta({ id: 'Mission' });

const GoalFields = {
  ordinal: Ordinal,
  text: Statement,
  missionId: z.uuid().nullable().describe('A mission of the same plan'),
};
export const GoalCreate = z.strictObject({ ...GoalFields, missionId: GoalFields.missionId.optional() });
export const GoalUpdate = z.strictObject(GoalFields).partial();
export const Goal = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    missionId: z.uuid().nullable(),
    ordinal: z.number().int(),
    text: z.string(),
    ...tracked,
  })
  .meta({ id: 'Goal' });

const PillarFields = {
  key: Key,
  ordinal: Ordinal,
  nameId: Name.describe('Name in Indonesian'),
  nameEn: Name.describe('Name in English'),
  description: Description,
};
export const PillarCreate = z.strictObject({
  ...PillarFields,
  description: PillarFields.description.optional(),
});
export const PillarUpdate = z.strictObject(PillarFields).partial();
export const Pillar = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    key: z.string(),
    ordinal: z.number().int(),
    nameId: z.string(),
    nameEn: z.string(),
    description: z.string().nullable(),
    ...tracked,
  })
  .meta({ id: 'Pillar' });

export const ElementCreate = PillarCreate;
export const ElementUpdate = PillarUpdate;
export const Element = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    pillarId: z.uuid(),
    key: z.string(),
    ordinal: z.number().int(),
    nameId: z.string(),
    nameEn: z.string(),
    description: z.string().nullable(),
    ...tracked,
  })
  .meta({ id: 'Element' });

const StrategyFields = {
  pillarId: z.uuid().describe('A pillar of the same plan'),
  ordinal: Ordinal.describe('Position among the strategies of its pillar, from 1'),
  text: Statement,
};
export const StrategyCreate = z.strictObject(StrategyFields);
export const StrategyUpdate = z.strictObject(StrategyFields).partial();
export const Strategy = z
  .object({
    id: z.uuid(),
    planId: z.uuid(),
    pillarId: z.uuid(),
    ordinal: z.number().int(),
    text: z.string(),
    ...tracked,
  })
  .meta({ id: 'Strategy' });
