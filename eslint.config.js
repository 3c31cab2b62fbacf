// Flat config: typescript-eslint's recommended rules plus the project's own:
// no `any`, and layers that only point inward (see README "Layout of the code").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Directories a layer must not import from (model ← convert/extract/store ← queue ← workers/cli). */
const layerRules = [
  { files: ['src/model/**'], forbidden: ['convert', 'extract', 'store', 'pipeline', 'cli', 'workers', 'extractors'] },
  { files: ['src/convert/**'], forbidden: ['extract', 'store', 'pipeline', 'cli', 'workers', 'extractors'] },
  { files: ['src/extract/**'], forbidden: ['convert', 'store', 'pipeline', 'cli', 'workers', 'extractors'] },
  { files: ['src/store/**'], forbidden: ['convert', 'extract', 'pipeline', 'cli', 'workers', 'extractors'] },
  { files: ['extractors/**'], forbidden: ['convert', 'store', 'pipeline', 'cli', 'workers'] },
  { files: ['src/queue/**'], forbidden: ['cli', 'workers'] },
];

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
  ...layerRules.map(({ files, forbidden }) => ({
    files,
    rules: {
      'no-restricted-imports': ['error', {
        patterns: forbidden.map((dir) => ({
          group: [`**/${dir}/*`, `**/${dir}`],
          message: `layers point inward: ${files[0]} may not import from ${dir}`,
        })),
      }],
    },
  })),
);
