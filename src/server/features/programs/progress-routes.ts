import type { FastifyInstance } from 'fastify';
import { programProgress, programs } from '../../db/schema/program.ts';
import type { FieldError } from '../../errors.ts';
import { registerResource } from '../../http/resource.ts';
import { programFrame } from './lookup-repository.ts';
import { Progress, ProgressCreate, ProgressUpdate } from './progress-schema.ts';

/** Progress reports after adoption: plain records under their programme, inside its years. */
export function progressRoutes(app: FastifyInstance) {
  registerResource(app, {
    entity: 'progress',
    plural: 'Progress',
    tag: 'Programmes',
    table: programProgress,
    // Progress is what the public follows; the OPD leading the programme reports it.
    access: { kind: 'programProgress', read: 'read', write: 'contribute' },
    parent: {
      entity: 'program',
      table: programs,
      path: '/programs/:id/progress',
      inherit: (p) => ({ programId: p.id }),
    },
    itemPath: '/program-progress',
    record: Progress,
    create: ProgressCreate,
    update: ProgressUpdate,
    orderBy: [programProgress.year, programProgress.quarter, programProgress.createdAt, programProgress.id],
    check: async (tx, candidate) => {
      const errors: FieldError[] = [];
      const frame = await programFrame(tx, candidate.programId as string);
      const year = candidate.year as number;
      if (frame && (year < frame.startYear || year > frame.endYear))
        errors.push({
          field: 'year',
          in: 'body',
          message: `must be inside the programme years ${frame.startYear}–${frame.endYear}`,
        });
      return errors;
    },
    scope: async (tx, row) => {
      const frame = await programFrame(tx, row.programId as string);
      return { planId: frame?.planId ?? null, regionId: frame?.regionId ?? null };
    },
  });
}
