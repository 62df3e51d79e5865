/**
 * Print in the engines that cannot emulate print media over WebDriver (Firefox, WebKit).
 */
import { expect } from '@open-wc/testing';

/**
 * Print without print media, for engines that cannot emulate it (Firefox and WebKit over
 * WebDriver): what a browser does when it prints, as far as the element can tell. It fires
 * `beforeprint`, and the element's `@media print` rules apply: here they are copied out of their
 * media blocks into a sheet of their own, adopted after the element's, so the engine computes
 * the printed look with its own CSS (`attr()` in `content`, `display: none !important`…).
 * Called again after a test adds rules. Undone by removing the element (the sheet is its own).
 */
export function printRulesOnScreen(el: Element) {
  const root = el.shadowRoot!;
  const rules = root.adoptedStyleSheets
    .filter((sheet) => !simulated.has(sheet))
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((r): r is CSSMediaRule => r instanceof CSSMediaRule && r.media.mediaText === 'print')
    .flatMap((r) => [...r.cssRules].map((inner) => inner.cssText));
  expect(rules.length, '@media print rules found').to.be.above(0);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(rules.join('\n'));
  simulated.add(sheet);
  root.adoptedStyleSheets = [...root.adoptedStyleSheets.filter((s) => !simulated.has(s)), sheet];
}
const simulated = new WeakSet<CSSStyleSheet>();
