/**
 * The demo pages as a reader gets them (the built bundle, the article around it), checked with
 * axe-core in light and dark.
 *
 * Dark: Chromium emulates a dark system over CDP. Firefox cannot over WebDriver BiDi, but a page
 * in an iframe takes its `prefers-color-scheme` from the iframe element's `color-scheme` (CSS
 * Color Adjustment), which Firefox implements: the frame asks for dark. WebKit has neither (its
 * frames keep the system's scheme), so the dark pages are not checked there.
 */
import { expect } from '@open-wc/testing';
import { cdp, colorScheme, describeIf, engine } from './helpers/runner.js';

type Axe = {
  run: (
    ctx: unknown,
    opts?: unknown,
  ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
};

async function open(path: string, scheme: 'light' | 'dark'): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  // Where the page itself is not emulated (Firefox), the frame gives the scheme to its page.
  if (!cdp) frame.style.colorScheme = scheme;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
  expect(
    win.matchMedia(`(prefers-color-scheme: ${scheme})`).matches,
    `${path} in ${scheme}`,
  ).to.equal(true);
  await win.customElements.whenDefined('news-timeline');
  for (const el of frame.contentDocument!.querySelectorAll('news-timeline')) {
    await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
  }
  return frame;
}

const pages = [
  '/demo/index.html',
  '/demo/attributes.html',
  '/demo/themes.html',
  '/demo/bad-data.html',
  '/demo/timelinejs.html',
];

for (const scheme of ['light', 'dark'] as const) {
  // Dark is not checked in WebKit: no media emulation over WebDriver, no scheme from the frame.
  const runs = scheme === 'light' || engine !== 'webkit';
  const only =
    scheme === 'dark'
      ? " (Chromium and Firefox only: CDP emulation, or the iframe's color-scheme)"
      : '';
  describeIf(runs)(`demo pages in ${scheme} mode${only}`, () => {
    before(() => (cdp ? colorScheme(scheme) : undefined));
    after(() => (cdp ? colorScheme('light') : undefined));

    for (const path of pages) {
      it(`${path} has no axe violations`, async () => {
        const frame = await open(path, scheme);
        try {
          // axe must run in the page's own realm: load it into the frame.
          const doc = frame.contentDocument!;
          const script = doc.createElement('script');
          script.src = '/node_modules/axe-core/axe.min.js';
          await new Promise((resolve, reject) => {
            script.onload = resolve;
            script.onerror = reject;
            doc.head.append(script);
          });
          const axe = (frame.contentWindow as unknown as { axe: Axe }).axe;
          const { violations } = await axe.run(doc, {
            resultTypes: ['violations'],
          });
          const summary = violations.map(
            (v) =>
              `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`,
          );
          expect(summary).to.deep.equal([]);
        } finally {
          frame.remove();
        }
      });
    }

    it('/demo/index.html shows the whole story', async () => {
      const frame = await open('/demo/index.html', scheme);
      try {
        // At this width the article's timeline breaks out of the column and draws to scale: every
        // event is a marker, and an option of the listbox that stands for the drawing.
        const el = frame.contentDocument!.querySelector('news-timeline')!;
        const axis = el.shadowRoot!.querySelector('news-timeline-axis') as HTMLElement & {
          updateComplete: Promise<boolean>;
        };
        expect(axis, 'the to-scale drawing').to.not.equal(null);
        await axis.updateComplete;
        expect(axis.shadowRoot!.querySelectorAll('[part~="marker"]').length).to.equal(26);
        expect(el.shadowRoot!.querySelectorAll('[role="option"]').length).to.equal(26);
      } finally {
        frame.remove();
      }
    });
  });
}
