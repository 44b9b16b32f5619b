import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * `soffice --convert-to pdf` lays a DOCX out but never updates its table of contents, so the PDF's TOC
 * had its entries without page numbers. Instead the conversion runs this Basic macro: it opens the
 * document hidden, updates every index once the layout is known (entries from the headings' outline
 * levels), and exports the PDF. The macro lives in the throw-away LibreOffice profile of that one
 * conversion, as the user's Standard library.
 */
const MODULE = `Sub ToPdf(source As String, target As String)
  On Error GoTo Failed
  Dim load(0) As New com.sun.star.beans.PropertyValue
  load(0).Name = "Hidden"
  load(0).Value = True
  doc = StarDesktop.loadComponentFromURL(ConvertToURL(source), "_blank", 0, load())
  indexes = doc.getDocumentIndexes()
  For i = 0 To indexes.getCount() - 1
    index = indexes.getByIndex(i)
    index.CreateFromOutline = True
    index.update()
  Next i
  Dim store(0) As New com.sun.star.beans.PropertyValue
  store(0).Name = "FilterName"
  store(0).Value = "writer_pdf_Export"
  doc.storeToURL(ConvertToURL(target), store())
Failed:
  If Not IsNull(doc) And Not IsEmpty(doc) Then doc.close(True)
End Sub
`;

const escapeXml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const DOCTYPE = (root: string, dtd: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE ${root} PUBLIC "-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "${dtd}">\n`;

const libraries = `${DOCTYPE('library:libraries', 'libraries.dtd')}<library:libraries xmlns:library="http://openoffice.org/2000/library" xmlns:xlink="http://www.w3.org/1999/xlink">
 <library:library library:name="Standard" library:link="false"/>
</library:libraries>
`;

const library = (elements: string) =>
  `${DOCTYPE('library:library', 'library.dtd')}<library:library xmlns:library="http://openoffice.org/2000/library" library:name="Standard" library:readonly="false" library:passwordprotected="false">${elements}</library:library>
`;

/** Write the macro into the LibreOffice profile at `profile` (the `-env:UserInstallation` folder). */
export async function writePdfMacro(profile: string) {
  const basic = join(profile, 'user', 'basic');
  await mkdir(join(basic, 'Standard'), { recursive: true });
  await Promise.all([
    writeFile(join(basic, 'script.xlc'), libraries),
    writeFile(join(basic, 'dialog.xlc'), libraries),
    writeFile(join(basic, 'Standard', 'script.xlb'), library('\n <library:element library:name="Pdf"/>\n')),
    writeFile(join(basic, 'Standard', 'dialog.xlb'), library('')),
    writeFile(
      join(basic, 'Standard', 'Pdf.xba'),
      `${DOCTYPE('script:module', 'module.dtd')}<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Pdf" script:language="StarBasic">${escapeXml(MODULE)}</script:module>
`,
    ),
  ]);
}

/** The command-line argument that runs the macro on `source`, writing the PDF to `target`. */
export const pdfMacroCall = (source: string, target: string) =>
  `macro:///Standard.Pdf.ToPdf("${source}","${target}")`;
