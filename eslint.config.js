import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'data/', '.tmp/', 'node_modules/', 'test-results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    files: ['src/web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  // Dependencies point inwards (DESIGN.md section 5): matching imports nothing of ours, web reaches
  // the server only through #shared contracts, shared imports nothing. (Patterns are regexes: in
  // eslint's gitignore-style patterns a leading '#' makes a comment, so '#server/*' matched nothing.)
  { files: ['src/matching/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(#(server|db|web|shared)/|\\.\\./(server|db|web)/)' }] }] } },
  { files: ['src/shared/**/*.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^#(server|db|web)/' }] }] } },
  { files: ['src/web/**/*.{ts,tsx}'], rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^(#(server|db)/|(\\.\\./)+(server|db)/)' }] }] } },
  // A feature may read another feature's data through its api/ hooks, never use its components; a
  // page that puts several features together lives in src/web/routes (like the home page).
  ...readdirSync('src/web/features').map((feature) => ({
    files: [`src/web/features/${feature}/**/*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(#(server|db)/|(\\.\\./)+(server|db)/)' }, { regex: `^#web/(routes/|features/(?!${feature}/)[^/]+/components/)`, message: 'Use another feature through its api/ hooks; compose features in src/web/routes.' }] },
      ],
    },
  })),
);
