// The playground in a real headless Chromium (Debian's package, driven by
// playwright-core; no browser download). Run with `npm run test:browser`
// after `npm run playground`; needs /usr/bin/chromium (apt-get install chromium).
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH, serve } from '../../examples/playground/serve.js';

const dist = join(import.meta.dirname, '../../examples/playground/dist');

describe('playground in headless Chromium', () => {
  let browser: Browser;
  let server: Server;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(join(dist, 'app.js'))) throw new Error('build the playground first: npm run playground');
    if (!existsSync(CHROMIUM_PATH)) throw new Error(`no Chromium at ${CHROMIUM_PATH}: apt-get install chromium`);
    const served = await serve(dist);
    server = served.server;
    browser = await chromium.launch({
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS, // playwright gives each launch a new empty profile
    });
    page = await browser.newPage();
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(served.url);
    await page.waitForSelector('#output .sentence');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  it('annotates the summit article: 9 sentences, no page errors', async () => {
    expect(await page.locator('#output .sentence').count()).toBe(9);
    expect(errors).toEqual([]);
  });

  it('marks the summary sentences', async () => {
    const chosen = await page.locator('#output .sentence.summary').allTextContents();
    expect(chosen).toHaveLength(3);
    expect(chosen.some((s) => s.startsWith('In a world increasingly fractured'))).toBe(true);
    expect(chosen.some((s) => s.startsWith('As the second China-Central Asia Summit convenes'))).toBe(true);
  });

  it('highlights dates with their normalized values', async () => {
    const dates = await page.locator('#output mark.date').evaluateAll((els) =>
      els.map((e) => [e.textContent, e.getAttribute('data-value')]),
    );
    expect(dates).toContainEqual(['June 16-18', '2025-06-16/2025-06-18']);
    expect(dates).toContainEqual(['2013', '2013']);
    expect(dates).toContainEqual(['2025-06-16', '2025-06-16']); // the dateline, outside any sentence
    expect(dates).toContainEqual(['three decades', 'P30Y']);
  });

  it('re-annotates when the reference date changes', async () => {
    await page.fill('#input', 'The talks end next month.');
    await page.fill('#reference', '2025-06-16');
    await page.dispatchEvent('#reference', 'change');
    const value = await page.locator('#output mark.date').first().getAttribute('data-value');
    expect(value).toBe('2025-07');
  });
});
