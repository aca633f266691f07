import { chromium, type Browser, type Page } from 'playwright-core';

/** Debian's Chromium: playwright-core never downloads a browser (`.ci/run` installs the package when missing). */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Sigma draws with WebGL: software WebGL, the same on every machine.
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];

/** A headless Chromium with a fresh profile (playwright gives every launch its own temporary user-data-dir). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Page errors and console errors (a CSP violation is one), collected from the moment the page opens. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Waits until the page has shown a graph, asked for one, or failed. */
export async function waitForGraph(page: Page): Promise<string> {
  await page.waitForFunction(() => document.documentElement.dataset.graph !== 'loading', null, { timeout: 60_000 });
  return page.evaluate(() => document.documentElement.dataset.graph ?? '');
}

/**
 * How many pixels of a PNG are close to one of some colours: a screenshot
 * decoded in a blank page, so that nothing of the page under test is involved.
 */
export async function countPixels(browser: Browser, png: Buffer, hexColors: string | readonly string[], tolerance = 12): Promise<number> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(
      async ({ base64, hexColors, tolerance }) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
        const colors = hexColors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
        let count = 0;
        for (let i = 0; i < data.length; i += 4) {
          if (colors.some(([r, g, b]) => Math.abs(data[i]! - r!) <= tolerance && Math.abs(data[i + 1]! - g!) <= tolerance && Math.abs(data[i + 2]! - b!) <= tolerance)) count++;
        }
        return count;
      },
      { base64: png.toString('base64'), hexColors: typeof hexColors === 'string' ? [hexColors] : [...hexColors], tolerance },
    );
  } finally {
    await page.close();
  }
}

/** A new page on `url`, once its graph is drawn (or it asks for one), with its errors collected. */
export async function openExplorer(browser: Browser, url: string): Promise<{ page: Page; errors: string[]; phase: string }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors = watchErrors(page);
  await page.goto(url);
  const phase = await waitForGraph(page);
  // The first frame, and the controls mounted (a big graph's only after its check, which follows its first frame).
  if (phase === 'shown') await page.waitForFunction(() => ['citegraph:frame', 'citegraph:mounted'].every((name) => performance.getEntriesByName(name).length > 0));
  return { page, errors, phase };
}

/** The graph as drawn, without the camera buttons and the side panel over it. */
export function graphScreenshot(page: Page): Promise<Buffer> {
  return page.locator('#graph').screenshot({ mask: [page.locator('#camera'), page.locator('#panel')], maskColor: '#ffffff' });
}

/** Where the camera puts a node selected from the search: the middle of the graph left of the side panel. */
export async function selectionPoint(page: Page): Promise<{ x: number; y: number }> {
  const box = (await page.locator('#graph').boundingBox())!;
  const panel = (await page.locator('#panel').boundingBox())?.width ?? 0;
  return { x: box.x + (box.width - panel) / 2, y: box.y + box.height / 2 };
}

/** How many pixels of one of sigma's 2D layers (`labels`, `hovers`, the explorer's `focus`) hold something. */
export function layerInk(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`#graph canvas.sigma-${layer}`)!;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) count++;
    return count;
  }, layer);
}

/**
 * Where a PNG holds anything but white (or, given colours, pixels close to
 * one of them): its bounding box, as fractions of the width and height.
 */
export async function inkBounds(browser: Browser, png: Buffer, hexColors: readonly string[] = [], tolerance = 12): Promise<{ left: number; top: number; right: number; bottom: number }> {
  const page = await browser.newPage();
  try {
    return await page.evaluate(async ({ base64, hexColors, tolerance }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      [canvas.width, canvas.height] = [image.width, image.height];
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
      const colors = hexColors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      const isInk = (i: number) =>
        colors.length === 0
          ? !(data[i]! > 235 && data[i + 1]! > 235 && data[i + 2]! > 235)
          : colors.some(([r, g, b]) => Math.abs(data[i]! - r!) <= tolerance && Math.abs(data[i + 1]! - g!) <= tolerance && Math.abs(data[i + 2]! - b!) <= tolerance);
      let [left, top, right, bottom] = [canvas.width, canvas.height, -1, -1];
      for (let y = 0; y < canvas.height; y++) {
        for (let x = 0; x < canvas.width; x++) {
          const i = (y * canvas.width + x) * 4;
          if (!isInk(i)) continue;
          [left, top, right, bottom] = [Math.min(left, x), Math.min(top, y), Math.max(right, x), Math.max(bottom, y)];
        }
      }
      return { left: left / canvas.width, top: top / canvas.height, right: (right + 1) / canvas.width, bottom: (bottom + 1) / canvas.height };
    }, { base64: png.toString('base64'), hexColors: [...hexColors], tolerance });
  } finally {
    await page.close();
  }
}
