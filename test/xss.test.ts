/**
 * Hostile text in every text and address field of the data model, and in the `heading`
 * attribute: nothing runs, nothing is fetched, the shadow DOM holds only the element's own
 * vocabulary (no `on*` attribute, no foreign element), every link is `https:`, `http:` or
 * `mailto:`, and what is shown is the text itself, verbatim.
 *
 * The page gets a Content-Security-Policy that blocks inline event handlers, images, frames and
 * plugins (not scripts or styles, which the test runner needs): a payload that slips into the DOM
 * is then reported as a `securitypolicyviolation` even when it would not run by itself.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/bundle.js';
import type { NewsTimeline } from '../src/components/news-timeline/news-timeline.js';
import { validateDataset } from '../src/data/validate/index.js';

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

// ---------------------------------------------------------------------------------------------
// The vectors

/** A value whose conversion to text sets the flag: it must never be turned into a string. */
const sneaky = {
  toString() {
    window.__pwned = 'toString';
    return '<img src=x onerror=window.__pwned=1>';
  },
  valueOf() {
    window.__pwned = 'valueOf';
    return 0;
  },
};

const VECTORS: readonly unknown[] = [
  // Script tags
  '<script>window.__pwned=1</script>',
  '<SCRIPT SRC=//example.invalid/x.js></SCRIPT>',
  '"><script>window.__pwned=1</script>',
  '</h2><script>window.__pwned=1</script>',
  '<scr<script>ipt>window.__pwned=1</scr</script>ipt>',
  '<template><script>window.__pwned=1</script></template>',
  '--><script>window.__pwned=1</script><!--',
  // Elements with event handlers
  '<img src=x onerror=window.__pwned=1>',
  '<img src="x" onerror="alert(1)">',
  '<body onload=window.__pwned=1>',
  '<details open ontoggle=window.__pwned=1>',
  '<input autofocus onfocus=window.__pwned=1>',
  '<video><source onerror=window.__pwned=1></video>',
  '<marquee onstart=window.__pwned=1>x</marquee>',
  '<iframe src="javascript:parent.__pwned=1"></iframe>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  '<object data="javascript:window.__pwned=1"></object>',
  '<embed src="javascript:window.__pwned=1">',
  '<form><button formaction=javascript:window.__pwned=1>go</button></form>',
  '<a href="javascript:window.__pwned=1">click</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">',
  '<base href="javascript:/">',
  '<link rel=stylesheet href=//example.invalid/x.css>',
  // Breaking out of an attribute
  '" onmouseover="window.__pwned=1',
  "' onfocus='window.__pwned=1' autofocus='",
  'x" onerror="window.__pwned=1" y="',
  // Addresses
  'javascript:window.__pwned=1',
  'JaVaScRiPt:window.__pwned=1',
  'java\tscript:window.__pwned=1',
  'java\nscript:window.__pwned=1',
  '\u0001javascript:window.__pwned=1',
  ' javascript:window.__pwned=1',
  'javascript&#58;window.__pwned=1',
  '&#106;avascript:window.__pwned=1',
  '&#x6A;avascript:alert(1)',
  'data:text/html,<script>parent.__pwned=1</script>',
  'data:text/html;base64,PHNjcmlwdD5wYXJlbnQuX19wd25lZD0xPC9zY3JpcHQ+',
  'vbscript:msgbox(1)',
  'https://example.com/" onmouseover="window.__pwned=1',
  'https://example.com/<script>window.__pwned=1</script>',
  '//example.invalid/x',
  'https:javascript:alert(1)',
  'mailto:desk@example.com?body=<script>window.__pwned=1</script>',
  'http://example.com/#javascript:alert(1)',
  // SVG
  '<svg onload=window.__pwned=1>',
  '<svg><script>window.__pwned=1</script></svg>',
  '<svg><a xlink:href="javascript:window.__pwned=1"><text>x</text></a></svg>',
  '<svg><animate onbegin=window.__pwned=1 attributeName=x dur=1s>',
  // Entities and escapes
  '&lt;script&gt;window.__pwned=1&lt;/script&gt;',
  '&#60;img src=x onerror=window.__pwned=1&#62;',
  '\\u003cscript\\u003ewindow.__pwned=1\\u003c/script\\u003e',
  '%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
  // Template literals and Lit's own markers
  '${window.__pwned=1}',
  '`${window.__pwned=1}`',
  '<!--?lit$1234567$-->',
  'lit$1234567$',
  '<?lit$1234567$>',
  '<!--?lit$1234567$--><img src=x onerror=window.__pwned=1>',
  "{{constructor.constructor('window.__pwned=1')()}}",
  '{{7*7}}',
  // CSS
  'red;background:url(https://example.invalid/x)',
  'red}:host{background:url(//example.invalid/x)}',
  '</style><script>window.__pwned=1</script>',
  '<style>@import url(//example.invalid/x.css)</style>',
  'expression(alert(1))',
  // Unicode
  '\u202Egnp.exe',
  '\u2066evil\u2069 \u2067mirror',
  'a\u200Bb\u200Cc\u200Dd\uFEFF',
  '\u0000<script>window.__pwned=1</script>',
  '\uD800 lone surrogate',
  'line\u2028separator\u2029',
  // Very long
  '<script>window.__pwned=1</script>'.repeat(2000),
  `${'x'.repeat(100_000)}<img src=x onerror=window.__pwned=1>`,
  'A'.repeat(2001),
  // Names of built-in properties, and values that are not text
  '__proto__',
  'constructor',
  'toString',
  { __proto__: { polluted: 1 } },
  JSON.parse('{"__proto__": {"polluted": 1}}'),
  ['<img src=x onerror=window.__pwned=1>'],
  sneaky,
];

