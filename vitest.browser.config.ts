import { defineConfig } from 'vitest/config';

// `npm run test:browser`: the playground in headless Chromium (kept out of `npm test`:
// it needs Debian's chromium package, which a fresh machine does not have).
export default defineConfig({
  test: { include: ['tests/browser/**/*.browser.ts'], testTimeout: 60_000 },
});
