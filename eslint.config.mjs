// Lint rules: ESLint's and typescript-eslint's recommended sets, with Astro's for .astro files.
// Formatting is Prettier's job (.prettierrc.json); nothing here is about layout.
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', '.tmp/', '.wrangler/', 'node_modules/', 'test-results/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // An empty catch is how this code says "storage or a browser feature may be missing, carry on".
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Unused names starting with _ are deliberate (a destructured field dropped on purpose).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
);
