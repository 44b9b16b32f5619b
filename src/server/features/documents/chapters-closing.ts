import { AlignmentType, type FileChild, Paragraph, TextRun } from 'docx';
import { INDICATOR_CRITERIA } from '../../../shared/domain.ts';
import { section, tableCaption } from './chapters-analysis.ts';
import type { DocContext } from './context.ts';
import { chapterHeading, para, paras, table } from './docx-kit.ts';
import { cents, decimalText } from './format.ts';
import { CHAPTER, chapter } from './outline.ts';

export function indicatorsChapter(ctx: DocContext): FileChild[] {
  const { w, data, style } = ctx;
  const n = CHAPTER.indicators;
  const i = w.indicators;
  const c = i.columns;
  const indicatorName = (x: (typeof data.indicators)[number]) =>
    ctx.lang === 'en' ? x.catalog.nameEn : x.catalog.nameId;
  const lists = data.pillars.flatMap((pillar) => {
    const own = data.indicators.filter((x) => x.pillarId === pillar.id);
    if (own.length === 0) return [];
    return [
      tableCaption(ctx, n, i.table(ctx.name(pillar))),
      table(
        [
          { title: c.code, weight: 1.4 },
          { title: c.name, weight: 3.6 },
          { title: c.unit, weight: 1.4 },
          { title: c.baseline, weight: 1.4, align: 'right' },
          { title: c.targets, weight: 1.8 },
          { title: c.producer, weight: 2.2 },
        ],
        own.map((x) => [
          x.catalog.code,
          indicatorName(x),
          x.catalog.unit,
          x.baselineValue === null ? w.none : i.baseline(decimalText(x.baselineValue, style), x.baselineYear),
          x.targets.map((t) => `${t.year}: ${decimalText(t.value, style)}`).join('\n') || w.none,
          x.producerOpdId ? ctx.opdLabel(x.producerOpdId) : w.none,
        ]),
      ),
    ];
  });
  return [
    chapterHeading(chapter(w, 'indicators')),
    para(i.intro),
    section(n, 1, i.list),
    ...(data.indicators.length === 0 ? [para(i.none)] : lists),
    section(n, 2, i.assessment),
    para(i.assessmentText),
    ...(data.indicators.length === 0
      ? [para(i.none)]
      : [
          tableCaption(ctx, n, i.assessmentTable),
          table(
            [
              { title: c.code, weight: 1.5 },
              { title: c.name, weight: 3.2 },
              ...INDICATOR_CRITERIA.map((k) => ({
                title: w.criteria[k],
                weight: 1.05,
                align: 'center' as const,
              })),
              { title: i.grade, weight: 1, align: 'center' },
            ],
            data.indicators.map((x) => [
              x.catalog.code,
              indicatorName(x),
              ...INDICATOR_CRITERIA.map((k) => {
                const score = x.assessments.find((a) => a.criterion === k)?.score;
                return score === undefined ? w.none : String(score);
              }),
              x.quality.grade ?? i.notGraded,
            ]),
          ),
        ]),
  ];
}

/** Each OPD's part in the plan: programmes led and supported, budget led, indicators whose data it produces. */
export function opdResponsibilities(ctx: DocContext) {
  const { data } = ctx;
  const budget = new Map(data.budget.byOpd.map((r) => [r.opdId, cents(r.amount)]));
  return data.opds
    .map((opd) => ({
      opd,
      leads: data.programs.filter((p) => p.leadOpdId === opd.id).length,
      supports: data.programs.filter((p) => p.supportingOpdIds.includes(opd.id)).length,
      budget: budget.get(opd.id) ?? 0n,
      indicators: data.indicators.filter((x) => x.producerOpdId === opd.id).length,
    }))
    .filter((r) => r.leads + r.supports + r.indicators > 0);
}

export function governance(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  const n = CHAPTER.governance;
  const g = w.governance;
  const rows = opdResponsibilities(ctx);
  return [
    chapterHeading(chapter(w, 'governance')),
    section(n, 1, g.institutions),
    ...paras(g.institutionsText(data.region.name)),
    section(n, 2, g.responsibilities),
    para(g.responsibilitiesText),
    tableCaption(ctx, n, g.responsibilitiesTable),
    table(
      [
        { title: g.columns.opd, weight: 4 },
        { title: g.columns.leads, weight: 1.2, align: 'right' },
        { title: g.columns.supports, weight: 1.2, align: 'right' },
        { title: g.columns.budget, weight: 2.2, align: 'right' },
        { title: g.columns.indicators, weight: 1.4, align: 'right' },
      ],
      rows.map((r) => [
        r.opd.name,
        String(r.leads),
        String(r.supports),
        ctx.money(r.budget),
        String(r.indicators),
      ]),
    ),
    section(n, 3, g.monitoring),
    ...paras(g.monitoringText),
  ];
}

export function closing(ctx: DocContext): FileChild[] {
  const { w, data } = ctx;
  return [
    chapterHeading(chapter(w, 'closing')),
    ...paras(w.closing.text(data.region.name, data.plan.periodStart, data.plan.periodEnd)),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 600 },
      children: [new TextRun({ text: w.foreword.signature(data.region.kind, ctx.regionShort), bold: true })],
    }),
  ];
}
