// One formatter for the whole build: constructing an Intl.DateTimeFormat costs about as much as
// rendering a small page, and a 1,000-article build formats 2,000 dates.
const LONG = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** Formats a date for readers, e.g. "21 November 2026". UTC so builds are reproducible anywhere. */
export const formatDate = (date: Date): string => LONG.format(date);

/** ISO calendar date, e.g. "2026-11-21", for `<time datetime>`. */
export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
