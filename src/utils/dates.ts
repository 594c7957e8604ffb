/** Formats a date for readers, e.g. "21 November 2026". UTC so builds are reproducible anywhere. */
export const formatDate = (date: Date): string =>
  new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' }).format(date);

/** ISO calendar date, e.g. "2026-11-21", for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
