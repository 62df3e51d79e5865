/**
 * The components' CSS custom properties, checked against each other, the sources and the docs
 * (material-web's token test, grown a little):
 *
 * - every private `--_name` read with `var()` is defined: on the component's `:host`, inline by
 *   its source (an allow-list below, itself checked), or on `<news-timeline>`'s `:host` for a
 *   component drawn inside it (custom properties inherit into its shadow root);
 * - every private property defined on a `:host` is read somewhere;
 * - every public `--nt-*` property read is documented as a `@cssprop` in the element's JSDoc and
 *   in README.md's theming table, and every documented one is read;
 * - no colour is hard-coded outside the `:host` token definitions and the forced-colours and
 *   print blocks, so a theme set with `--nt-*` properties reaches every pixel.
 *
 * The checks read the CSS text of the `styles` exports and the raw TypeScript of the elements.
 * The last block runs the same checks on a broken sheet, to show that each can fail.
 */
import { expect } from '@open-wc/testing';
import { css, type CSSResultGroup } from 'lit';
import { styles as timelineStyles } from '../src/components/news-timeline/news-timeline.styles.js';
import { styles as axisStyles } from '../src/components/news-timeline-axis/news-timeline-axis.styles.js';
import { categoryColor, PALETTE_SIZE } from '../src/components/category-color.js';
import { engine, type Engine } from './helpers/runner.js';

interface Component {
  tag: string;
  styles: CSSResultGroup;
  /** The element's class module, for its JSDoc, inline styles and `var()` in templates. */
  source: string;
  /** The modules that hold its templates, read with the class module for the same checks. */
  templates?: string[];
  /**
   * Private properties the element sets inline (with `styleMap`) instead of on `:host`, and why.
   * Each must still be set by the source and read by the styles.
   */
  inline: Record<string, string>;
  /** The element whose `:host` private tokens inherit into this one's shadow root. */
  inheritsFrom?: string;
}

const COMPONENTS: Component[] = [
  {
    tag: 'news-timeline',
    styles: timelineStyles,
    source: '/src/components/news-timeline/news-timeline.ts',
    templates: [
      'context',
      'event',
      'header',
      'horizontal',
      'list',
      'media',
      'sources',
      'status',
    ].map((name) => `/src/components/news-timeline/templates/${name}.ts`),
    inline: {
      '--_cat': 'the colour of the category of a legend entry, filter or event (categoryColor)',
      '--_ratio': 'the shape of an image whose width and height the data gives (templates/media)',
    },
  },
  {
    tag: 'news-timeline-axis',
    styles: axisStyles,
    source: '/src/components/news-timeline-axis/news-timeline-axis.ts',
    templates: ['/src/components/news-timeline-axis/templates.ts'],
    inline: {
      '--_cat': 'the colour of the category of a row or marker (categoryColor)',
      '--_ax-label-h': 'label height in px, from the layout',
      '--_ax-label-size': 'label font size in px, from the layout',
      '--_ax-tick-h': 'tick label line height in px, from the layout',
      '--_ax-head-h': 'row heading height in px, from the layout',
      '--_ax-bar-h': 'span bar height in px, from the layout',
      '--_ax-span-lane': 'height of a lane of span labels in px, from the layout',
      '--_ax-span-size': 'span label font size in px, from the layout',
      '--_ax-fade': 'length of the fade at an open span end in px, from the layout',
    },
    inheritsFrom: 'news-timeline',
  },
];

// ---------------------------------------------------------------------------------------------
// Reading the CSS and the sources

/**
 * Real properties an engine does not implement, which the components set on purpose (the check
 * that every property is known is there to catch typos). WebKit has no forced-colours mode, no
 * `scrollbar-color` (the scrollbar keeps its default look) and `user-select` only as
 * `-webkit-user-select`, which the styles set beside it (checked below).
 */
const NOT_IN_THIS_ENGINE: Partial<Record<Engine, string[]>> = {
  webkit: ['forced-color-adjust', 'scrollbar-color', 'user-select'],
};

