import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/** React, its libraries and the app's store: never in the core or an embed. */
const REACT_AND_STATE = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  '@tanstack/*',
  'zustand',
  'zustand/*',
  'echarts-for-react',
  'echarts-for-react/*',
];
/** The pages: each its own entry, none importing another. */
const PAGES = ['features/dashboard', 'features/present', 'features/review', 'embed'];
/** The pages under src/features (the embed's own rule forbids all of src/features). */
const FEATURE_PAGES = PAGES.filter((p) => p.startsWith('features/'));

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'coverage', 'tests/browser/out', '.bench'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  // Layers (README "Code layout"): each rule names what a folder may not import. Tests may reach across.
  {
    // The core: pure facts and functions, used by every page, scripts and tests. No React, no page code.
    files: ['src/data/**/*.ts', 'src/charts/**/*.ts', 'src/i18n/**/*.ts', 'src/draft/**/*.ts'],
    ignores: ['src/charts/echarts/**', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...REACT_AND_STATE], message: 'The core stays free of React and app state.' },
            {
              group: [
                '**/components/**',
                '**/features/**',
                '**/embed/**',
                '**/api/**',
                '**/app/**',
                '**/state/**',
                '**/prerender/**',
              ],
              message: 'The core may not import pages, components, the API layer or the shell.',
            },
          ],
        },
      ],
    },
  },
  {
    // An embed is one chart for a news article: no React, no dashboard code.
    files: ['src/embed/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...REACT_AND_STATE], message: 'An embed loads no React and no store.' },
            {
              group: ['**/components/**', '**/features/**', '**/app/**', '**/state/**', '**/prerender/**'],
              message:
                'An embed may not import the dashboard’s components, pages, store or build-time renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    // Pages built in advance: the dashboard's components rendered at build time (scripts/prerender.ts).
    // Node only, through Vite: no page of the browser imports it, and it imports no page.
    files: ['src/prerender/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/features/**'], message: 'Built pages are made of components, not of pages.' },
          ],
        },
      ],
    },
  },
  ...FEATURE_PAGES.map((page) => ({
    // Pages do not import one another: what two of them share lives in the core or in components.
    files: [`src/${page}/**/*.{ts,tsx}`],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: PAGES.filter((p) => p !== page).map((p) => `**/${p.replace('features/', '')}/**`),
              message: 'Pages (dashboard, deck, review, embed) do not import one another.',
            },
          ],
        },
      ],
    },
  })),
);
