// Screenshots of the demo article for the README and for looking at what we built:
//   npm run build && node scripts/screenshots.mjs [outDir]
// Pages are served from disk through Playwright's router; nothing leaves the machine.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS, findChrome, serveRepository } from './chromium.mjs';

const root = new URL('..', import.meta.url);
const outDir = process.argv[2] ?? fileURLToPath(new URL('docs/screenshots/', root));
mkdirSync(outDir, { recursive: true });
const browser = await chromium.launch({ executablePath: findChrome(), args: [...CHROMIUM_FLAGS] });

const shots = [
  {
    page: 'demo/index.html',
    name: 'article',
    widths: [375, 1280],
    schemes: ['light', 'dark'],
    element: true,
  },
];

for (const shot of shots) {
  for (const width of shot.widths) {
    for (const colorScheme of shot.schemes) {
      const page = await browser.newPage({
        viewport: { width, height: 900 },
        colorScheme,
        deviceScaleFactor: 1,
      });
      page.on('pageerror', (e) => console.error(`${shot.page}: ${e.message}`));
      await serveRepository(page, 'http://demo.local');
      await page.goto(`http://demo.local/${shot.page}`);
      await page.waitForFunction(() => customElements.get('news-timeline'));
      await page.evaluate(() =>
        Promise.all([...document.querySelectorAll('news-timeline')].map((el) => el.updateComplete)),
      );
      const file = `${outDir}/${shot.name}-${width}-${colorScheme}.png`;
      if (shot.element) {
        const el = page.locator('news-timeline').first();
        const box = await el.boundingBox();
        await page.screenshot({
          path: file,
          fullPage: true,
          clip: {
            x: 0,
            y: Math.max(0, box.y - 24),
            width,
            height: Math.min(box.height + 48, 1600),
          },
        });
      } else {
        await page.screenshot({ path: file, fullPage: true });
      }
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
