import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/** The server's features: each a folder whose only door is its index.ts (ARCHITECTURE.md). */
const SERVER_MODULES = readdirSync('src/server/modules', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const DOOR = 'Use the module through its index.ts (its public face); its other files are its own (ARCHITECTURE.md).';

/** Another module's files other than its index.ts, by a relative path or by #server/modules/. */
const otherModulesInternals = (own) => {
  const other = own ? `(?!${own}/)` : '';
  return [
    { regex: `^\\.\\./${other}[a-z-]+/(?!index\\.ts$)[^/]+`, message: DOOR },
    { regex: `^(\\.\\./)*(\\./)?modules/[a-z-]+/(?!index\\.ts$)`, message: DOOR },
    { regex: `^#server/modules/${other}[a-z-]+/(?!index\\.ts$)`, message: DOOR },
  ];
};

export default tseslint.config(
  { ignores: ['dist/', 'data/', '.tmp/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.node, ...globals.browser },
      parserOptions: {
        project: ['./tsconfig.json', './src/web/tsconfig.json', './e2e/tsconfig.json'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [importX.createNodeResolver()],
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      // Type-aware: a promise nobody awaits loses its error (and, in a request, runs after the answer).
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Any import cycle: between modules (through their index.ts) and between files.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  // Files outside the TypeScript projects (this config, the start script) get no type-aware rules.
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Dependencies point inwards (DESIGN.md section 5): matching imports nothing of ours, web reaches
  // the server only through #shared contracts, shared imports nothing. (Patterns are regexes: in
  // eslint's gitignore-style patterns a leading '#' makes a comment, so '#server/*' matched nothing.)
  {
    files: ['src/matching/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(#(server|db|web|shared)/|\\.\\./(server|db|web)/)' }] },
      ],
    },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^#(server|db|web)/' }] }] },
  },
  // One door per server module: nothing outside a module imports its files other than its index.ts.
  {
    files: [
      'src/server/**/*.ts',
      'src/test/**/*.ts',
      'src/db/**/*.ts',
      'scripts/**/*.ts',
      'bench/**/*.ts',
      'e2e/**/*.ts',
    ],
    ignores: ['src/server/modules/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: otherModulesInternals(null) }] },
  },
  ...SERVER_MODULES.map((module) => ({
    files: [`src/server/modules/${module}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { patterns: otherModulesInternals(module) }] },
  })),
  {
    files: ['src/web/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(#(server|db)/|(\\.\\./)+(server|db)/)' }] }] },
  },
  // A feature may read another feature's data through its api/ hooks, never use its components; a
  // page that puts several features together lives in src/web/routes (like the home page).
  ...readdirSync('src/web/features').map((feature) => ({
    files: [`src/web/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^(#(server|db)/|(\\.\\./)+(server|db)/)' },
            {
              regex: `^#web/(routes/|features/(?!${feature}/)[^/]+/components/)`,
              message: 'Use another feature through its api/ hooks; compose features in src/web/routes.',
            },
          ],
        },
      ],
    },
  })),
);
