// ESLint for the whole repository (run by `npm run lint` and as the first step of `npm test`). It lives beside the
// other test configs; `basePath` points its patterns at the repository root.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import astro from 'eslint-plugin-astro';
import jsxA11y from 'eslint-plugin-jsx-a11y-x';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig([
  {
    basePath: '..',
    ignores: ['**/dist/', '**/.astro/', '**/.netlify/', '**/.vercel/', '**/test-results/', '**/bench-results/'],
  },
  {
    basePath: '..',
    files: ['**/*.{js,mjs,ts,tsx}'],
    extends: [js.configs.recommended, tseslint.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Lines of code and comments at most 120 characters; a long sentence in a string is left whole.
      'max-len': [
        'error',
        { code: 120, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreUrls: true, ignoreRegExpLiterals: true },
      ],
      // Unused names are mistakes, except a deliberately ignored `_argument`.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    basePath: '..',
    files: ['src/**/*.tsx'],
    extends: [jsxA11y.configs.recommended],
  },
  { basePath: '..', extends: [astro.configs.recommended] },
]);
