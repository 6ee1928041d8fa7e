// The CLI and precis/node entries, built on their own so that they can be
// tried before the main tsup.config.ts lists them:
//   npx tsup --config tsup.cli.config.ts         (into node_modules/.cache/precis-cli)
//   PRECIS_CLI=node_modules/.cache/precis-cli/cli.js npx vitest run tests/cli
// The main config should carry the same three entries (see docs/cli.md, "Building").
import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    cli: 'src/cli/index.ts',
    node: 'src/node/index.ts',
    // the worker module must sit beside the chunks that start the pool (src/node/pool.ts)
    'node-worker': 'src/node/worker.ts',
  },
  outDir: process.env.PRECIS_CLI_OUT ?? 'node_modules/.cache/precis-cli',
  format: ['esm'],
  dts: false,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
