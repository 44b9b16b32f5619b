import type { Db } from '../../db/client.ts';
import { readSnapshot } from '../../db/snapshot.ts';
import { slug } from '../documents/format.ts';
import { planLayout } from './layout.ts';
import { loadPlanState } from './plan-state.ts';
import { type WorksheetLanguage, wordsFor } from './words.ts';
import { writeWorkbook } from './workbook-writer.ts';

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export interface BuiltWorksheet {
  fileName: string;
  contentType: string;
  content: Buffer;
  /** How many action programmes the workbook carries. */
  programs: number;
}

/** A plan's workbook for offline group work, read in one snapshot; 404 for an unknown plan. */
export async function buildWorksheet(
  db: Db,
  planId: string,
  lang: WorksheetLanguage,
): Promise<BuiltWorksheet> {
  const state = await readSnapshot(db, (tx) => loadPlanState(tx, planId));
  const words = wordsFor(lang);
  const content = await writeWorkbook(state, planLayout(state, words, lang));
  return {
    fileName: `${words.fileName}-${slug(state.region.name)}.xlsx`,
    contentType: XLSX_CONTENT_TYPE,
    content,
    programs: state.programs.length,
  };
}
