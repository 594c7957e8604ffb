/**
 * One look per option, used by every chart: a colour (CSS custom properties in src/styles/tokens.css, light
 * and dark) and a line style, so an option reads the same on every chart and in greyscale (the dash
 * patterns differ; bars differ in lightness). Measures that are not options (a bad
 * year against an expected one, an input lower or higher) use the neutral `measure` look, solid or pale.
 */

/** The options a chart can show, and the neutral look of a measure that is not an option. */
export type SeriesId = 'breakFix' | 'managed' | 'inHouse' | 'coManaged' | 'hybrid' | 'measure';

/** How a series draws: its line's dash pattern ('' for solid). */
export interface SeriesStyle {
  dash: string;
}

/** The shared definition: every chart takes its series' look from here. */
export const SERIES: Record<SeriesId, SeriesStyle> = {
  breakFix: { dash: '' },
  managed: { dash: '9 4' },
  inHouse: { dash: '2 3' },
  coManaged: { dash: '10 3 2 3' },
  hybrid: { dash: '5 2' },
  measure: { dash: '' },
};

/** Bars: a full colour or a pale fill with a full-colour outline (told apart by lightness in greyscale). */
export type Tone = 'solid' | 'pale';

/** The CSS classes of a series' marks: its colour and, for bars, its tone. */
export const seriesClass = (id: SeriesId, tone: Tone = 'solid') => `s-${id}${tone === 'pale' ? ' pale' : ''}`;
