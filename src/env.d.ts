/// <reference types="astro/client" />

// Lets plain `tsc` (npm run check) type .ts files that import .astro components;
// Astro's own compiler checks the components themselves.
declare module '*.astro' {
  import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
  const Component: AstroComponentFactory;
  export default Component;
}

declare namespace App {
  interface Locals {
    /** Calculator islands rendered so far on this page (src/components/CalculatorIsland.astro). */
    calculatorCount?: number;
  }
}
