/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import `astro:content` helpers, .astro components (Container API)
// and Preact islands the same way the site does.
export default getViteConfig({
  test: {
    benchmark: { include: ['src/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['src/**/*.test.{ts,tsx}', 'test/unit/**/*.test.{ts,tsx}', 'test/build/**/*.test.ts'],
          // These files run in Node and share their worker's modules (no fresh module graph per file), which cuts
          // Vitest's time by about a quarter. The DOM files below stay isolated: their globals must not leak here.
          isolate: false,
        },
      },
      {
        extends: true,
        test: { name: 'component', include: ['test/component/**/*.test.{ts,tsx}'] },
      },
    ],
  },
});
