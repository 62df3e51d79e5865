/**
 * What assistive technology gets, read from the browser's accessibility tree (Chromium's whole
 * tree, through the `a11y-tree` command of web-test-runner.config.mjs), not only from axe.
 * Chromium only: the snapshot comes over CDP; WebDriver BiDi (Firefox) and WebDriver (WebKit)
 * have no way to read the accessibility tree. axe runs in all three engines elsewhere.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/bundle.js';
import { irsIce } from '../src/datasets/irs-ice.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import { cdp, describeIf, pageWidth } from './helpers/runner.js';

interface AXNode {
  role: string;
  name: string;
  level?: number;
  children?: AXNode[];
}

async function tree(): Promise<AXNode> {
  return (await executeServerCommand('a11y-tree')) as AXNode;
}

function find(node: AXNode, test: (n: AXNode) => boolean): AXNode | null {
  return all(node, test)[0] ?? null;
}

function all(node: AXNode, test: (n: AXNode) => boolean, out: AXNode[] = []): AXNode[] {
  if (test(node)) out.push(node);
  for (const child of node.children ?? []) all(child, test, out);
  return out;
}

// Skipped in Firefox and WebKit: no accessibility-tree snapshot over WebDriver (see above).
describeIf(cdp)('accessibility tree (Chromium only: CDP accessibility-tree snapshot)', () => {
  // A phone-to-tablet width: layout="auto" draws the vertical list these tests are about.
  pageWidth(700);

  it('exposes a region named by the heading, holding a list of every event', async () => {
    await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const snapshot = await tree();
    const region = find(snapshot, (n) => n.role === 'region' && n.name === irsIce.title);
    expect(region, 'region landmark').to.not.equal(null);
    const lists = all(region!, (n) => n.role === 'list');
    const list = lists.find(
      (l) => (l.children ?? []).filter((c) => c.role === 'listitem').length > 10,
    )!;
    expect(list.children!.filter((c) => c.role === 'listitem')).to.have.length(
      irsIce.events.length,
    );
    const headings = all(region!, (n) => n.role === 'heading');
    expect(headings[0]).to.include({ name: irsIce.title, level: 2 });
    expect(headings.filter((h) => h.level === 3).map((h) => h.name)).to.deep.equal([
      '2025',
      '2026',
    ]);
  });

  it('names each event by its date and headline', async () => {
    await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const snapshot = await tree();
    const mou = irsIce.events.find((e) => e.id === 'mou-signed')!;
    const article = find(
      snapshot,
      (n) => n.role === 'article' && n.name.startsWith('April 7, 2025'),
    );
    expect(article?.name).to.equal(`April 7, 2025 ${mou.title}`);
  });

  it('says what each source link is: publisher and date, and that it opens a new tab', async () => {
    await fixture<NewsTimeline>(html`<news-timeline></news-timeline>`);
    const snapshot = await tree();
    const links = all(snapshot, (n) => n.role === 'link').map((l) => l.name);
    expect(links).to.include('CNN (via KVIA), April 8, 2025 (opens in a new tab)');
    expect(links).to.include('Public Citizen (opens in a new tab)');
  });

  it('exposes the filter toggles as pressed or not', async () => {
    await fixture<NewsTimeline>(html`<news-timeline filters key-only></news-timeline>`);
    const snapshot = await tree();
    const group = find(snapshot, (n) => n.role === 'group' && n.name === 'Filter events');
    const buttons = all(group!, (n) => n.role === 'button') as (AXNode & { pressed?: boolean })[];
    expect(buttons.map((b) => [b.name, b.pressed ?? false])).to.deep.equal([
      ...irsIce.categories.map((c) => [c.label, true]),
      ['Key events only', true],
    ]);
  });
});
