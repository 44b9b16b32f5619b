import { Document, type ISectionOptions } from 'docx';
import { programSheet, workshopAppendix } from './appendices.ts';
import { introduction, readinessAnalysis, regionalProfile } from './chapters-analysis.ts';
import { closing, governance, indicatorsChapter } from './chapters-closing.ts';
import { contents, cover, foreword } from './chapters-front.ts';
import {
  actionPrograms,
  quickWinsChapter,
  roadmap,
  strategies,
  visionMissionGoals,
} from './chapters-plan.ts';
import type { Charts, DocContext } from './context.ts';
import { documentStyles } from './docx-kit.ts';
import { landscape, pageNumberFooter, portrait, runningHeader } from './page-setup.ts';

/**
 * The master plan in the standard outline: cover, foreword, table of contents, the eleven chapters and
 * the two appendices, on A4 with page numbers. Appendix A's wide programme sheet is on landscape pages.
 */
export async function masterPlanDocument(ctx: DocContext, charts: Promise<Charts>): Promise<Document> {
  const { plan } = ctx.data;
  // The chapters without a chart are written while the charts are drawn (off the main thread).
  const before = [...foreword(ctx), ...contents(ctx), ...introduction(ctx), ...regionalProfile(ctx)];
  const middle = [...visionMissionGoals(ctx), ...strategies(ctx)];
  const quickWins = quickWinsChapter(ctx);
  const after = [...indicatorsChapter(ctx), ...governance(ctx), ...closing(ctx)];
  const appendices = [programSheet(ctx), workshopAppendix(ctx)] as const;
  ctx.charts = await charts;
  const body = (children: ISectionOptions['children'], properties = portrait): ISectionOptions => ({
    properties,
    headers: runningHeader(plan.title),
    footers: pageNumberFooter(),
    children,
  });
  return new Document({
    creator: 'Rancang',
    title: plan.title,
    subject: ctx.w.cover.kind,
    description: `${ctx.data.region.name} ${plan.periodStart}–${plan.periodEnd}`,
    styles: documentStyles(ctx.w.locale),
    // Word fills in the table of contents' page numbers when it opens the file.
    features: { updateFields: true },
    sections: [
      { properties: portrait, children: cover(ctx, ctx.w.cover.kind) },
      body([
        ...before,
        ...readinessAnalysis(ctx),
        ...middle,
        ...actionPrograms(ctx),
        ...quickWins,
        ...roadmap(ctx),
        ...after,
      ]),
      body(appendices[0], landscape),
      body(appendices[1]),
    ],
  });
}
