import { defineConfig } from 'tsup';

export default defineConfig({
  // Each extractor is an entry of its own so the build keeps it in its own
  // file: with "sideEffects": false, an application that imports only
  // `segment` bundles none of them (scripts/size.ts checks this).
  entry: {
    index: 'src/index.ts',
    retext: 'src/retext/index.ts',
    'lib/dates': 'src/dates/index.ts',
    'lib/keyphrases': 'src/keyphrases/index.ts',
    'lib/summary': 'src/summary/index.ts',
    'lib/analyze': 'src/analyze.ts',
    // Node-only: the batch API, its worker (found next to node.js) and the CLI
    node: 'src/node/index.ts',
    'node-worker': 'src/node/worker.ts',
    cli: 'src/cli/index.ts',
  },
  format: ['esm'],
  // types for the public entry points only (package.json "exports"): the
  // lib/* entries are build chunks, not import paths
  dts: { entry: { index: 'src/index.ts', retext: 'src/retext/index.ts', node: 'src/node/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
