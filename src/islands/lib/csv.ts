/** CSV export: rows to text that spreadsheets open safely, and a download without a server. */

/**
 * One cell: numbers as plain text; text starting with = + - @ (or tab/CR) gets a leading apostrophe
 * so a spreadsheet shows it instead of running it as a formula; quotes where CSV needs them.
 */
export function csvCell(value: string | number): string {
  let s = typeof value === 'number' ? (Number.isFinite(value) ? String(Math.round(value * 100) / 100) : '') : value;
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Rows to CSV text (CRLF line ends, as RFC 4180 says). */
export function toCsv(rows: readonly (readonly (string | number)[])[]): string {
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
