/**
 * Which engine runs the tests, and what the test runner can do to its page there.
 *
 * The suite runs in Chromium, Firefox and WebKit (web-test-runner.config.mjs). Only Chromium is
 * driven over CDP, the one protocol here that emulates media (`emulateMedia`: colour scheme,
 * reduced motion, print; forced colours) and snapshots the accessibility tree (`a11y-tree`).
 * Firefox is driven over WebDriver BiDi and WebKit over classic WebDriver, which have neither.
 * A test that needs one of them runs through `itIf(cdp)`/`describeIf(cdp)` and names the
 * facility in its title, e.g. "… (Chromium only: CDP print-media emulation)", so a skip in
 * another engine is never silent. Nothing else is engine-gated.
 */
import { emulateMedia, executeServerCommand } from '@web/test-runner-commands';

export type Engine = 'chromium' | 'firefox' | 'webkit';

export const { engine } = (await executeServerCommand('runner')) as { engine: Engine };

/** Chromium over CDP: media emulation and the accessibility-tree snapshot. */
export const cdp = engine === 'chromium';

/** `it` when `condition` holds, else `it.skip`: the title must say what is missing. */
export const itIf = (condition: boolean) => (condition ? it : it.skip);

/** `describe` when `condition` holds, else `describe.skip`: the title must say what is missing. */
export const describeIf = (condition: boolean) => (condition ? describe : describe.skip);

/**
 * Puts the page in the reader's light or dark mode (`prefers-color-scheme`): emulated in
 * Chromium; elsewhere the engine's own setting, which is light in the three browsers here, so
 * `colorScheme('light')` works everywhere and `colorScheme('dark')` only in Chromium. Throws if
 * the page does not end up in `scheme`, so a test never passes in the wrong mode.
 */
export async function colorScheme(scheme: 'light' | 'dark') {
  if (cdp) await emulateMedia({ colorScheme: scheme });
  if (!matchMedia(`(prefers-color-scheme: ${scheme})`).matches) {
    throw new Error(`prefers-color-scheme is not ${scheme}, and ${engine} cannot emulate it`);
  }
}

/**
 * Sets `prefers-reduced-motion` the same way: emulated in Chromium; elsewhere the engine's own
 * setting (no preference), so `reducedMotion('no-preference')` works everywhere.
 */
export async function reducedMotion(value: 'reduce' | 'no-preference') {
  if (cdp) await emulateMedia({ reducedMotion: value });
  if (!matchMedia(`(prefers-reduced-motion: ${value})`).matches) {
    throw new Error(`prefers-reduced-motion is not ${value}, and ${engine} cannot emulate it`);
  }
}

/**
 * Lays the page out in a column `width` px wide while a suite runs (a `before`/`after` pair), in
 * place of `setViewport`, which WebDriver cannot do: `layout="auto"` follows the element's own
 * width, so a 700 px column draws the list as a 700 px viewport would.
 */
export function pageWidth(width: number) {
  let was = '';
  before(() => {
    was = document.body.style.width;
    document.body.style.width = `${width}px`;
  });
  after(() => {
    document.body.style.width = was;
  });
}

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/**
 * Waits, frame by frame (at most `frames`), until `condition` holds; fails with `message` if it
 * never does. For what an engine does over a few frames (smooth scrolling, layout after a
 * resize), so the assertion is about the outcome, not about how many frames it took.
 */
export async function until(condition: () => boolean, message: string, frames = 300) {
  for (let i = 0; i < frames; i++) {
    if (condition()) return;
    await frame();
  }
  if (!condition()) throw new Error(`never happened: ${message}`);
}

/** Waits until `el` has stopped scrolling: the same scroll position three frames in a row. */
export async function scrollSettled(el: Element, frames = 300) {
  let last = `${el.scrollLeft},${el.scrollTop}`;
  let still = 0;
  for (let i = 0; i < frames && still < 3; i++) {
    await frame();
    const now = `${el.scrollLeft},${el.scrollTop}`;
    still = now === last ? still + 1 : 0;
    last = now;
  }
}
