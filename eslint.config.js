// Flat config: typescript-eslint's recommended rules plus the project's own (no `any`).
// Architecture (layers, and no cycles between files or folders) is checked by
// dependency-cruiser: .dependency-cruiser.cjs, run by `npm run lint` too.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The vendored scorer is a byte-for-byte copy of shared/tools/eia-score.mjs: not ours to lint.
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test/fixtures/spec/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  {
    // CommonJS config files (dependency-cruiser reads .cjs).
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly' } },
  },
);
