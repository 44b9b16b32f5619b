import { z } from 'zod';
import { REVIEW_STATUSES } from '../../../shared/domain.ts';
import { Timestamp } from '../../http/schemas.ts';
import { Program } from './schema.ts';

export const ProgramReviewCreate = z.strictObject({
  verdict: z.enum(REVIEW_STATUSES).describe('Becomes the programme’s reviewStatus'),
  comment: z.string().trim().min(1).max(4000).nullable().optional(),
  author: z
    .string()
    .trim()
    .min(2)
    .max(200)
    .optional()
    .describe('The facilitator’s name; the signed-in user when left out'),
  programVersion: z
    .number()
    .int()
    .min(1)
    .optional()
    .describe('The programme version reviewed; a stale one is refused with 409 and the current programme'),
});
export type ProgramReviewCreate = z.output<typeof ProgramReviewCreate>;

export const ProgramReview = z
  .object({
    id: z.uuid(),
    programId: z.uuid(),
    verdict: z.enum(REVIEW_STATUSES),
    comment: z.string().nullable(),
    author: z.string(),
    createdAt: Timestamp,
  })
  .meta({ id: 'ProgramReview', description: 'A facilitator’s verdict on an action programme' });

export const ProgramReviewResult = z
  .object({
    review: ProgramReview,
    program: Program.describe('The programme with its new status and version'),
  })
  .meta({ id: 'ProgramReviewResult' });
