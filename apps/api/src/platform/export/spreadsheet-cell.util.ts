/**
 * What a spreadsheet cell may hold. Text is the only kind a spreadsheet program could mistake
 * for a formula; numbers, dates and booleans are written as what they are.
 */
export type CellValue = string | number | Date | boolean | null | undefined;

// OWASP "CSV Injection": a cell starting with one of these may be run as a formula by Excel,
// LibreOffice or Google Sheets (tab and CR because some programs strip them and then see `=`).
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a spreadsheet program could read this text as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return text.length > 0 && FORMULA_TRIGGERS.has(text[0]);
}

/** Prefixes text that could start a formula with a single quote, so it stays text: `=1+1` → `'=1+1`. */
export function neutraliseFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}

/** A cell value safe to write: text neutralised, everything else unchanged (numbers stay numbers). */
export function safeCellValue(value: CellValue): CellValue {
  return typeof value === 'string' ? neutraliseFormula(value) : value;
}