interface Declaration {
  /** Enclosing preludes, outermost first: `['@media print', ':host']`. */
  context: string[];
  property: string;
  value: string;
}

function cssTextOf(group: CSSResultGroup): string {
  if (Array.isArray(group)) return group.map((g) => cssTextOf(g)).join('\n');
  return (group as { cssText: string }).cssText;
}

/**
 * The declarations of a style sheet with the rules around them. A small block parser rather than
 * the CSSOM, which expands a shorthand holding `var()` into longhands with empty values.
 */
function parseDeclarations(cssText: string): Declaration[] {
  const text = cssText.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: Declaration[] = [];
  const stack: string[] = [];
  let buffer = '';
  let quote = '';
  const flush = () => {
    const colon = buffer.indexOf(':');
    if (buffer.trim() && colon > 0) {
      out.push({
        context: [...stack],
        property: buffer.slice(0, colon).trim(),
        value: buffer
          .slice(colon + 1)
          .trim()
          .replace(/\s+/g, ' '),
      });
    }
    buffer = '';
  };
  for (const ch of text) {
    if (quote) {
      buffer += ch;
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      buffer += ch;
    } else if (ch === '{') {
      stack.push(buffer.trim().replace(/\s+/g, ' '));
      buffer = '';
    } else if (ch === '}') {
      flush();
      stack.pop();
    } else if (ch === ';') {
      flush();
    } else {
      buffer += ch;
    }
  }
  return out;
}

/** Names read with `var(--name…)` in a text, with the given prefix. */
function varReads(text: string, prefix: '--_' | '--nt-'): Set<string> {
  const names = new Set<string>();
  const re = new RegExp(`var\\(\\s*(${prefix}[\\w-]+)`, 'g');
  for (const m of text.matchAll(re)) names.add(m[1]);
  return names;
}

