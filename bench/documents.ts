/**
 * The master plan document's generation time (docs/decisions/011-master-plan-documents.md): DOCX and PDF
 * of the demo plan (Tapanuli Utara) and of a synthetic plan of 300 action programmes, on an in-memory
 * PGlite. Goal: the DOCX of 300 programmes in under 1.5 s. A DOCX time is the median of a few runs
 * after one warm-up (the first build compiles the code paths); a PDF is timed once, as LibreOffice's
 * conversion dominates it.
 *
 * Run on its own: `npx tsx bench/documents.ts [--quick]` (prints the table, writes nothing); `npm run bench`
 * runs it with the others. The PDF needs LibreOffice (`npx tsx scripts/ensure-libreoffice.ts`); without it
 * the PDF rows are left out. Quick: fewer DOCX runs and no PDF.
 */
import { pathToFileURL } from 'node:url';
import { eq } from 'drizzle-orm';
import { loadDemo } from '../demo/load.ts';
import { SAMOSIR, TAPANULI_UTARA } from '../demo/regions.ts';
import { openDatabase } from '../src/server/db/client.ts';
import { plans } from '../src/server/db/schema/plan.ts';
import { regions } from '../src/server/db/schema/region.ts';
import { buildPlanDocument, type DocumentFormat } from '../src/server/features/documents/document-service.ts';
import { findSoffice } from '../src/server/features/documents/libreoffice.ts';
import { progress } from './lib/progress.ts';
import { atMost, type BenchResult, markdownTable } from './lib/results.ts';
import { seedSyntheticPlan } from './lib/synthetic-plan.ts';

/** The goals, in milliseconds. */
const DOCX_GOAL_MS = 1500;
/** A PDF is converted by LibreOffice on request: a download that takes longer than this is a problem. */
const PDF_GOAL_MS = 20_000;
const DOCX_RUNS = 5;
const QUICK_DOCX_RUNS = 3;
const SYNTHETIC_PROGRAMMES = 300;

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

export async function documents({ quick = false }: { quick?: boolean } = {}): Promise<BenchResult[]> {
  const docxRuns = quick ? QUICK_DOCX_RUNS : DOCX_RUNS;
  const database = await openDatabase({ kind: 'pglite' });
  try {
    await database.migrate();
    progress('documents: loading the demo…');
    await loadDemo(database);
    const planOf = async (code: string) => {
      const [row] = await database.db
        .select({ id: plans.id, regionId: plans.regionId })
        .from(plans)
        .innerJoin(regions, eq(regions.id, plans.regionId))
        .where(eq(regions.code, code));
      if (!row) throw new Error(`the demo has no plan for ${code}`);
      return row;
    };
    const demo = await planOf(TAPANULI_UTARA);
    // Samosir's OPDs lead the synthetic plan's programmes; its own draft plan is left as it is.
    const synthetic = await seedSyntheticPlan(
      database.db,
      (await planOf(SAMOSIR)).regionId,
      SYNTHETIC_PROGRAMMES,
    );
    const time = async (planId: string, format: DocumentFormat) => {
      const started = performance.now();
      const cpu = process.cpuUsage();
      const file = await buildPlanDocument(database.db, planId, { kind: 'master-plan', format, lang: 'id' });
      const used = process.cpuUsage(cpu);
      return {
        ms: Math.round(performance.now() - started),
        // CPU time of this process (every thread): steadier than the wall clock on a busy machine.
        cpuMs: Math.round((used.user + used.system) / 1000),
        bytes: file.content.length,
        programs: file.programs,
      };
    };
    progress('documents: warming up');
    await time(demo.id, 'docx');
    const results: BenchResult[] = [];
    for (const [label, planId] of [
      ['demo plan (Tapanuli Utara)', demo.id],
      [`${SYNTHETIC_PROGRAMMES} programmes`, synthetic],
    ] as const) {
      const runs = [];
      for (let i = 0; i < docxRuns; i++) runs.push(await time(planId, 'docx'));
      const ms = median(runs.map((r) => r.ms));
      const { bytes, programs } = runs[0] as (typeof runs)[number];
      progress(
        `documents: DOCX of the ${label}: ${programs} programmes, ${Math.round(bytes / 1024)} KB, runs ${runs.map((r) => r.ms).join(', ')} ms (CPU ${runs.map((r) => r.cpuMs).join(', ')} ms)`,
      );
      results.push(atMost(`master plan DOCX, ${label}`, 'duration', ms, 'ms', DOCX_GOAL_MS));
    }
    if (quick) {
      progress('documents: quick run, PDF not measured');
      return results;
    }
    if (!findSoffice()) {
      progress(
        'documents: no LibreOffice, PDF not measured (npx tsx scripts/ensure-libreoffice.ts installs it)',
      );
      return results;
    }
    for (const [label, planId] of [
      ['demo plan (Tapanuli Utara)', demo.id],
      [`${SYNTHETIC_PROGRAMMES} programmes`, synthetic],
    ] as const) {
      const run = await time(planId, 'pdf');
      progress(`documents: PDF of the ${label}: ${Math.round(run.bytes / 1024)} KB in ${run.ms} ms`);
      results.push(atMost(`master plan PDF, ${label}`, 'duration', run.ms, 'ms', PDF_GOAL_MS));
    }
    return results;
  } finally {
    await database.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  documents({ quick: process.argv.includes('--quick') })
    .then((results) => console.log(`\n${markdownTable(results)}\n`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    });
}