/** A short name for a vector in messages. */
function label(v: unknown): string {
  if (typeof v !== 'string') return Array.isArray(v) ? 'an array' : 'an object';
  const s = JSON.stringify(v);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

// ---------------------------------------------------------------------------------------------
// The data model, with a slot for every text and address field

function base(): Record<string, unknown> {
  return {
    id: 'xss-base',
    title: 'Base title',
    description: 'Base description',
    updated: '2025-01-31',
    categories: [
      { id: 'court', label: 'Court rulings' },
      { id: 'policy', label: 'Policy' },
    ],
    events: [
      {
        id: 'first-event',
        date: '2025-01-02',
        precision: 'day',
        end: '2025-01-05',
        endPrecision: 'day',
        title: 'First event',
        summary: 'Summary one.',
        category: 'court',
        people: ['Ada Lovelace', 'Grace Hopper'],
        sources: [
          {
            publisher: 'Gazette',
            title: 'Headline',
            url: 'https://example.com/a',
            published: '2025-01-03',
          },
        ],
        key: true,
      },
      {
        id: 'second-event',
        date: '2025-01',
        precision: 'month',
        title: 'Second event',
        summary: 'Summary two.',
        category: 'policy',
        sources: [{ publisher: 'Other', url: 'mailto:desk@example.com' }],
      },
    ],
    tracks: [
      {
        id: 'leaders',
        label: 'Who led',
        spans: [
          {
            id: 'span-one',
            label: 'Jane Roe',
            role: 'acting head',
            start: '2024-01-01',
            startPrecision: 'day',
            end: '2024-12',
            endPrecision: 'month',
            note: 'End date from the annual report.',
          },
        ],
        sources: [{ publisher: 'Agency', title: 'History', url: 'https://example.com/h' }],
      },
    ],
  };
}

/** Every text and address field of the data model. */
const FIELDS = [
  'id',
  'title',
  'description',
  'updated',
  'categories[0].id',
  'categories[0].label',
  'events[0].id',
  'events[0].date',
  'events[0].end',
  'events[0].title',
  'events[0].summary',
  'events[0].category',
  'events[0].people[0]',
  'events[0].sources[0].publisher',
  'events[0].sources[0].title',
  'events[0].sources[0].url',
  'events[0].sources[0].published',
  'events[1].sources[0].url',
  'tracks[0].id',
  'tracks[0].label',
  'tracks[0].spans[0].id',
  'tracks[0].spans[0].label',
  'tracks[0].spans[0].role',
  'tracks[0].spans[0].note',
  'tracks[0].sources[0].publisher',
  'tracks[0].sources[0].title',
  'tracks[0].sources[0].url',
] as const;

/** The fields a reader sees as text: a kept value must show verbatim. */
const VISIBLE = new Set<string>([
  'title',
  'description',
  'categories[0].label',
  'events[0].title',
  'events[0].summary',
  'events[0].people[0]',
  'events[0].sources[0].publisher',
  'events[0].sources[0].title',
]);

function keys(path: string): string[] {
  return path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '');
}

function get(root: unknown, path: string): unknown {
  let node = root as Record<string, unknown> | undefined;
  for (const k of keys(path)) node = node?.[k] as Record<string, unknown> | undefined;
  return node;
}

