/**
 * Which social card image a page gets: articles and calculators have their own
 * (generated at build time under /og/), every other page the site card.
 */
export function socialImagePath(pathname: string): string {
  const m = /^\/(articles|calculators)\/([a-z0-9-]+)\/$/.exec(pathname);
  return m ? `/og/${m[1]}/${m[2]}.png` : '/og/site.png';
}

/** Social card size (the common 1.91:1 card). */
export const SOCIAL_IMAGE = { width: 1200, height: 630 } as const;