/** A `:host` rule, with or without an argument, maybe under a media query. */
const isHostRule = (d: Declaration) => /^:host(\(|$)/.test(d.context.at(-1) ?? '');

function definedPrivate(decls: Declaration[]): Set<string> {
  return new Set(decls.filter((d) => d.property.startsWith('--_')).map((d) => d.property));
}

/** Private properties a source sets inline: keys like `'--_cat':` (styleMap objects). */
function inlineSets(source: string): Set<string> {
  return new Set([...source.matchAll(/['"](--_[\w-]+)['"]\s*:/g)].map((m) => m[1]));
}

/**
 * The raw TypeScript of a module. The test server compiles `.ts` on the way out, and the
 * compiler drops comments (the JSDoc); its `/__raw/` endpoint (web-test-runner.config.mjs)
 * serves the file as it is on disk. (Asking for `name%2Ets` no longer works: WebKit decodes the
 * `%2E` before the request leaves, so the compiler sees `.ts`.) Checked: the text must still
 * hold TypeScript, so a change in the server fails here rather than silently reading nothing.
 */
async function rawSource(path: string): Promise<string> {
  const response = await fetch(`/__raw${path}`);
  expect(response.ok, `${path}: HTTP ${response.status}`).to.equal(true);
  const text = await response.text();
  expect(text, `${path} as raw TypeScript`).to.match(/^import .* from '/m);
  expect(text, `${path} as raw TypeScript`).to.match(/\/\*\*[\s\S]*?\*\//);
  return text;
}

/** The JSDoc block right before `export class`. */
function classJsDoc(source: string): string {
  const at = source.search(/^export class /m);
  const before = source.slice(0, at);
  const start = before.lastIndexOf('/**');
  return start < 0 ? '' : before.slice(start);
}

function documentedCssProps(jsDoc: string): Set<string> {
  return new Set([...jsDoc.matchAll(/@css(?:prop|property)\s+(--[\w<>-]+)/g)].map((m) => m[1]));
}

/** The first column of README.md's table under "## Theming". */
function readmeCssProps(readme: string): Set<string> {
  const section = readme.split(/^## /m).find((s) => s.startsWith('Theming')) ?? '';
  return new Set([...section.matchAll(/^\|\s*`(--[\w<>-]+)`/gm)].map((m) => m[1]));
}

/** A property family whose name is built at run time, documented as `--nt-x-<id>`. */
const SAMPLE_ID = 'sample-category';

/** Public and private names that `categoryColor` writes into inline styles at run time. */
function categoryColorReads(): { public: Set<string>; private: Set<string> } {
  const values = [undefined, ...Array.from({ length: PALETTE_SIZE }, (_, i) => i)].map((i) =>
    categoryColor(SAMPLE_ID, i),
  );
  const all = values.join(' ');
  const publicNames = [...varReads(all, '--nt-')].map((n) => n.replace(SAMPLE_ID, '<id>'));
  return { public: new Set(publicNames), private: varReads(all, '--_') };
}

// ---------------------------------------------------------------------------------------------
// Hard-coded colours

// prettier-ignore
const NAMED_COLOURS = new Set(
  ('aliceblue antiquewhite aqua aquamarine azure beige bisque black blanchedalmond blue ' +
  'blueviolet brown burlywood cadetblue chartreuse chocolate coral cornflowerblue cornsilk ' +
  'crimson cyan darkblue darkcyan darkgoldenrod darkgray darkgreen darkgrey darkkhaki ' +
  'darkmagenta darkolivegreen darkorange darkorchid darkred darksalmon darkseagreen ' +
  'darkslateblue darkslategray darkslategrey darkturquoise darkviolet deeppink deepskyblue ' +
  'dimgray dimgrey dodgerblue firebrick floralwhite forestgreen fuchsia gainsboro ghostwhite ' +
  'gold goldenrod gray green greenyellow grey honeydew hotpink indianred indigo ivory khaki ' +
  'lavender lavenderblush lawngreen lemonchiffon lightblue lightcoral lightcyan ' +
  'lightgoldenrodyellow lightgray lightgreen lightgrey lightpink lightsalmon lightseagreen ' +
  'lightskyblue lightslategray lightslategrey lightsteelblue lightyellow lime limegreen linen ' +
  'magenta maroon mediumaquamarine mediumblue mediumorchid mediumpurple mediumseagreen ' +
  'mediumslateblue mediumspringgreen mediumturquoise mediumvioletred midnightblue mintcream ' +
  'mistyrose moccasin navajowhite navy oldlace olive olivedrab orange orangered orchid ' +
  'palegoldenrod palegreen paleturquoise palevioletred papayawhip peachpuff peru pink plum ' +
  'powderblue purple rebeccapurple red rosybrown royalblue saddlebrown salmon sandybrown ' +
  'seagreen seashell sienna silver skyblue slateblue slategray slategrey snow springgreen ' +
  'steelblue tan teal thistle tomato turquoise violet wheat white whitesmoke yellow yellowgreen ' +
  // System colours: right under forced colours, but elsewhere they ignore the theme too.
  'accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas ' +
  'canvastext field fieldtext graytext highlight highlighttext linktext mark marktext ' +
  'selecteditem selecteditemtext visitedtext').split(' '),
);

/** Colour literals in a CSS value: hex, colour functions, named and system colours. */
function colourLiterals(value: string): string[] {
  const bare = value.replace(/'[^']*'|"[^"]*"/g, "''");
  const found = [
    ...bare.matchAll(/#[0-9a-f]{3,8}(?![\w-])/gi),
    ...bare.matchAll(/(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\([^)]*\)/gi),
  ].map((m) => m[0]);
  for (const m of bare.matchAll(/(?<![\w-])[a-z]+(?![\w(-])/gi)) {
    if (NAMED_COLOURS.has(m[0].toLowerCase())) found.push(m[0]);
  }
  return found;
}

/** Where a colour may be written out: token definitions on `:host`, forced colours, print. */
function colourAllowed(d: Declaration): boolean {
  if (d.property.startsWith('--') && isHostRule(d)) return true;
  return d.context.some((c) =>
    /^@media\s*(?:print|\(\s*forced-colors\s*:\s*active\s*\))$/i.test(c),
  );
}

function hardCodedColours(decls: Declaration[]): string[] {
  return decls
    .filter((d) => !colourAllowed(d))
    .flatMap((d) =>
      colourLiterals(d.value).map(
        (c) => `${d.context.join(' { ')} { ${d.property}: ${d.value} } → ${c}`,
      ),
    );
}

// ---------------------------------------------------------------------------------------------
// The checks, as functions of their inputs, so that the last block can feed them a broken sheet

interface Inputs {
  decls: Declaration[];
  source: string;
  inline: Record<string, string>;
  /** Private tokens defined by the element this one inherits from. */
  inherited: Set<string>;
  /** Private names read by elements that inherit from this one, and by categoryColor. */
  readElsewhere: Set<string>;
  jsDoc: Set<string>;
  readme: Set<string>;
  /** Public names read at run time by categoryColor, when the source calls it. */
  runtimePublic: Set<string>;
}

function privateReads(i: Pick<Inputs, 'decls' | 'source'>): Set<string> {
  const text = i.decls.map((d) => d.value).join('\n');
  return new Set([...varReads(text, '--_'), ...varReads(i.source, '--_')]);
}

const checks = {
  undefinedPrivate(i: Inputs): string[] {
    const defined = new Set([
      ...definedPrivate(i.decls.filter(isHostRule)),
      ...Object.keys(i.inline),
      ...i.inherited,
    ]);
    return [...privateReads(i)].filter((n) => !defined.has(n));
  },
  unusedPrivate(i: Inputs): string[] {
    const read = new Set([...privateReads(i), ...i.readElsewhere]);
    return [...definedPrivate(i.decls)].filter((n) => !read.has(n));
  },
  privateOffHost(i: Inputs): string[] {
    return i.decls
      .filter((d) => d.property.startsWith('--_') && !isHostRule(d))
      .map((d) => `${d.context.join(' { ')} { ${d.property} }`);
  },
  staleInline(i: Inputs): string[] {
    const set = inlineSets(i.source);
    const read = privateReads(i);
    const onHost = definedPrivate(i.decls.filter(isHostRule));
    return Object.keys(i.inline).flatMap((n) => [
      ...(set.has(n) ? [] : [`${n} is no longer set inline by the source`]),
      ...(read.has(n) ? [] : [`${n} is set inline but never read`]),
      ...(onHost.has(n) ? [`${n} is also defined on :host`] : []),
    ]);
  },
  unlistedInline(i: Inputs): string[] {
    return [...inlineSets(i.source)].filter((n) => !(n in i.inline));
  },
  publicReads(i: Inputs): Set<string> {
    const text = i.decls.map((d) => d.value).join('\n');
    return new Set([...varReads(text, '--nt-'), ...i.runtimePublic]);
  },
  undocumentedInJsDoc(i: Inputs): string[] {
    return [...checks.publicReads(i)].filter((n) => !i.jsDoc.has(n));
  },
  documentedButUnread(i: Inputs): string[] {
    const read = checks.publicReads(i);
    return [...i.jsDoc].filter((n) => n.startsWith('--nt-') && !read.has(n));
  },
  undocumentedInReadme(i: Inputs): string[] {
    return [...checks.publicReads(i)].filter((n) => !i.readme.has(n));
  },
};

// ---------------------------------------------------------------------------------------------

describe('CSS custom properties', () => {
  let readme: string;
  const sources = new Map<string, string>();
  const runtime = categoryColorReads();

  before(async () => {
    const response = await fetch('/README.md');
    expect(response.ok, 'README.md').to.equal(true);
    readme = await response.text();
    for (const c of COMPONENTS) {
      const texts = await Promise.all([c.source, ...(c.templates ?? [])].map(rawSource));
      sources.set(c.tag, texts.join('\n'));
    }
  });

  const declsOf = (tag: string) =>
    parseDeclarations(cssTextOf(COMPONENTS.find((c) => c.tag === tag)!.styles));

  function inputs(c: Component): Inputs {
    const source = sources.get(c.tag)!;
    const decls = declsOf(c.tag);
    const heirs = COMPONENTS.filter((h) => h.inheritsFrom === c.tag);
    const readElsewhere = new Set<string>([
      ...heirs.flatMap((h) => [
        ...privateReads({ decls: declsOf(h.tag), source: sources.get(h.tag)! }),
      ]),
      ...(COMPONENTS.some((o) => /\bcategoryColor\(/.test(sources.get(o.tag)!))
        ? runtime.private
        : []),
    ]);
    return {
      decls,
      source,
      inline: c.inline,
      inherited: c.inheritsFrom
        ? definedPrivate(declsOf(c.inheritsFrom).filter(isHostRule))
        : new Set(),
      readElsewhere,
      jsDoc: documentedCssProps(classJsDoc(source)),
      readme: readmeCssProps(readme),
      runtimePublic: /\bcategoryColor\(/.test(source) ? runtime.public : new Set(),
    };
  }

  it('categoryColor() reads --nt-color-category-<id> and the --_palette-* tokens', () => {
    expect([...runtime.public]).to.deep.equal(['--nt-color-category-<id>']);
    expect([...runtime.private].sort()).to.deep.equal(
      [
        '--_palette-neutral',
        ...Array.from({ length: PALETTE_SIZE }, (_, i) => `--_palette-${i + 1}`),
      ].sort(),
    );
  });

  it('README.md has a theming table to check against', () => {
    expect(readmeCssProps(readme).size).to.be.greaterThan(5);
  });

  for (const c of COMPONENTS) {
    describe(`<${c.tag}> styles`, () => {
      it('parse into declarations, each a property the browser knows', () => {
        const decls = declsOf(c.tag);
        expect(decls.length).to.be.greaterThan(20);
        const unknown = decls
          .filter(
            (d) =>
              !d.property.startsWith('--') &&
              !CSS.supports(d.property, 'inherit') &&
              !(NOT_IN_THIS_ENGINE[engine] ?? []).includes(d.property),
          )
          .map((d) => `${d.context.join(' { ')} { ${d.property} }`);
        expect(unknown).to.deep.equal([]);
      });

      it('set -webkit-user-select beside every user-select, for WebKit', () => {
        const rules = (property: string) =>
          new Set(
            declsOf(c.tag)
              .filter((d) => d.property === property)
              .map((d) => `${d.context.join(' { ')} = ${d.value}`),
          );
        const prefixed = rules('-webkit-user-select');
        expect([...rules('user-select')].filter((r) => !prefixed.has(r))).to.deep.equal([]);
      });

      it('read no private property that is not defined', () => {
        expect(checks.undefinedPrivate(inputs(c))).to.deep.equal([]);
      });

      it('define no private property that is never read', () => {
        expect(checks.unusedPrivate(inputs(c))).to.deep.equal([]);
      });

      it('define private properties only on :host', () => {
        expect(checks.privateOffHost(inputs(c))).to.deep.equal([]);
      });

      it('have an allow-list of inline private properties that is complete and current', () => {
        const i = inputs(c);
        expect(checks.unlistedInline(i), 'set inline but not in the allow-list').to.deep.equal([]);
        expect(checks.staleInline(i)).to.deep.equal([]);
      });

      it('read only public --nt-* properties documented as @cssprop in the JSDoc', () => {
        expect(checks.undocumentedInJsDoc(inputs(c))).to.deep.equal([]);
      });

      it('read every --nt-* property the JSDoc documents', () => {
        expect(checks.documentedButUnread(inputs(c))).to.deep.equal([]);
      });

      it("read only public --nt-* properties in README.md's theming table", () => {
        expect(checks.undocumentedInReadme(inputs(c))).to.deep.equal([]);
      });

      it('hard-code no colour outside :host tokens, forced colours and print', () => {
        expect(hardCodedColours(declsOf(c.tag))).to.deep.equal([]);
      });
    });
  }

  it("<news-timeline> reads every property in README.md's theming table", () => {
    const i = inputs(COMPONENTS[0]);
    const read = checks.publicReads(i);
    expect([...i.readme].filter((n) => !read.has(n))).to.deep.equal([]);
  });

  it('<news-timeline> defines every private token its descendants read from it', () => {
    const own = definedPrivate(declsOf('news-timeline').filter(isHostRule));
    for (const heir of COMPONENTS.filter((h) => h.inheritsFrom === 'news-timeline')) {
      const hostOwn = definedPrivate(declsOf(heir.tag).filter(isHostRule));
      const fromParent = [
        ...privateReads({ decls: declsOf(heir.tag), source: sources.get(heir.tag)! }),
      ].filter((n) => !hostOwn.has(n) && !(n in heir.inline));
      expect(
        fromParent.filter((n) => !own.has(n)),
        heir.tag,
      ).to.deep.equal([]);
    }
  });
});

describe('the token checks on a broken sheet', () => {
  const broken = css`
    :host {
      --_used: var(--nt-documented, #fff);
      --_unused: 1px;
      color: red;
    }
    :host([theme='dark']) {
      --_used: #000;
    }
    .a {
      --_off-host: 1px;
      color: var(--_used);
      background: var(--_missing, rgb(0 0 0));
      border: 1px solid var(--nt-undocumented);
      outline-color: #abc;
      box-shadow: 0 0 0 1px Canvas;
      content: 'red #fff';
    }
    @media (forced-colors: active) {
      .a {
        color: CanvasText;
      }
    }
    @media print {
      .a {
        color: #000;
      }
    }
  `;
  const decls = parseDeclarations(broken.cssText);
  const source = `
    /**
     * @cssprop --nt-documented - Read.
     * @cssprop --nt-stale - Documented, never read.
     */
    export class Broken {}
    const a = styleMap({ '--_inline': x, '--_secret': y });
    const b = \`width: var(--_inline)\`;
  `;
  const i: Inputs = {
    decls,
    source,
    inline: { '--_inline': 'set inline', '--_gone': 'no longer set' },
    inherited: new Set(),
    readElsewhere: new Set(),
    jsDoc: documentedCssProps(classJsDoc(source)),
    readme: new Set(['--nt-documented', '--nt-stale']),
    runtimePublic: new Set(),
  };

  it('finds a private property read but not defined', () => {
    expect(checks.undefinedPrivate(i)).to.deep.equal(['--_missing']);
  });

  it('finds private properties defined but not read', () => {
    expect(checks.unusedPrivate(i)).to.deep.equal(['--_unused', '--_off-host']);
  });

  it('finds a private property defined off :host', () => {
    expect(checks.privateOffHost(i)).to.deep.equal(['.a { --_off-host }']);
  });

  it('finds inline properties missing from, or stale in, the allow-list', () => {
    expect(checks.unlistedInline(i)).to.deep.equal(['--_secret']);
    expect(checks.staleInline(i)).to.deep.equal([
      '--_gone is no longer set inline by the source',
      '--_gone is set inline but never read',
    ]);
  });

  it('finds public properties undocumented, or documented and unread', () => {
    expect(checks.undocumentedInJsDoc(i)).to.deep.equal(['--nt-undocumented']);
    expect(checks.documentedButUnread(i)).to.deep.equal(['--nt-stale']);
    expect(checks.undocumentedInReadme(i)).to.deep.equal(['--nt-undocumented']);
  });

  it('finds hard-coded colours outside :host tokens, forced colours and print', () => {
    expect(hardCodedColours(decls).map((v) => v.split(' → ')[1])).to.deep.equal([
      'red',
      'rgb(0 0 0)',
      '#abc',
      'Canvas',
    ]);
  });
});