function withValue(path: string, value: unknown): Record<string, unknown> {
  const data = base();
  const ks = keys(path);
  let node = data as Record<string, unknown>;
  for (const k of ks.slice(0, -1)) node = node[k] as Record<string, unknown>;
  node[ks[ks.length - 1]] = value;
  return data;
}

// ---------------------------------------------------------------------------------------------
// Watching for anything that runs

const CSP =
  "script-src-attr 'none'; img-src 'none'; media-src 'none'; object-src 'none'; " +
  "frame-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'";

/** What ran, was fetched or was refused while the hooks were on. */
const hits: string[] = [];
const originals = {
  alert: window.alert,
  confirm: window.confirm,
  prompt: window.prompt,
  fetch: window.fetch,
  open: XMLHttpRequest.prototype.open,
  error: console.error,
  warn: console.warn,
};
const onViolation = (e: SecurityPolicyViolationEvent) =>
  hits.push(`securitypolicyviolation: ${e.violatedDirective} ${e.blockedURI}`);

function hook(): void {
  hits.length = 0;
  delete window.__pwned;
  window.alert = (m?: unknown) => void hits.push(`alert(${String(m)})`);
  window.confirm = (m?: unknown) => (hits.push(`confirm(${String(m)})`), false);
  window.prompt = (m?: unknown) => (hits.push(`prompt(${String(m)})`), null);
  window.fetch = (input: RequestInfo | URL) => {
    hits.push(`fetch(${String(input)})`);
    return Promise.resolve(new Response(null, { status: 204 }));
  };
  XMLHttpRequest.prototype.open = function (method: string, url: string | URL) {
    hits.push(`XMLHttpRequest.open(${method} ${String(url)})`);
  } as typeof XMLHttpRequest.prototype.open;
  console.error = (...args: unknown[]) => void hits.push(`console.error(${args.join(' ')})`);
  // The element warns about every problem in the data: thousands here, all expected.
  console.warn = () => {};
  document.addEventListener('securitypolicyviolation', onViolation, true);
}

function unhook(): void {
  window.alert = originals.alert;
  window.confirm = originals.confirm;
  window.prompt = originals.prompt;
  window.fetch = originals.fetch;
  XMLHttpRequest.prototype.open = originals.open;
  console.error = originals.error;
  console.warn = originals.warn;
  document.removeEventListener('securitypolicyviolation', onViolation, true);
}

/** Everything that ran, including the flag payloads set; empty when nothing did. */
function ran(): string[] {
  return window.__pwned === undefined
    ? [...hits]
    : [...hits, `window.__pwned = ${String(window.__pwned)}`];
}

/** Lets late handlers (an image's onerror, a frame's load) fire. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

// ---------------------------------------------------------------------------------------------
// Inspecting the shadow DOM

const SAFE_PROTOCOLS = ['https:', 'http:', 'mailto:'];
const URL_ATTRIBUTES = [
  'href',
  'src',
  'action',
  'formaction',
  'data',
  'poster',
  'srcdoc',
  'xlink:href',
];

/** Every element of a shadow tree, through nested shadow roots. */
function elementsOf(root: ShadowRoot | Element): Element[] {
  const out: Element[] = [];
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) out.push(...elementsOf(el.shadowRoot));
  }
  return out;
}

/** What is wrong with a rendered element's DOM; empty when nothing is. */
function inspect(el: NewsTimeline, allowed: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  if (el.children.length > 0) problems.push(`light DOM children: ${el.innerHTML.slice(0, 100)}`);
  for (const node of elementsOf(el.shadowRoot!)) {
    const tag = node.localName;
    if (!allowed.has(tag)) problems.push(`foreign element <${tag}>`);
    for (const attr of node.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.includes(name) && name !== 'href') problems.push(`<${tag} ${name}>`);
      if (name === 'style' && /url\(|expression|<|\\|@import/i.test(attr.value)) {
        problems.push(`<${tag} style="${attr.value.slice(0, 80)}">`);
      }
    }
    const href = node.getAttribute('href');
    if (href !== null) {
      let protocol = '';
      try {
        protocol = new URL(href).protocol;
      } catch {
        // a relative or broken address: not allowed either
      }
      if (!SAFE_PROTOCOLS.includes(protocol)) problems.push(`<${tag} href="${href.slice(0, 80)}">`);
      if (
        node.getAttribute('target') === '_blank' &&
        !/\bnoopener\b/.test(node.getAttribute('rel') ?? '')
      ) {
        problems.push(`<${tag} target=_blank> without rel=noopener`);
      }
    }
  }
  return problems;
}

