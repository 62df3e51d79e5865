// Screenshots of the demo article for the README and for looking at what we built:
//   npm run build && node scripts/screenshots.mjs [outDir]
// Pages are served from disk through Playwright's router; nothing leaves the machine.
import { mkdirSync, readFileSync, existsSync } from 'node:fs';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = new URL('..', import.meta.url);
const outDir = process.argv[2] ?? fileURLToPath(new URL('docs/screenshots/', root));
mkdirSync(outDir, { recursive: true });
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

const executablePath = [
  process.env.CHROME_PATH,
  '/usr/bin/chromium',
  '/usr/bin/google-chrome',
].find((p) => p && existsSync(p));
const browser = await chromium.launch({
  executablePath,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});

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
      await page.route('http://demo.local/**', (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname);
        const file = fileURLToPath(new URL(`.${path}`, root));
        if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
        return route.fulfill({
          contentType: types[extname(file)] ?? 'application/octet-stream',
          body: readFileSync(file),
        });
      });
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
