// Take a screenshot of the playground with the summit article:
// `npm run playground:screenshot` → docs/playground.png.
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from './serve.js';

const { url, server } = await serve(join(import.meta.dirname, 'dist'));
const browser = await chromium.launch({
  executablePath: CHROMIUM_PATH,
  args: CHROMIUM_ARGS, // playwright gives each launch a new empty profile
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await page.goto(url);
  await page.waitForSelector('#output .sentence');
  const out = join(import.meta.dirname, '../../docs/playground.png');
  await page.screenshot({ path: out, fullPage: true });
  console.log(`screenshot: ${out}`);
} finally {
  await browser.close();
  server.close();
}
