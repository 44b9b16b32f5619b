import {
  AlignmentType,
  BorderStyle,
  HeadingLevel,
  ImageRun,
  type IStylesOptions,
  LineRuleType,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ChartImage } from './charts.ts';

/**
 * The building blocks of the documents: headings in Word's own Heading 1–3 styles (so that the table of
 * contents, the navigation pane and a PDF's outline find them), body text, lists, tables with a
 * repeated header row, figures and captions. Sizes are in twips (1/20 pt) unless said otherwise.
 */

/** A4: 210 × 297 mm. */
export const A4 = { width: 11906, height: 16838 };
/** 2.5 cm on every side. */
export const MARGIN = 1417;
export const PORTRAIT_WIDTH = A4.width - 2 * MARGIN;
export const LANDSCAPE_WIDTH = A4.height - 2 * MARGIN;

const FONT = 'Arial';
const BODY_SIZE = 22; // half-points: 11 pt
const TABLE_SIZE = 17; // 8.5 pt
const HEADER_FILL = 'D9E2F3';
export const BAR_FILL = '1C7ED6';

function tableStyle(
  id: string,
  name: string,
  paragraph: { alignment?: (typeof AlignmentType)[keyof typeof AlignmentType] },
  bold = false,
) {
  return {
    id,
    name,
    basedOn: 'Normal',
    quickFormat: true,
    run: { size: TABLE_SIZE, bold },
    paragraph: { spacing: { before: 0, after: 0, line: 240, lineRule: LineRuleType.AUTO }, ...paragraph },
  };
}

/** The styles of both documents; `language` lets Word check the spelling in the document's language. */
export const documentStyles = (language: string): IStylesOptions => ({
  default: {
    document: {
      run: { font: FONT, size: BODY_SIZE, language: { value: language } },
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    heading1: {
      run: { font: FONT, size: 30, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 240, after: 240 }, keepNext: true, outlineLevel: 0 },
    },
    heading2: {
      run: { font: FONT, size: 26, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 240, after: 120 }, keepNext: true, outlineLevel: 1 },
    },
    heading3: {
      run: { font: FONT, size: 23, bold: true, color: '2F5496' },
      paragraph: { spacing: { before: 200, after: 100 }, keepNext: true, outlineLevel: 2 },
    },
  },
  paragraphStyles: [
    tableStyle('TableText', 'Table text', {}),
    tableStyle('TableNumber', 'Table number', { alignment: AlignmentType.RIGHT }),
    tableStyle('TableCentered', 'Table centred', { alignment: AlignmentType.CENTER }),
    tableStyle('TableHeading', 'Table heading', {}, true),
    {
      id: 'Caption',
      name: 'caption',
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { size: 18, italics: true, color: '404040' },
      paragraph: { spacing: { before: 60, after: 200 }, alignment: AlignmentType.CENTER },
    },
  ],
});

/** A chapter: Heading 1, on a new page unless said otherwise (the short executive summary). */
export const chapterHeading = (text: string, newPage = true) =>
  new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: newPage, children: [new TextRun(text)] });
export const h2 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(text)] });
export const h3 = (text: string) =>
  new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(text)] });

export const para = (text: string, options: { bold?: boolean; italics?: boolean } = {}) =>
  new Paragraph({ alignment: AlignmentType.JUSTIFIED, children: [new TextRun({ text, ...options })] });

export const paras = (texts: string[]) => texts.map((t) => para(t));

export const bullets = (items: string[]) =>
  items.map((text) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(text)] }));

/** A numbered list written out (1., 2., …) with a hanging indent, independent of Word's list numbering. */
export const numbered = (items: string[]) =>
  items.map(
    (text, i) =>
      new Paragraph({
        indent: { left: 454, hanging: 454 },
        children: [new TextRun(`${i + 1}.`), new TextRun({ text: `\t${text}` })],
        tabStops: [{ type: 'left', position: 454 }],
      }),
  );

export const caption = (text: string) => new Paragraph({ style: 'Caption', children: [new TextRun(text)] });

export const centered = (children: ParagraphChild[], spacingBefore = 0) =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: spacingBefore }, children });

export function figure(image: ChartImage, title: string) {
  return [
    // Kept with its caption on one page.
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width, height: image.height },
          altText: { name: title, title, description: title },
        }),
      ],
    }),
    caption(title),
  ];
}

/** What a table cell holds: text (lines split on \n), or text with a fill colour (a Gantt bar) or a span. */
export type Cell = string | { text: string; fill?: string; bold?: boolean; span?: number };

export interface Column {
  title: string;
  /** Relative width: the columns share the table's width in proportion. */
  weight: number;
  align?: 'left' | 'right' | 'center';
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6' };
const tableBorders = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};
const cellMargins = { top: 40, bottom: 40, left: 80, right: 80 };
const cellStyle = { left: 'TableText', right: 'TableNumber', center: 'TableCentered' } as const;

/**
 * A cell with as little markup as Word needs: the look comes from the paragraph styles and the table's
 * own borders and margins, not from properties repeated in every cell. A plan of 300 programmes has
 * thousands of cells, and every element of each one costs time to write.
 */
function cell(content: Cell, style: string, header: boolean) {
  const spec = typeof content === 'string' ? { text: content } : content;
  const fill = header ? HEADER_FILL : spec.fill;
  return new TableCell({
    ...(fill ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill } } : {}),
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    // One paragraph, its lines joined by line breaks: fewer elements than a paragraph per line.
    children: [
      new Paragraph({
        style: spec.bold ? 'TableHeading' : style,
        children: spec.text
          .split('\n')
          .map((line, i) => new TextRun(i === 0 ? line : { text: line, break: 1 })),
      }),
    ],
  });
}

/**
 * A table the width of the text, its header row repeated on every page, in fixed layout (the widths
 * given are kept, so a long plan does not make Word or LibreOffice measure every cell). A row may
 * span columns with `span`; it then has fewer cells than there are columns.
 */
export function table(columns: Column[], rows: Cell[][], width = PORTRAIT_WIDTH) {
  const sum = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => Math.floor((c.weight / sum) * width));
  const body = (row: Cell[]) => {
    const cells = [];
    let column = 0;
    for (const content of row) {
      cells.push(cell(content, cellStyle[columns[column]?.align ?? 'left'], false));
      column += typeof content === 'object' && content.span ? content.span : 1;
    }
    // A row of several lines is kept on one page; a one-line row cannot split anyway.
    const tall = row.some((c) => (typeof c === 'string' ? c : c.text).includes('\n'));
    return new TableRow({ ...(tall ? { cantSplit: true } : {}), children: cells });
  };
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: tableBorders,
    margins: cellMargins,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: columns.map((c) => cell(c.title, 'TableHeading', true)),
      }),
      ...rows.map(body),
    ],
  });
}

/** A two-column table of labels and values (the region's key figures). */
export const factTable = (rows: [string, string][], header: [string, string]) =>
  table(
    [
      { title: header[0], weight: 2 },
      { title: header[1], weight: 3 },
    ],
    rows,
  );
