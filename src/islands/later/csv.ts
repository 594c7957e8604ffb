/**
 * CSV export: a calculator's report as rows (its results, then every input as the reader sees it, with
 * units, then the link that restores them), as text spreadsheets open safely, downloaded without a server.
 * Loaded on the first export only (its own chunk: astro.config.mjs, src/build-output/README.md).
 */
import type { Calc } from '../lib/useCalculator';
import { reportValue } from '../lib/report-value';

/** One CSV row. */
export type Row = readonly (string | number)[];

/**
 * One cell: numbers as plain text; text starting with = + - @ (or tab/CR) gets a leading apostrophe
 * so a spreadsheet shows it instead of running it as a formula; quotes where CSV needs them.
 */
export function csvCell(value: string | number): string {
  // A number is written as a number (a negative one too: a spreadsheet reads -0.81 as data, not a formula).
  if (typeof value === 'number') return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '';
  let s = value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 says). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/**
 * The whole export of a calculator: its own rows (results, yearly totals, break-even, series), then
 * "Input,Value" with each input formatted with its unit ($150/h, 29%, 2 h; ./report-value.ts), then the link.
 */
export function calculatorCsv(c: Calc, rows: readonly Row[]): string {
  const inputs = c.specs.map((s): Row => [s.label, reportValue(c, s)]);
  return toCsv([...rows, [], ['Input', 'Value'], ...inputs, [], ['Link with these numbers', c.link()]]);
}

/** Offer text as a file download. */
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
