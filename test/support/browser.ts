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
