import {
  AlignmentType,
  Footer,
  Header,
  type ISectionOptions,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import { A4, MARGIN } from './docx-kit.ts';

type Properties = NonNullable<ISectionOptions['properties']>;

const margin = { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: 709, footer: 709 };

export const portrait: Properties = {
  page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin },
};

/** A landscape A4 section: given as the portrait size, docx writes it turned (297 mm wide). */
export const landscape: Properties = {
  page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin },
};

/** The plan's title in small print at the top of every page after the cover. */
export const runningHeader = (title: string) => ({
  default: new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ text: title, size: 16, color: '7F7F7F' })],
      }),
    ],
  }),
});

/** The page number, centred at the foot of every page after the cover. */
export const pageNumberFooter = () => ({
  default: new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
      }),
    ],
  }),
});
