import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/serve/server.js';
import { launchChromium, waitForGraph } from './support/browser.js';
import { citegraph, SAMPLE, temporaryDirectory } from './support/cli.js';

const here = '[opened from disk] ';

let browser: Browser;
let server: RunningServer;
let site: string;

beforeAll(async () => {
  const dir = temporaryDirectory();
  const graph = join(dir, 'graph.json');
  expect(citegraph(['extract', SAMPLE, '-o', graph, '-q']).status).toBe(0);
  site = join(dir, 'my site');
  expect(citegraph(['site', graph, '-o', site]).status).toBe(0);
  [browser, server] = await Promise.all([launchChromium(), startServer({ graph, port: 0 })]);
});

afterAll(async () => {
  await Promise.all([browser?.close(), server?.close()]);
});

describe('a site page opened from file://', () => {
  it(`${here}says why it cannot load its graph and how to serve its folder, instead of "Loading the graph…"`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(pathToFileURL(join(site, 'index.html')).href);
      await page.waitForFunction(() => !document.getElementById('status')!.textContent!.startsWith('Loading'), null, { timeout: 10_000 });
      const status = await page.textContent('#status');
      expect(status).toContain('opened from disk (file://)');
      expect(status).toContain(`python3 -m http.server -d "${site}"`);
      expect(status).toContain(`citegraph serve "${site}/graph.json"`);
    } finally {
      await page.close();
    }
  });

  it(`${here}says nothing of the kind when served`, async () => {
    const page = await browser.newPage();
    try {
      await page.goto(server.url);
      expect(await waitForGraph(page)).toBe('shown');
      expect(await page.textContent('#status')).not.toContain('file://');
    } finally {
      await page.close();
    }
  });
});