type Layout = 'vertical' | 'horizontal';
const LAYOUTS: readonly Layout[] = ['vertical', 'horizontal'];

/**
 * Renders data as the XSS tests do: with filter and copy-link buttons, and in the horizontal
 * layout with a row per category (labelled) and the first event selected, so that its card
 * (summary, people, sources) is shown.
 */
async function render(data: unknown, layout: Layout, heading?: string): Promise<NewsTimeline> {
  const selected = layout === 'horizontal' ? 'first-event' : undefined;
  const lanes = layout === 'horizontal' ? 'category' : undefined;
  const el = await fixture<NewsTimeline>(
    html`<news-timeline
      filters
      permalinks
      layout=${layout}
      lanes=${ifDefined(lanes)}
      selected=${ifDefined(selected)}
      heading=${ifDefined(heading)}
      .data=${data as never}
    ></news-timeline>`,
  );
  return el;
}

/** Waits until the horizontal drawing, if there is one, has measured itself and drawn. */
async function drawn(el: NewsTimeline): Promise<void> {
  const axis = el.shadowRoot!.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>(
    'news-timeline-axis',
  );
  if (!axis) return;
  await waitUntil(() => axis.shadowRoot?.querySelector('[part~="axis"]'), 'the axis draws', {
    timeout: 3000,
  });
  await axis.updateComplete;
}

/** The element's own vocabulary: every tag it renders for good, faulty and unusable data. */
async function vocabulary(layout: Layout): Promise<Set<string>> {
  const tags = new Set<string>();
  const collect = async (el: NewsTimeline) => {
    await drawn(el);
    for (const node of elementsOf(el.shadowRoot!)) tags.add(node.localName);
    el.remove();
  };
  // The bundled dataset, as an article shows it.
  await collect(
    await fixture<NewsTimeline>(
      html`<news-timeline
        filters
        permalinks
        layout=${layout}
        lanes=${ifDefined(layout === 'horizontal' ? 'category' : undefined)}
      ></news-timeline>`,
    ),
  );
  await collect(await render(base(), layout));
  // Some events left out (the notice), nothing usable (the error box), no events.
  const faulty = base();
  (faulty.events as unknown[]).push({ id: 'Not Kebab', date: 'soon', title: 'x' });
  await collect(await render(faulty, layout));
  await collect(await render({ title: 'Unusable', events: 'none' }, layout));
  await collect(await render({ ...base(), events: [] }, layout));
  return tags;
}

// ---------------------------------------------------------------------------------------------

