/**
 * One look per option, used by every chart: a colour (CSS custom properties in src/styles/tokens.css, light
 * and dark), a line style and a marker shape, so an option reads the same on every chart and in greyscale
 * (the dash patterns and markers differ; bars differ in lightness). Measures that are not options (a bad
 * year against an expected one, an input lower or higher) use the neutral `measure` look, solid or pale.
 */

/** The options a chart can show, and the neutral look of a measure that is not an option. */
export type SeriesId = 'breakFix' | 'managed' | 'inHouse' | 'coManaged' | 'hybrid' | 'measure';

/** Marker shapes, drawn around (0, 0), 10 px across. */
export type Marker = 'circle' | 'square' | 'diamond' | 'triangle' | 'ring' | 'none';

/** How a series draws: its name, its line's dash pattern ('' for solid) and its marker. */
export interface SeriesStyle {
  name: string;
  dash: string;
  marker: Marker;
}

/** The shared definition: every chart takes its series' look from here. */
export const SERIES: Record<SeriesId, SeriesStyle> = {
  breakFix: { name: 'Break/fix', dash: '', marker: 'circle' },
  managed: { name: 'Managed', dash: '9 4', marker: 'square' },
  inHouse: { name: 'In-house IT', dash: '2 3', marker: 'diamond' },
  coManaged: { name: 'Co-managed', dash: '10 3 2 3', marker: 'triangle' },
  hybrid: { name: 'Hybrid', dash: '5 2', marker: 'ring' },
  measure: { name: '', dash: '', marker: 'none' },
};

/** SVG path data of each marker, centred on (0, 0). */
export const MARKER_PATH: Record<Marker, string> = {
  circle: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0-10,0z',
  square: 'M-4.5,-4.5h9v9h-9z',
  diamond: 'M0,-6L6,0L0,6L-6,0z',
  triangle: 'M0,-6L5.5,4.5H-5.5z',
  ring: 'M-5,0a5,5 0 1,0 10,0a5,5 0 1,0-10,0zM-2.5,0a2.5,2.5 0 1,1 5,0a2.5,2.5 0 1,1-5,0z',
  none: '',
};

/** Bars: a full colour or a pale fill with a full-colour outline (told apart by lightness in greyscale). */
export type Tone = 'solid' | 'pale';

/** The CSS classes of a series' marks: its colour and, for bars, its tone. */
export const seriesClass = (id: SeriesId, tone: Tone = 'solid') => `s-${id}${tone === 'pale' ? ' pale' : ''}`;
