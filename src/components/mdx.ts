import Calculator from './Calculator.astro';
import Cite from './Cite.astro';

/**
 * Components every article can use without importing them.
 * The article page passes this map to the rendered MDX.
 */
export const mdxComponents = {
  Calculator,
  Cite,
};
