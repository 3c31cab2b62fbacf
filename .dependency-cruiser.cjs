/**
 * Architecture rules, checked by `npm run lint` (dependency-cruiser):
 * - no import cycle between files, and none between folders (a folder that imports another
 *   folder which imports it back is one tangle, whatever the files say);
 * - layers point inward only: model ← convert / extract / store ← queue ← workers / cli,
 *   with the templates (extractors/) on top of extract, and evaluation (src/eval) beside the
 *   CLI: training and scoring code that no runtime code imports.
 * Every folder named here exists; test/unit/architecture.test.ts proves the rules bite.
 */
/** Folders under src/ (and the top-level ones) that a layer may not import. */
const layers = [
  { from: 'src/model/', forbidden: ['src/convert', 'src/extract', 'src/store', 'src/queue', 'src/eval', 'src/diff', 'src/cli', 'workers', 'extractors'] },
  { from: 'src/convert/', forbidden: ['src/extract', 'src/store', 'src/queue', 'src/eval', 'src/cli', 'workers', 'extractors'] },
  { from: 'src/extract/', forbidden: ['src/convert', 'src/store', 'src/queue', 'src/eval', 'src/cli', 'workers', 'extractors'] },
  { from: 'src/store/', forbidden: ['src/convert', 'src/extract', 'src/queue', 'src/eval', 'src/cli', 'workers', 'extractors'] },
  { from: 'extractors/', forbidden: ['src/convert', 'src/store', 'src/queue', 'src/eval', 'src/cli', 'workers'] },
  { from: 'src/queue/', forbidden: ['src/extract', 'src/eval', 'src/cli', 'workers', 'extractors'] },
  { from: 'workers/', forbidden: ['src/eval', 'src/cli'] },
  { from: 'src/eval/', forbidden: ['src/convert', 'src/store', 'src/queue', 'src/cli', 'workers'] },
  { from: 'src/forms/', forbidden: ['src/convert', 'src/queue', 'src/eval', 'src/cli', 'workers', 'extractors'] },
  { from: 'src/diff/', forbidden: ['src/convert', 'src/extract', 'src/store', 'src/queue', 'src/eval', 'src/cli', 'workers', 'extractors'] },
];

module.exports = {
  forbidden: [
    {
      name: 'no-file-cycle',
      severity: 'error',
      comment: 'files import each other, directly or through others',
      from: {},
      to: { circular: true },
    },
    {
      name: 'no-folder-cycle',
      severity: 'error',
      comment: 'folders import each other: move the shared piece below both',
      scope: 'folder',
      from: {},
      to: { circular: true },
    },
    ...layers.map(({ from, forbidden }) => ({
      name: `layers:${from.replace(/\/$/, '')}`,
      severity: 'error',
      comment: `layers point inward: ${from} may not import ${forbidden.join(', ')}`,
      from: { path: `(^|/)${from}` },
      to: { path: `(^|/)(${forbidden.join('|')})/` },
    })),
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'an import that resolves to nothing',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|node_modules|coverage)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
    },
  },
};
