import type { FileChild } from 'docx';
import { FUNDING_SOURCES, type FundingSource } from '../../../shared/domain.ts';
import type { ProgramRecord } from '../programs/repository.ts';
import { figureWithCaption, section, tableCaption } from './chapters-analysis.ts';
import type { DocContext } from './context.ts';
import { BAR_FILL, type Cell, chapterHeading, h3, numbered, para, table } from './docx-kit.ts';
import { cents } from './format.ts';
import { CHAPTER, chapter } from './outline.ts';

export function visionMissionGoals(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.vision;
  const v = w.vision;
  const missionText = (m: (typeof data.missions)[number]) =>
    m.rpjmdMission ? `${m.text} (${v.rpjmdMission(m.rpjmdMission)})` : m.text;
  return [
    chapterHeading(chapter(w, 'vision')),
    section(n, 1, v.vision),
    para(data.plan.vision ?? v.noVision, {
      bold: Boolean(data.plan.vision),
      italics: Boolean(data.plan.vision),
    }),
    section(n, 2, v.missions),
    ...(data.missions.length === 0
      ? [para(v.noMissions)]
      : [para(v.missionsText), ...numbered(data.missions.map(missionText))]),
    section(n, 3, v.goals),
    ...(data.goals.length === 0
      ? [para(v.noGoals)]
      : [
          tableCaption(ctx, n, v.goalsTable),
          table(
            [
              { title: w.number, weight: 0.5, align: 'right' },
              { title: v.goalColumns.goal, weight: 6 },
              { title: v.goalColumns.mission, weight: 1.3 },
            ],
            data.goals.map((g, i) => {
              const mission = ctx.missionNumber(g.missionId);
              return [String(i + 1), g.text, mission === null ? w.none : v.missionNumber(mission)];
            }),
          ),
        ]),
  ];
}

export function strategies(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.strategy;
  return [
    chapterHeading(chapter(w, 'strategy')),
    para(w.strategy.intro),
    ...data.pillars.flatMap((pillar, i) => {
      const own = data.strategies.filter((s) => s.pillarId === pillar.id).map((s) => s.text);
      return [
        section(n, i + 1, ctx.name(pillar)),
        ...(own.length === 0 ? [para(w.strategy.none)] : numbered(own)),
      ];
    }),
  ];
}

export const years = (p: ProgramRecord) =>
  p.startYear === p.endYear ? String(p.startYear) : `${p.startYear}–${p.endYear}`;

export function actionPrograms(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.programs;
  const c = w.programs.columns;
  const columns = [
    { title: c.code, weight: 1.1 },
    { title: c.title, weight: 4.2 },
    { title: c.lead, weight: 2.4 },
    { title: c.horizon, weight: 0.8, align: 'center' as const },
    { title: c.years, weight: 1.2, align: 'center' as const },
    { title: c.budget, weight: 2, align: 'right' as const },
    { title: c.quickWin, weight: 0.9, align: 'center' as const },
  ];
  const row = (p: ProgramRecord): Cell[] => [
    p.code,
    p.title,
    p.leadOpdName,
    w.programs.horizon(p.horizon),
    years(p),
    ctx.money(p.budgetTotal),
    p.isQuickWin ? w.yes : '',
  ];
  const quickWins = data.programs.filter((p) => p.isQuickWin).length;
  return [
    chapterHeading(chapter(w, 'programs')),
    para(w.programs.intro(data.programs.length, quickWins, ctx.money(data.budget.total))),
    ...figureWithCaption(ctx, n, ctx.charts.pillars, w.programs.chart),
    ...data.pillars.flatMap((pillar, i) => {
      const ofPillar = data.programs.filter((p) => p.pillarId === pillar.id);
      const total = data.budget.pillars.find((s) => s.pillarId === pillar.id)?.budgetTotal ?? '0';
      const elements = data.elements.filter((e) => e.pillarId === pillar.id);
      return [
        section(n, i + 1, ctx.name(pillar)),
        para(
          ofPillar.length === 0
            ? w.programs.noPillarPrograms
            : w.programs.pillarText(ofPillar.length, ctx.money(total)),
        ),
        ...elements.flatMap((element) => {
          const own = ofPillar.filter((p) => p.elementId === element.id);
          return [
            h3(ctx.name(element)),
            ...(own.length === 0
              ? [para(w.programs.noPrograms)]
              : [
                  tableCaption(ctx, n, w.programs.elementTable(ctx.name(element))),
                  table(columns, own.map(row)),
                ]),
          ];
        }),
      ];
    }),
  ];
}