describe('<news-timeline> with hostile data', function () {
  this.timeout(60_000);
  const allowed = new Map<Layout, Set<string>>();
  let tried = 0;

  before(async () => {
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (const layout of LAYOUTS) allowed.set(layout, await vocabulary(layout));
    } finally {
      console.warn = warn;
    }
    // Not removable: a policy once set stays for the page. The page is this file's alone.
    const meta = document.createElement('meta');
    meta.httpEquiv = 'Content-Security-Policy';
    meta.content = CSP;
    document.head.append(meta);
  });
  beforeEach(hook);
  afterEach(unhook);
  after(() => {
    expect(tried).to.be.at.least(50 * (FIELDS.length + 1) * LAYOUTS.length);
  });

  it('has at least 50 vectors, and allowed vocabularies of ordinary elements', () => {
    expect(VECTORS.length).to.be.at.least(50);
    for (const layout of LAYOUTS) {
      const tags = allowed.get(layout)!;
      for (const tag of ['script', 'img', 'iframe', 'style', 'object', 'embed', 'form', 'link']) {
        expect(tags.has(tag), `${layout}: ${tag}`).to.equal(false);
      }
      expect(tags.has('a'), `${layout}: a`).to.equal(true);
    }
    // The vertical layout draws no SVG, so an <svg> payload there is caught as a foreign element.
    expect(allowed.get('vertical')!.has('svg')).to.equal(false);
  });

  describe('the detectors (controls: each must see a payload that does get in)', () => {
    it('see an inline handler and an image refused by the policy', async () => {
      const div = document.createElement('div');
      div.innerHTML = '<img src="/x.png" onerror="window.__pwned = 1">';
      document.body.append(div);
      await settle();
      div.remove();
      expect(ran().join('\n')).to.match(/securitypolicyviolation: (img-src|script-src-attr)/);
      hits.length = 0;
    });

    it('see a payload that sets the flag, or calls alert or fetch', async () => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = 1; alert(1); fetch("/x");';
      document.body.append(script);
      script.remove();
      expect(ran()).to.include.members(['alert(1)', 'fetch(/x)', 'window.__pwned = 1']);
      hits.length = 0;
      delete window.__pwned;
    });

    it('see a foreign element, an on* attribute and a javascript: link in a shadow root', async () => {
      const el = await render(base(), 'vertical');
      const extra = document.createElement('div');
      extra.innerHTML = '<svg></svg><a href="javascript:void 0" onclick="x()">x</a>';
      el.shadowRoot!.append(extra);
      expect(inspect(el, allowed.get('vertical')!)).to.include.members([
        'foreign element <svg>',
        '<a onclick>',
        '<a href="javascript:void 0">',
      ]);
      el.remove();
      await settle();
      hits.length = 0;
    });
  });

  /**
   * Renders each case, checking at once for anything that ran; then, once every horizontal
   * drawing is done, inspects each DOM; then waits for late handlers.
   */
  async function check(
    layout: Layout,
    cases: { name: string; data: unknown; heading?: string; verbatim?: string }[],
  ): Promise<string[]> {
    const problems: string[] = [];
    const rendered: { name: string; el: NewsTimeline; verbatim?: string }[] = [];
    for (const { name, data, heading, verbatim } of cases) {
      const el = await render(data, layout, heading);
      rendered.push({ name, el, verbatim });
      tried++;
      const now = ran();
      if (now.length) problems.push(`${name}: ${now.join('; ')}`);
      hits.length = 0;
      delete window.__pwned;
    }
    for (const { name, el, verbatim } of rendered) {
      await drawn(el);
      for (const p of inspect(el, allowed.get(layout)!)) problems.push(`${name}: ${p}`);
      if (verbatim !== undefined && !el.shadowRoot!.textContent!.includes(verbatim)) {
        problems.push(`${name}: not shown verbatim`);
      }
    }
    await settle();
    problems.push(...ran().map((r) => `late: ${r}`));
    for (const { el } of rendered) el.remove();
    return problems;
  }

  for (const layout of LAYOUTS) {
    describe(`layout="${layout}"`, () => {
      for (const field of FIELDS) {
        it(`renders every vector in ${field} as inert text`, async () => {
          const cases = VECTORS.map((vector) => {
            const data = withValue(field, vector);
            // A text the validator kept as it is must be shown as it is (in the list).
            const kept =
              layout === 'vertical' && VISIBLE.has(field) && typeof vector === 'string'
                ? get(validateDataset(data).dataset, field)
                : undefined;
            const verbatim = kept === vector ? (vector as string) : undefined;
            return { name: label(vector), data, verbatim };
          });
          expect(await check(layout, cases)).to.deep.equal([]);
        });
      }

      it('renders every vector in the heading attribute as inert text, verbatim', async () => {
        const cases = (VECTORS.filter((v) => typeof v === 'string') as string[]).map((v) => ({
          name: label(v),
          data: base(),
          heading: v,
          verbatim: v,
        }));
        expect(await check(layout, cases)).to.deep.equal([]);
      });
    });
  }

  it('keeps __proto__, constructor and prototype keys as data, at every level', async () => {
    const payload =
      '{"__proto__": {"polluted": "yes", "title": "<img src=x onerror=window.__pwned=1>"}, ' +
      '"constructor": {"prototype": {"polluted": "yes"}}}';
    const text = JSON.stringify(base()).replace(/\{(?=")/g, `{${payload.slice(1, -1)}, `);
    const data: unknown = JSON.parse(text);
    // The payload is really there, as an own key, at every level.
    expect(Object.hasOwn(data as object, '__proto__')).to.equal(true);
    expect(Object.hasOwn(get(data, 'events[0].sources[0]') as object, '__proto__')).to.equal(true);
    expect(Object.hasOwn(get(data, 'tracks[0].spans[0]') as object, '__proto__')).to.equal(true);
    for (const layout of LAYOUTS) {
      expect(await check(layout, [{ name: layout, data }])).to.deep.equal([]);
    }
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).title).to.equal(undefined);
    const el = await render(data, 'vertical');
    expect(el.shadowRoot!.querySelectorAll('[part~="event"]')).to.have.length(2);
    el.remove();
  });

  it('never turns a value that is not text into a string (toString, valueOf)', async () => {
    const data = base();
    const event = (data.events as Record<string, unknown>[])[0];
    for (const key of ['title', 'summary', 'category', 'id']) event[key] = sneaky;
    data.title = sneaky;
    for (const layout of LAYOUTS) {
      expect(await check(layout, [{ name: layout, data }])).to.deep.equal([]);
    }
  });
});
