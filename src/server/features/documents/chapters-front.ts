import { AlignmentType, HeadingLevel, Paragraph, TableOfContents, TextRun } from 'docx';
import type { DocContext } from './context.ts';
import { centered, paras } from './docx-kit.ts';

/** The plan's standing: adopted (with its regulation), under review, or a draft. */
export function standing(ctx: DocContext) {
  const { plan } = ctx.data;
  if (plan.status === 'adopted' || plan.status === 'implementing')
    return ctx.w.cover.adopted(plan.adoptionInstrument, ctx.date(plan.adoptedOn));
  return plan.status === 'review' ? ctx.w.cover.review : ctx.w.cover.draft;
}

const big = (text: string, size: number, bold = true) => new TextRun({ text, size, bold, color: '1F3864' });

/** The cover page: kind of document, the plan's title, the region, the period and its standing. */
export function cover(ctx: DocContext, kind: string) {
  const { plan, region } = ctx.data;
  return [
    centered([big(kind, 40)], 2400),
    centered([big(plan.title, 30, false)], 480),
    centered([big(region.name.toUpperCase(), 34)], 1200),
    centered([new TextRun({ text: ctx.w.cover.province(region.province), size: 26 })], 120),
    centered([new TextRun({ text: ctx.w.cover.period(plan.periodStart, plan.periodEnd), size: 26 })], 720),
    centered([new TextRun({ text: standing(ctx), size: 22, italics: true })], 1800),
    centered(
      [
        new TextRun({
          text: ctx.w.cover.generated(ctx.date(ctx.data.generatedAt) ?? ''),
          size: 18,
          color: '595959',
        }),
      ],
      240,
    ),
  ];
}

export function foreword(ctx: DocContext) {
  const { plan, region } = ctx.data;
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(ctx.w.foreword.title)],
    }),
    ...paras(ctx.w.foreword.body(region.name, plan.periodStart, plan.periodEnd)),
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      spacing: { before: 600 },
      children: [new TextRun({ text: ctx.w.foreword.signature(region.kind, ctx.regionShort), bold: true })],
    }),
  ];
}

/** A table of contents field over Heading 1–2; docx fills it from the headings, Word refreshes its page numbers. */
export function contents(ctx: DocContext) {
  return [
    new Paragraph({
      pageBreakBefore: true,
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: ctx.w.toc, bold: true, size: 30, color: '1F3864' })],
    }),
    new TableOfContents(ctx.w.toc, { hyperlink: true, headingStyleRange: '1-2' }),
  ];
}
