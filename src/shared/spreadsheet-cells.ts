/**
 * Formula injection: a cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a
 * carriage return) is written with a leading apostrophe, so Excel and LibreOffice show it as text; plain
 * numbers such as -5 are left as they are. Every CSV and XLSX export goes through `neutraliseCell`, and
 * an import of such a file through `restoreCell`.
 */

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

export function neutraliseCell(value: string) {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** The reverse of neutraliseCell, for a file this server (or a careful spreadsheet) wrote. */
export function restoreCell(value: string) {
  return value.startsWith("'") && FORMULA_START.test(value.slice(1)) ? value.slice(1) : value;
}
