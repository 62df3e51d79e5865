/**
 * The demo pages as a reader gets them (the built bundle, the article around it), checked with
 * axe-core in light and dark.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';

type Axe = {
  run: (
    ctx: unknown,
    opts?: unknown,
  ) => Promise<{ violations: { id: string; help: string; nodes: { target: unknown }[] }[] }>;
};

async function open(path: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 768px; border: 0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & typeof globalThis;
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
  describe(`demo pages in ${scheme} mode`, () => {
    before(() => emulateMedia({ colorScheme: scheme }));
    after(() => emulateMedia({ colorScheme: 'light' }));

    for (const path of pages) {
      it(`${path} has no axe violations`, async () => {
        const frame = await open(path);
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
      const frame = await open('/demo/index.html');
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