export function quickWinsChapter(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.quickWins;
  const c = w.quickWins.columns;
  const all = data.programs.filter((p) => p.isQuickWin);
  return [
    chapterHeading(chapter(w, 'quickWins')),
    para(all.length === 0 ? w.quickWins.none : w.quickWins.intro(all.length)),
    ...data.pillars.flatMap((pillar, i) => {
      const own = all.filter((p) => p.pillarId === pillar.id);
      if (own.length === 0) return [];
      return [
        section(n, i + 1, ctx.name(pillar)),
        tableCaption(ctx, n, w.quickWins.table(ctx.name(pillar))),
        table(
          [
            { title: c.code, weight: 1.1 },
            { title: c.title, weight: 3.5 },
            { title: c.lead, weight: 2.2 },
            { title: c.years, weight: 1.1, align: 'center' },
            { title: c.budget, weight: 1.9, align: 'right' },
            { title: c.output, weight: 3 },
          ],
          own.map((p) => [
            p.code,
            p.title,
            p.leadOpdName,
            years(p),
            ctx.money(p.budgetTotal),
            p.output ?? '',
          ]),
        ),
      ];
    }),
  ];
}

/** The plan's years, widened to any year a budget line or a programme names outside the period. */
export function roadmapYears(ctx: DocContext) {
  const { plan } = ctx.data;
  const all = new Set<number>();
  for (let y = plan.periodStart; y <= plan.periodEnd; y++) all.add(y);
  for (const r of ctx.data.budget.byYearSource) if (r.year !== undefined) all.add(r.year);
  return [...all].sort((a, b) => a - b);
}

/** Budget per year and source in cents, and the sources that carry any amount (in the declared order). */
export function budgetGrid(ctx: DocContext) {
  const grid = new Map<number, Map<FundingSource, bigint>>();
  for (const r of ctx.data.budget.byYearSource) {
    if (r.year === undefined || r.source === undefined) continue;
    const row = grid.get(r.year) ?? new Map<FundingSource, bigint>();
    row.set(r.source, (row.get(r.source) ?? 0n) + cents(r.amount));
    grid.set(r.year, row);
  }
  const used = FUNDING_SOURCES.filter((s) => [...grid.values()].some((row) => (row.get(s) ?? 0n) > 0n));
  return { grid, sources: used, years: roadmapYears(ctx) };
}

/**
 * A programme's years as a bar over the year columns: an empty span before it, the shaded span of its
 * years, an empty span after (three cells at most, rather than one per year).
 */
export function ganttCells(allYears: number[], start: number, end: number): Cell[] {
  const first = allYears.findIndex((y) => y >= start);
  const from = first === -1 ? allYears.length : first;
  const to = allYears.filter((y) => y <= end).length;
  const spans: Cell[] = [];
  if (from > 0) spans.push({ text: '', span: from });
  if (to > from) spans.push({ text: '', span: to - from, fill: BAR_FILL });
  if (allYears.length > Math.max(from, to))
    spans.push({ text: '', span: allYears.length - Math.max(from, to) });
  return spans;
}

export function roadmap(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.roadmap;
  const { grid, sources, years: allYears } = budgetGrid(ctx);
  const cellOf = (year: number, source: FundingSource) => grid.get(year)?.get(source) ?? 0n;
  const yearTotal = (year: number) => sources.reduce((s, src) => s + cellOf(year, src), 0n);
  const sourceTotal = (source: FundingSource) => allYears.reduce((s, y) => s + cellOf(y, source), 0n);
  const budgetRows: Cell[][] = [
    ...allYears.map((year) => [
      String(year),
      ...sources.map((s) => ctx.money(cellOf(year, s))),
      { text: ctx.money(yearTotal(year)), bold: true },
    ]),
    [
      { text: w.total, bold: true },
      ...sources.map((s) => ({ text: ctx.money(sourceTotal(s)), bold: true })),
      { text: ctx.money(data.budget.total), bold: true },
    ],
  ];
  const schedule = data.pillars.flatMap((pillar) => {
    const own = data.programs.filter((p) => p.pillarId === pillar.id);
    if (own.length === 0) return [];
    return [
      tableCaption(ctx, n, w.roadmap.scheduleTable(ctx.name(pillar))),
      table(
        [
          { title: w.programs.columns.code, weight: 1.3 },
          { title: w.roadmap.program, weight: 4.5 },
          ...allYears.map((y) => ({ title: String(y).slice(2), weight: 0.42, align: 'center' as const })),
        ],
        own.map((p) => [p.code, p.title, ...ganttCells(allYears, p.startYear, p.endYear)]),
      ),
    ];
  });
  return [
    chapterHeading(chapter(w, 'roadmap')),
    section(n, 1, w.roadmap.budget),
    para(w.roadmap.budgetText(ctx.money(data.budget.total))),
    ...figureWithCaption(ctx, n, ctx.charts.years, w.roadmap.chart),
    tableCaption(ctx, n, w.roadmap.table),
    table(
      [
        { title: w.roadmap.year, weight: 0.9 },
        ...sources.map((s) => ({ title: w.sources[s], weight: 2, align: 'right' as const })),
        { title: w.total, weight: 2.2, align: 'right' },
      ],
      budgetRows,
    ),
    section(n, 2, w.roadmap.schedule),
    para(w.roadmap.scheduleText),
    ...schedule,
  ];
}
