// ESLint flat config as the Svelte CLI (`sv add eslint prettier`) writes it, plus the project's own rules.
import { includeIgnoreFile } from '@eslint/compat';
import boundaries from 'eslint-plugin-boundaries';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import { fileURLToPath } from 'node:url';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

const gitignorePath = fileURLToPath(new URL('./.gitignore', import.meta.url));

/**
 * The layers of src/, bottom to top, written down once. A folder may import only itself and the
 * folders below it: words (text) and what people type (input) at the bottom; the tier tables and the
 * engine; the case-file checker; the link kernel and device storage; components the pages share
 * (ui/common); the features — the rules editor, the single bill, the year; the app shell; Node
 * scripts on top. Type-only imports and imports inside .svelte files count the same.
 */
const LAYERS = [
  'text',
  'input',
  'tables',
  'engine',
  'cases',
  'link',
  'device',
  'ui',
  'rules',
  'bill',
  'year',
  'app',
  'cli',
];

const layers = {
  files: ['src/**/*.ts', 'src/**/*.svelte'],
  plugins: { boundaries },
  settings: {
    'boundaries/elements': LAYERS.map((type) => ({ type, pattern: `src/${type}` })),
    'import/resolver': { node: { extensions: ['.ts', '.js', '.svelte'] } },
  },
  rules: {
    'boundaries/no-unknown-files': 'error',
    'boundaries/dependencies': [
      'error',
      {
        default: 'disallow',
        policies: [
          ...LAYERS.map((type, i) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: LAYERS.slice(0, i + 1) } } } },
          })),
          { allow: { to: { module: { origin: 'external' } } } },
        ],
      },
    ],
  },
};

export default ts.config(
  includeIgnoreFile(gitignorePath),
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  prettier,
  ...svelte.configs.prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    // typescript-eslint: no-undef is for plain JavaScript; the compiler checks names in TypeScript.
    rules: {
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: { projectService: true, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig },
    },
  },
  layers,
  {
    files: ['src/**'],
    rules: {
      // localeCompare builds the browser's collator on first use: 45–65 ms on a slow phone. Compare
      // ISO dates and ASCII keys with byIso (src/engine/iso.ts) instead.
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='localeCompare']",
          message:
            'localeCompare builds a collator (tens of ms on a phone); compare ASCII keys and ISO dates with byIso.',
        },
      ],
    },
  },
);
