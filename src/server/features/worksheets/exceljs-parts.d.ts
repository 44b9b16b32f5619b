/**
 * Types for the parts of exceljs 4.4 the worksheet reader uses below its streaming reader (the package
 * ships no types for them): its SAX layer, and the parsers of the workbook, its relationships and styles.
 */

interface SaxNode {
  name: string;
  attributes: Record<string, string>;
}
type SaxEvent =
  | { eventType: 'opentag'; value: SaxNode }
  | { eventType: 'closetag'; value: SaxNode }
  | { eventType: 'text'; value: string };

declare module 'exceljs/lib/utils/parse-sax.js' {
  /** Event batches, one per chunk of XML (strings or bytes). */
  export default function parseSax(
    chunks: AsyncIterable<string> | Iterable<string>,
  ): AsyncGenerator<SaxEvent[]>;
}

declare module 'exceljs/lib/utils/utils.js' {
  const utils: {
    xmlDecode(text: string): string;
    isDateFmt(format: string | undefined): boolean;
    excelToDate(serial: number, date1904?: boolean): Date;
  };
  export default utils;
}

declare module 'exceljs/lib/utils/col-cache.js' {
  const colCache: { decodeAddress(address: string): { col?: number; row?: number } };
  export default colCache;
}

declare module 'exceljs/lib/xlsx/xform/book/workbook-xform.js' {
  export default class WorkbookXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    model?: { sheets?: { name?: string; rId?: string }[] };
    map: { workbookPr: { model?: { date1904?: boolean } } };
  }
}

declare module 'exceljs/lib/xlsx/xform/core/relationships-xform.js' {
  export default class RelationshipsXform {
    parseStream(chunks: Iterable<string>): Promise<{ Id?: string; Target?: string }[] | undefined>;
  }
}

declare module 'exceljs/lib/xlsx/xform/style/styles-xform.js' {
  export default class StylesXform {
    parseStream(chunks: Iterable<string>): Promise<unknown>;
    /** The empty styles of a workbook without a styles part. */
    init(): void;
    getStyleModel(id: number): { numFmt?: string } | null;
  }
}
