/**
 * What a reader sees, measured: WCAG 2.x contrast of every visible text against the background
 * actually behind it (walking up through the shadow root and the page, compositing
 * semi-transparent layers), at least 4.5:1, or 3:1 for large text; and 3:1 for what must be seen
 * without text: category swatches and markers, focus outlines, the selected event's frame.
 * The same for the built-in light, dark and automatic themes and for every house style of the
 * theme gallery (demo/themes.html), with axe in each, and under forced colours.
 */
import { expect, fixture } from '@open-wc/testing';
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';
import '../src/bundle.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import { cdp, colorScheme, describeIf } from './helpers/runner.js';
import type { TimelineDataset } from '../src/data/types.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';

// ---------------------------------------------------------------------------------------------
// Colours. A 1×1 canvas parses any CSS colour and composites layers, so `color-mix()`, `oklch()`
// and translucent colours all end up as the sRGB pixel a reader sees.

const canvas = document.createElement('canvas');
canvas.width = canvas.height = 1;
const ctx = canvas.getContext('2d', { willReadFrequently: true })!;

function pixel(layers: string[]): [number, number, number, number] {
  ctx.clearRect(0, 0, 1, 1);
  for (const layer of layers) {
    ctx.fillStyle = layer;
    ctx.fillRect(0, 0, 1, 1);
  }
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

const alpha = (colour: string) => pixel([colour])[3] / 255;

function luminance([r, g, b]: number[]): number {
  const ch = (v: number) => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
}

/** Contrast of `fg` painted over the opaque stack `bg` (bottom first). */
function contrastOver(fg: string, bg: string[]): number {
  const back = luminance(pixel(bg));
  const front = luminance(pixel([...bg, fg]));
  const [hi, lo] = [back, front].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const hex = (layers: string[]) =>
  `#${pixel(layers)
    .slice(0, 3)
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;

/** Parent in the flat tree, crossing out of shadow roots. */
function parentOf(node: Element): Element | null {
  if (node.parentElement) return node.parentElement;
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The background behind `el` (at `point`, when given): the backgrounds of it and its ancestors
 * whose boxes hold the point, bottom first, down to the first opaque one (else the page's
 * canvas, white). A gradient counts by its colour stop that contrasts least with `fg`.
 */
function backgroundOf(el: Element, fg?: string, point?: { x: number; y: number }): string[] {
  const layers: string[] = [];
  let scrolled = false;
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const style = getComputedStyle(n);
    if (point && !scrolled) {
      // An absolutely placed child can stick out of its parent: only boxes under it count. From
      // a scroll container up, everything is under it once the reader has scrolled to it.
      const r = n.getBoundingClientRect();
      const inside =
        point.x >= r.left && point.x <= r.right && point.y >= r.top && point.y <= r.bottom;
      scrolled = style.overflowX !== 'visible' || style.overflowY !== 'visible';
      if (!inside && !scrolled) continue;
    }
    const stops = style.backgroundImage.match(/(?:rgba?|color|oklab|oklch|lab|lch)\([^)]*\)/g);
    let layer = style.backgroundColor;
    if (stops && fg) {
      const below = backgroundOf(parentOf(n) ?? document.documentElement, undefined, point);
      layer = stops.reduce((worst, s) =>
        contrastOver(fg, [...below, s]) < contrastOver(fg, [...below, worst]) ? s : worst,
      );
    }
    if (alpha(layer) > 0) layers.unshift(layer);
    if (alpha(layer) === 1) return layers;
  }
  return ['#ffffff', ...layers];
}

// ---------------------------------------------------------------------------------------------
// Pairs

interface Pair {
  what: string;
  ratio: number;
  min: number;
  fg: string;
  bg: string;
}

const describeEl = (el: Element) => {
  const part = el.closest('[part]')?.getAttribute('part');
  const cls = el.getAttribute('class');
  return `${part ? `[${part}] ` : ''}${el.localName}${cls ? `.${cls.trim().split(/\s+/).join('.')}` : ''}`;
};

/** Hidden from sight: display none, invisible, transparent, or clipped to a pixel. */
function hidden(el: Element): boolean {
  if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return true;
  for (let n: Element | null = el; n; n = parentOf(n)) {
    const s = getComputedStyle(n);
    const r = n.getBoundingClientRect();
    if (s.clipPath === 'inset(50%)') return true;
    if (s.overflow !== 'visible' && (r.width <= 1 || r.height <= 1)) return true;
  }
  return false;
}

/** Every visible text in a shadow root (and the shadow roots inside it), with its contrast. */
function textPairs(root: ShadowRoot): Pair[] {
  const pairs: Pair[] = [];
  const walk = (r: ShadowRoot) => {
    const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n instanceof Element) {
        if (n.shadowRoot) walk(n.shadowRoot);
        continue;
      }
      const text = n.textContent!.trim();
      const el = n.parentElement;
      if (!text || !el || hidden(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const rect = [...range.getClientRects()].find((r) => r.width > 1 && r.height > 1);
      if (!rect) continue;
      const style = getComputedStyle(el);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      // The middle of the text, kept inside its element (an ellipsis cuts what overflows).
      const box = el.getBoundingClientRect();
      const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), hi);
      const centre = {
        x: clamp(rect.left + rect.width / 2, box.left + 1, box.right - 1),
        y: clamp(rect.top + rect.height / 2, box.top + 1, box.bottom - 1),
      };
      const bg = backgroundOf(el, style.color, centre);
      pairs.push({
        what: `${describeEl(el)} “${text.slice(0, 30)}”`,
        ratio: contrastOver(style.color, bg),
        min: large ? 3 : 4.5,
        fg: hex([...bg, style.color]),
        bg: hex(bg),
      });
    }
  };
  walk(root);
  return pairs;
}

/** Graphics that carry meaning without text: swatches, markers, the selected frame. */
function graphicPairs(root: ShadowRoot): Pair[] {
  const pairs: Pair[] = [];
  const add = (el: Element, what: string, colour: string, against: Element) => {
    const bg = backgroundOf(against);
    pairs.push({
      what: `${describeEl(el)} ${what}`,
      ratio: contrastOver(colour, bg),
      min: 3,
      fg: hex([...bg, colour]),
      bg: hex(bg),
    });
  };
  for (const el of root.querySelectorAll('.swatch, .key-swatch, .marker')) {
    if (hidden(el)) continue;
    const s = getComputedStyle(el);
    // A filled swatch shows its background; a hollow one (or a ring marker) its border.
    const fill = alpha(s.backgroundColor) > 0 && !el.classList.contains('marker');
    add(el, fill ? 'fill' : 'ring', fill ? s.backgroundColor : s.borderTopColor, parentOf(el)!);
  }
  for (const el of root.querySelectorAll('.selected')) {
    const shadow = getComputedStyle(el).boxShadow.match(/(?:rgba?|color)\([^)]*\)/g);
    for (const colour of shadow ?? []) add(el, 'selected frame', colour, el);
  }
  return pairs;
}

/** Focus outlines, each against what is just outside the focused element. */
async function focusPairs(root: ShadowRoot): Promise<Pair[]> {
  const pairs: Pair[] = [];
  const targets = [
    root.querySelector('[part~="event"]:not(.key)'),
    root.querySelector('[part~="event"].key'),
    root.querySelector('[part~="event"]:not(.key) a'),
    root.querySelector('[part~="event"].key a'),
    root.querySelector('[part~="filter"]'),
    root.querySelector('[part~="copy-link"]'),
  ].filter((el): el is HTMLElement => el instanceof HTMLElement && !hidden(el));
  for (const el of targets) {
    el.focus();
    expect(el.matches(':focus-visible'), `${describeEl(el)} shows focus`).to.equal(true);
    const s = getComputedStyle(el);
    expect(s.outlineStyle, `${describeEl(el)} outline`).not.to.equal('none');
    const bg = backgroundOf(parentOf(el)!);
    pairs.push({
      what: `${describeEl(el)} focus outline`,
      ratio: contrastOver(s.outlineColor, bg),
      min: 3,
      fg: hex([...bg, s.outlineColor]),
      bg: hex(bg),
    });
    el.blur();
  }
  return pairs;
}

const failing = (pairs: Pair[]) =>
  pairs
    .filter((p) => p.ratio < p.min)
    .map((p) => `${p.what}: ${p.fg} on ${p.bg} = ${p.ratio.toFixed(2)}:1 (needs ${p.min}:1)`);

// ---------------------------------------------------------------------------------------------
// Themes and fixtures

interface Theme {
  name: string;
  /** Attributes of the element, `theme` and the gallery's `class` among them. */
  attrs: Record<string, string>;
  scheme: 'light' | 'dark';
  /** The background must come out dark (or light): proves the theme applied. */
  dark?: boolean;
  /**
   * What is measured depends on the system's colour scheme (`theme="auto"`, a gallery page in
   * light or dark), so `scheme` must be emulated; else the timeline's own theme decides.
   */
  system?: boolean;
}

const BUILT_IN: Theme[] = [
  { name: 'theme="light"', attrs: { theme: 'light' }, scheme: 'light', dark: false },
  { name: 'theme="dark"', attrs: { theme: 'dark' }, scheme: 'dark', dark: true },
  {
    name: 'theme="auto", system light',
    attrs: { theme: 'auto' },
    scheme: 'light',
    dark: false,
    system: true,
  },
  {
    name: 'theme="auto", system dark',
    attrs: { theme: 'auto' },
    scheme: 'dark',
    dark: true,
    system: true,
  },
];

const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** The gallery's house styles: the CSS shown beside each timeline, and its attributes. */
async function galleryThemes(): Promise<{ css: string; themes: Theme[]; unapplied: string[] }> {
  const response = await fetch('/demo/themes.html');
  if (!response.ok) throw new Error(`demo/themes.html: HTTP ${response.status}`);
  const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
  const pageCss = norm([...doc.querySelectorAll('style')].map((s) => s.textContent).join('\n'));
  const css: string[] = [];
  const themes: Theme[] = [];
  const unapplied: string[] = [];
  for (const el of doc.querySelectorAll('news-timeline')) {
    const section = el.closest('section')!;
    const shown = section.querySelector('code.language-css')?.textContent ?? '';
    // What the reader is shown must be what the page applies.
    if (!shown || !pageCss.includes(norm(shown))) unapplied.push(el.className);
    css.push(shown);
    const attrs = Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));
    const name = section.querySelector('h2')!.textContent!.trim();
    for (const scheme of ['light', 'dark'] as const) {
      themes.push({ name: `gallery "${name}", page ${scheme}`, attrs, scheme, system: true });
    }
  }
  return { css: css.join('\n'), themes, unapplied };
}

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The same timeline in the states a reader can meet, each rendered in `theme`. */
interface Variant {
  name: string;
  /** Added to the theme's attributes; `null` removes one. */
  attrs: Record<string, string | null>;
  data?: unknown;
  /** Parts whose text must be among the pairs measured: proves the walk saw them. */
  parts: string[];
  after?: (el: NewsTimeline) => Promise<void> | void;
}

const NOT_KEY = 'ctr-lawsuit-filed';
const brokenData = {
  ...irsIce,
  events: [...irsIce.events, { ...irsIce.events[0], id: 'broken-date', date: '2025-02-30' }],
};

const VARIANTS: Variant[] = [
  {
    name: 'the list, one event selected',
    attrs: { layout: 'vertical', selected: NOT_KEY, filters: null },
    parts: [
      'heading',
      'description',
      'legend',
      'year',
      'date',
      'badge',
      'title',
      'summary',
      'people',
      'sources',
      'footer',
    ],
  },
  {
    name: 'filters (some off) and copy-link buttons',
    attrs: { layout: 'vertical', filters: '', permalinks: '', categories: 'court lawsuit' },
    parts: ['filter', 'copy-link'],
  },
  {
    name: 'the notice, opened',
    attrs: { layout: 'vertical' },
    data: brokenData,
    parts: ['notice'],
    after: async (el) => {
      el.shadowRoot!.querySelector('details')!.open = true;
      await el.updateComplete;
    },
  },
  { name: 'the error box', attrs: {}, data: { title: 'x' }, parts: ['error'] },
  { name: 'no matching event', attrs: { from: '1990-01', to: '1990-02' }, parts: ['empty'] },
  {
    name: 'the horizontal layout, one event selected',
    attrs: { layout: 'horizontal', selected: NOT_KEY },
    parts: ['heading'],
  },
];

async function render(theme: Theme, variant: Variant): Promise<NewsTimeline> {
  const attrs = { ...theme.attrs, ...variant.attrs };
  const list = Object.entries(attrs)
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .map(([k, v]) => (v === '' ? k : `${k}="${escapeAttr(v)}"`))
    .join(' ');
  const wrapper = await fixture<HTMLDivElement>(
    `<div style="width: 960px"><news-timeline ${list}></news-timeline></div>`,
  );
  const el = wrapper.querySelector('news-timeline')!;
  if (variant.data !== undefined) el.data = variant.data as TimelineDataset;
  await el.updateComplete;
  await variant.after?.(el);
  await new Promise((r) => requestAnimationFrame(r));
  return el;
}

const quiet = async <T>(fn: () => Promise<T>): Promise<T> => {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return await fn();
  } finally {
    console.warn = warn;
  }
};

function checkDarkness(theme: Theme, el: NewsTimeline) {
  if (theme.dark === undefined) return;
  const bg = luminance(pixel(backgroundOf(el)));
  expect(bg < 0.18, `${theme.name}: background luminance ${bg.toFixed(3)}`).to.equal(theme.dark);
}

// ---------------------------------------------------------------------------------------------

// Mocha collects suites synchronously, so the gallery is read before they are declared.
const gallery = await galleryThemes();
const galleryStyle = document.createElement('style');
galleryStyle.textContent = gallery.css;

before(() => document.head.append(galleryStyle));
after(async () => {
  galleryStyle.remove();
  await colorScheme('light');
});

describe('theme gallery (demo/themes.html)', () => {
  it('has three house styles, each in a light and a dark page', () => {
    expect(new Set(gallery.themes.map((t) => t.attrs.class)).size).to.equal(3);
    expect(gallery.themes.length).to.equal(6);
  });

  it('shows each house style with exactly the CSS the page applies', () => {
    expect(gallery.unapplied).to.deep.equal([]);
  });
});

for (const theme of [...BUILT_IN, ...gallery.themes]) themeSuite(theme);

function themeSuite(theme: Theme) {
  // A dark system must be emulated: Chromium only. In Firefox and WebKit (no media emulation over
  // WebDriver) the system is light, which is all a theme that sets its own scheme needs.
  const darkSystem = theme.system && theme.scheme === 'dark';
  const only = darkSystem ? ' (Chromium only: CDP prefers-color-scheme emulation)' : '';
  describeIf(cdp || !darkSystem)(`<news-timeline> contrast, ${theme.name}${only}`, () => {
    before(() => colorScheme(cdp ? theme.scheme : 'light'));

    it('keeps every visible text at 4.5:1, or 3:1 when large, against its background', async () => {
      const problems: string[] = [];
      for (const variant of VARIANTS) {
        const el = await quiet(() => render(theme, variant));
        if (variant === VARIANTS[0]) checkDarkness(theme, el);
        const pairs = textPairs(el.shadowRoot!);
        const seen = new Set(pairs.map((p) => p.what.match(/^\[([^\]]+)\]/)?.[1].split(' ')[0]));
        for (const part of variant.parts) {
          expect(seen.has(part), `${variant.name}: text of part "${part}" measured`).to.equal(true);
        }
        problems.push(...failing(pairs).map((f) => `${variant.name}: ${f}`));
      }
      expect(problems).to.deep.equal([]);
    });

    it('measures the text of key-event cards on the surface colour, and the links', async () => {
      const el = await render(theme, VARIANTS[0]);
      const pairs = textPairs(el.shadowRoot!);
      const keyCard = el.shadowRoot!.querySelector('[part~="event"].key')!;
      const surface = hex(backgroundOf(keyCard));
      const onKeyCards = pairs.filter((p) => /^\[[^\]]*\]/.test(p.what) && p.bg === surface);
      expect(onKeyCards.length, `texts on ${surface}`).to.be.above(4);
      expect(pairs.filter((p) => / a “/.test(p.what)).length).to.be.above(20);
    });

    it('keeps swatches, markers, focus outlines and the selected frame at 3:1', async () => {
      const problems: string[] = [];
      for (const variant of VARIANTS.slice(0, 2)) {
        const el = await render(theme, variant);
        const pairs = [...graphicPairs(el.shadowRoot!), ...(await focusPairs(el.shadowRoot!))];
        expect(pairs.length, variant.name).to.be.above(10);
        problems.push(...failing(pairs).map((f) => `${variant.name}: ${f}`));
      }
      expect(problems).to.deep.equal([]);
    });

    it('has no axe violations', async () => {
      for (const variant of VARIANTS.slice(0, 3)) {
        const el = await quiet(() => render(theme, variant));
        await expect(el).to.be.accessible();
      }
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Forced colours (Windows High Contrast and the like): the page's colours are replaced by the
// reader's system colours, box shadows are dropped; what carries meaning must survive.

/**
 * Turns forced colours on or off. `emulateMedia({ forcedColors })` does it under a Playwright
 * launcher; the puppeteer launcher this project uses passes on only the colour scheme and reduced
 * motion, so the config's `emulate-forced-colors` command is tried next. Resolves to whether the
 * page now matches `(forced-colors: <value>)`.
 */
async function forceColors(value: 'active' | 'none'): Promise<boolean> {
  const query = `(forced-colors: ${value})`;
  await emulateMedia({ forcedColors: value });
  if (matchMedia(query).matches) return true;
  try {
    await executeServerCommand('emulate-forced-colors', { forcedColors: value });
  } catch {
    // No such command in this runner's config.
  }
  return matchMedia(query).matches;
}

const SYSTEM_COLOURS = [
  'AccentColor',
  'AccentColorText',
  'ActiveText',
  'ButtonBorder',
  'ButtonFace',
  'ButtonText',
  'Canvas',
  'CanvasText',
  'Field',
  'FieldText',
  'GrayText',
  'Highlight',
  'HighlightText',
  'LinkText',
  'Mark',
  'MarkText',
  'SelectedItem',
  'SelectedItemText',
  'VisitedText',
];

/** The computed values of the system colours now (they change with forced colours). */
function systemColours(): Set<string> {
  const probe = document.createElement('span');
  document.body.append(probe);
  const values = new Set(
    SYSTEM_COLOURS.map((c) => {
      probe.style.color = c;
      return getComputedStyle(probe).color;
    }),
  );
  probe.remove();
  return values;
}

interface Mark {
  what: string;
  colour: string;
}

/** What outlines an element: outline, borders, shadows, and those of its ::before and ::after. */
function decorations(el: Element): Mark[] {
  const marks: Mark[] = [];
  for (const pseudo of [null, '::before', '::after']) {
    const s = getComputedStyle(el, pseudo);
    if (pseudo && s.content === 'none') continue;
    const at = pseudo ?? '';
    if (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) {
      marks.push({ what: `${at} outline`, colour: s.outlineColor });
    }
    for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
      const style = s.getPropertyValue(`border-${side.toLowerCase()}-style`);
      const width = parseFloat(s.getPropertyValue(`border-${side.toLowerCase()}-width`));
      if (style !== 'none' && style !== 'hidden' && width > 0) {
        marks.push({
          what: `${at} border-${side}`,
          colour: s.getPropertyValue(`border-${side.toLowerCase()}-color`),
        });
      }
    }
    for (const c of s.boxShadow.match(/(?:rgba?|color)\([^)]*\)/g) ?? []) {
      marks.push({ what: `${at} box-shadow`, colour: c });
    }
    if (pseudo && alpha(s.backgroundColor) > 0) {
      marks.push({ what: `${at} background`, colour: s.backgroundColor });
    }
  }
  return marks;
}

/** Problems with a colour that must show under forced colours. */
function forcedProblem(
  what: string,
  colour: string,
  against: Element,
  system: Set<string>,
): string | null {
  const bg = hex(backgroundOf(against));
  if (alpha(colour) === 0) return `${what}: transparent`;
  if (!system.has(colour)) return `${what}: ${colour} is not a system colour`;
  if (hex([bg, colour]) === bg) return `${what}: ${colour} is the background colour`;
  return null;
}

const FORCED_THEMES = [
  BUILT_IN[0],
  BUILT_IN[1],
  ...gallery.themes.filter((t) => t.scheme === 'light'),
];

// Skipped in Firefox and WebKit: they cannot emulate forced colours over WebDriver (and WebKit
// has no forced-colours mode at all).
const FORCED = '<news-timeline> under forced colours (Chromium only: CDP forced-colours emulation)';
describeIf(cdp)(FORCED, function () {
  let system: Set<string>;

  before(async function () {
    if (!(await forceColors('active'))) {
      throw new Error('forced colours could not be emulated (the emulate-forced-colors command)');
    }
    system = systemColours();
  });

  after(() => forceColors('none'));

  for (const theme of FORCED_THEMES) {
    describe(theme.name, () => {
      let el: NewsTimeline;
      let root: ShadowRoot;

      beforeEach(async () => {
        el = await render(theme, VARIANTS[0]);
        root = el.shadowRoot!;
      });

      it('keeps the markers, the rail and the badges’ borders in visible system colours', () => {
        const problems: string[] = [];
        for (const item of root.querySelectorAll('.item')) {
          const marker = item.querySelector('.marker')!;
          problems.push(
            forcedProblem('marker', getComputedStyle(marker).borderTopColor, item, system) ?? '',
            forcedProblem(
              'rail',
              getComputedStyle(item, '::before').backgroundColor,
              item,
              system,
            ) ?? '',
          );
        }
        for (const badge of root.querySelectorAll('[part~="badge"]')) {
          const s = getComputedStyle(badge);
          expect(s.borderTopStyle, 'badge border').not.to.equal('none');
          problems.push(forcedProblem('badge border', s.borderTopColor, badge, system) ?? '');
        }
        expect([...new Set(problems.filter(Boolean))]).to.deep.equal([]);
      });

      it('shows the focus outline in a visible system colour', () => {
        const card = root.querySelector<HTMLElement>(`[part~="event"][data-id="${NOT_KEY}"]`)!;
        card.focus();
        const s = getComputedStyle(card);
        expect(s.outlineStyle).not.to.equal('none');
        expect(forcedProblem('focus outline', s.outlineColor, parentOf(card)!, system)).to.equal(
          null,
        );
      });

      // Box shadows are dropped under forced colours: the selected event keeps a frame in the
      // system's Highlight colour instead.
      it('marks the selected event in a visible system colour', () => {
        const selected = root.querySelector(`[part~="event"][data-id="${NOT_KEY}"]`)!;
        const other = [...root.querySelectorAll('[part~="event"]:not(.key)')].find(
          (e) => e !== selected,
        )!;
        const plain = new Set(decorations(other).map((m) => `${m.what} ${m.colour}`));
        const own = decorations(selected).filter((m) => !plain.has(`${m.what} ${m.colour}`));
        expect(own.length, 'a mark only the selected event has').to.be.above(0);
        expect(own.map((m) => forcedProblem(m.what, m.colour, selected, system))).to.include(null);
      });

      it("has no axe violations apart from colour contrast, which the reader's palette sets", async () => {
        // axe takes the text colour from -webkit-text-fill-color, which forced colours leave
        // as the page set it, and the background from the forced background-color, so every
        // light-on-dark theme "fails" (dequelabs/axe-core#3978). The markers, outlines and
        // frames that must stay visible are checked above instead.
        await expect(el).to.be.accessible({ ignoredRules: ['color-contrast'] });
      });
    });
  }
});
