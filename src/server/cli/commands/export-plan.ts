import { writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { exportPlan } from '../../features/transfer/plan-export.ts';
import { serializePlanDocument } from '../../features/transfer/plan-parts.ts';
import { action, withDatabase } from '../run.ts';

export function exportCommand(program: Command) {
  program
    .command('export')
    .description('export a plan with everything belonging to it as a rancang-plan JSON document')
    .argument('<planId>', 'id of the plan')
    .option('-o, --output <file>', 'write to this file instead of standard output')
    .action(
      action(async (planId: string, options: { output?: string }) => {
        const doc = await withDatabase((database) => exportPlan(database.db, planId));
        const text = serializePlanDocument(doc);
        const summary = `Exported plan "${doc.plan.title}" (${(doc.programs as unknown[]).length} programmes, ${Buffer.byteLength(text)} bytes)`;
        if (options.output) {
          await writeFile(options.output, text);
          console.log(`${summary} to ${options.output}`);
        } else {
          process.stdout.write(text);
          // stdout carries the document: the result line goes to stderr.
          console.warn(summary);
        }
      }),
    );
}
