import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', retext: 'src/retext/index.ts' },
  format: ['esm'],
  dts: true,
  clean: true,
  sourcemap: true,
  target: 'node20',
  splitting: true,
  treeshake: true,
});
