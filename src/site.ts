/** Site-wide names and navigation, in one place so layouts, feeds and embeds agree. */
export const SITE_NAME = 'IT Support, Explained';
export const SITE_TAGLINE = 'Break/fix or managed services? Honest answers and calculators for small businesses.';

/** Main navigation, in header order. */
export const NAV = [
  { href: '/articles/', label: 'Articles' },
  { href: '/calculators/', label: 'Calculators' },
  { href: '/glossary/', label: 'Glossary' },
] as const;

/** Footer links. */
export const FOOTER_NAV = [
  { href: '/sources/', label: 'Sources' },
  { href: '/faq/', label: 'FAQ' },
  { href: '/about/', label: 'About' },
  { href: '/embed/', label: 'How to embed a calculator' },
] as const;
