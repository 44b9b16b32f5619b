import { Document, type FileChild } from 'docx';
import { FUNDING_SOURCES } from '../../../shared/domain.ts';
import { figureWithCaption } from './chapters-analysis.ts';
import { cover } from './chapters-front.ts';
import { budgetGrid, years } from './chapters-plan.ts';
import type { Charts, DocContext } from './context.ts';
import { bullets, chapterHeading, documentStyles, factTable, numbered, para, table } from './docx-kit.ts';
import { cents, fixed } from './format.ts';
import { pageNumberFooter, portrait, runningHeader } from './page-setup.ts';

/** How many quick wins the summary names; the rest are counted. */
const QUICK_WINS_LISTED = 10;
/** The summary has no chapters: its figures are numbered 1, 2, … */
const SUMMARY = '';

function keyFigures(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const f = w.summary.figures;
  const average = data.readinessSummary.overallAverage;
  const leads = new Set(data.programs.map((p) => p.leadOpdId)).size;
  return [
    chapterHeading(w.summary.keyFigures, false),
    factTable(
      [
        [f.programs, String(data.programs.length)],
        [f.quickWins, String(data.programs.filter((p) => p.isQuickWin).length)],
        [f.budget, ctx.money(data.budget.total)],
        [f.opds, String(leads)],
        [f.indicators, String(data.indicators.length)],
        [f.readiness, average === null ? w.none : `${fixed(average, 2, style)} / 5`],
      ],
      [f.period, `${data.plan.periodStart}–${data.plan.periodEnd}`],
    ),
  ];
}

function visionMission(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  return [
    chapterHeading(w.summary.visionMission, false),
    para(data.plan.vision ?? w.vision.noVision, {
      italics: Boolean(data.plan.vision),
      bold: Boolean(data.plan.vision),
    }),
    ...(data.missions.length === 0
      ? [para(w.vision.noMissions)]
      : numbered(data.missions.map((m) => m.text))),
  ];
}

function pillars(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const c = w.summary.pillarColumns;
  const readiness = new Map(data.readinessSummary.pillars.map((p) => [p.pillarId, p.average]));
  return [
    chapterHeading(w.summary.pillars, false),
    table(
      [
        { title: c.pillar, weight: 3 },
        { title: c.programs, weight: 1.2, align: 'right' },
        { title: c.quickWins, weight: 1.2, align: 'right' },
        { title: c.budget, weight: 2.6, align: 'right' },
        { title: c.readiness, weight: 1.2, align: 'right' },
      ],
      data.budget.pillars.map((p) => {
        const avg = readiness.get(p.pillarId) ?? null;
        return [
          ctx.name(p),
          String(p.programCount),
          String(p.quickWinCount),
          ctx.money(p.budgetTotal),
          avg === null ? w.none : fixed(avg, 2, style),
        ];
      }),
    ),
    ...figureWithCaption(ctx, SUMMARY, ctx.charts.pillars, w.programs.chart),
  ];
}

function quickWins(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const all = data.programs.filter((p) => p.isQuickWin);
  const listed = all.slice(0, QUICK_WINS_LISTED);
  return [
    chapterHeading(w.summary.quickWins, false),
    ...(all.length === 0
      ? [para(w.quickWins.none)]
      : [
          ...bullets(listed.map((p) => `${p.code} ${p.title} (${p.leadOpdName}, ${years(p)})`)),
          ...(all.length > listed.length ? [para(w.summary.moreQuickWins(all.length - listed.length))] : []),
        ]),
  ];
}

function budget(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const { grid } = budgetGrid(ctx);
  const total = cents(data.budget.total);
  const bySource = FUNDING_SOURCES.map((source) => ({
    source,
    amount: [...grid.values()].reduce((s, row) => s + (row.get(source) ?? 0n), 0n),
  })).filter((r) => r.amount > 0n);
  const share = (amount: bigint) =>
    total === 0n ? w.none : `${fixed(Number((amount * 10000n) / total) / 100, 2, style)}%`;
  return [
    chapterHeading(w.summary.budget, false),
    para(w.roadmap.budgetText(ctx.money(total))),
    ...figureWithCaption(ctx, SUMMARY, ctx.charts.years, w.roadmap.chart),
    table(
      [
        { title: w.summary.source, weight: 3 },
        { title: w.summary.budget, weight: 2.5, align: 'right' },
        { title: w.summary.share, weight: 1.2, align: 'right' },
      ],
      [
        ...bySource.map((r) => [w.sources[r.source], ctx.money(r.amount), share(r.amount)]),
        [
          { text: w.total, bold: true },
          { text: ctx.money(total), bold: true },
          total === 0n ? w.none : '100%',
        ],
      ],
    ),
  ];
}

/** The executive summary: a few pages for the regent and the council, from the same data as the plan. */
export async function summaryDocument(ctx: DocContext, charts: Promise<Charts>): Promise<Document> {
  ctx.charts = await charts;
  const { plan } = ctx.data;
  return new Document({
    creator: 'Rancang',
    title: `${ctx.w.summary.title}: ${plan.title}`,
    subject: ctx.w.cover.summaryKind,
    styles: documentStyles(ctx.w.locale),
    sections: [
      { properties: portrait, children: cover(ctx, ctx.w.cover.summaryKind) },
      {
        properties: portrait,
        headers: runningHeader(plan.title),
        footers: pageNumberFooter(),
        children: [
          ...keyFigures(ctx),
          ...visionMission(ctx),
          ...pillars(ctx),
          ...quickWins(ctx),
          ...budget(ctx),
          chapterHeading(ctx.w.summary.nextSteps, false),
          ...numbered(ctx.w.summary.nextStepsText),
        ],
      },
    ],
  });
}
