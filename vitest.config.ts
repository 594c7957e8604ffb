/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can import `astro:content` helpers, .astro components (Container API)
// and Preact islands the same way the site does.
export default getViteConfig({
  test: {
    include: [
      'src/**/*.test.{ts,tsx}',
      'test/unit/**/*.test.{ts,tsx}',
      'test/component/**/*.test.{ts,tsx}',
      'test/build/**/*.test.ts',
    ],
    benchmark: { include: ['src/**/*.bench.ts', 'test/bench/**/*.bench.ts'] },
    environment: 'node',
    testTimeout: 60_000,
  },
});
