// Part of `npm run build`, after `cem analyze`: types of <news-timeline> for frameworks and
// editors, generated from custom-elements.json (so from the element's JSDoc):
//
//   dist/types/jsx.d.ts            props and events of the element (@wc-toolkit/jsx-types)
//   dist/types/react.d.ts          React 19's JSX        (news-timeline/react)
//   dist/types/preact.d.ts         Preact's JSX          (news-timeline/preact)
//   dist/types/solid.d.ts          Solid's JSX           (news-timeline/solid)
//   dist/types/vue.d.ts            Vue's GlobalComponents (custom-element-vuejs-integration)
//   dist/types/svelte.d.ts         Svelte's elements     (custom-element-svelte-integration)
//   dist/vscode.html-custom-data.json, dist/vscode.css-custom-data.json (VS Code custom data)
//
// A script rather than analyzer plugins: the JSX generator reads an event's type as the event
// (`NtSelectEvent`), the Vue and Svelte ones as its `detail` (they write `CustomEvent<T>`), so
// each gets its own copy of the manifest. <news-timeline-axis> is internal and left out.
import { generateJsxTypes } from '@wc-toolkit/jsx-types';
import { generateSvelteTypes } from 'custom-element-svelte-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('..', import.meta.url);
const outdir = fileURLToPath(new URL('dist/types', root));
const full = JSON.parse(readFileSync(new URL('custom-elements.json', root), 'utf8'));
// Only the public element's module, with its one declaration.
const manifest = {
  ...full,
  modules: full.modules
    .map((m) => ({
      ...m,
      declarations: (m.declarations ?? []).filter((d) => d.tagName === 'news-timeline'),
      exports: (m.exports ?? []).filter(
        (e) => e.name === 'NewsTimeline' || e.name === 'news-timeline',
      ),
    }))
    .filter((m) => m.declarations.length),
};
const quiet = { hideLogs: true };

/** The manifest with every event's type replaced by `map(type)`. */
function withEventTypes(map) {
  const copy = structuredClone(manifest);
  for (const mod of copy.modules) {
    for (const d of mod.declarations ?? []) {
      for (const e of d.events ?? []) if (e.type?.text) e.type.text = map(e.type.text);
    }
  }
  return copy;
}

// Silence the generators' progress lines; errors still throw.
const log = console.log;
console.log = () => {};
try {
  generateJsxTypes(manifest, {
    ...quiet,
    outdir,
    fileName: 'jsx.d.ts',
    globalTypePath: '../index.js',
    stronglyTypedEvents: true,
  });
  const details = withEventTypes((t) => t.replace(/^Nt(\w+)Event$/, 'Nt$1Detail'));
  generateVuejsTypes(details, {
    ...quiet,
    outdir,
    fileName: 'vue.d.ts',
    globalTypePath: '../index.js',
  });
  generateSvelteTypes(details, {
    ...quiet,
    outdir,
    fileName: 'svelte.d.ts',
    globalTypePath: '../index.js',
  });
  generateVsCodeCustomElementData(manifest, {
    ...quiet,
    outdir: fileURLToPath(new URL('dist', root)),
    htmlFileName: 'vscode.html-custom-data.json',
    cssFileName: 'vscode.css-custom-data.json',
  });
} finally {
  console.log = log;
}

// The JSX generator imports only the classes of the modules it reads: add the event types.
const jsxFile = new URL('dist/types/jsx.d.ts', root);
const eventTypes = manifest.modules
  .flatMap((m) => m.declarations)
  .flatMap((d) => d.events ?? [])
  .map((e) => e.type?.text)
  .filter(Boolean);
// It also adds the element to every JSX it knows (React, Preact, Solid, Hono, the global one…)
// at once, which clash: keep its types only; each entry below adds the element to its own JSX.
const jsx = readFileSync(jsxFile, 'utf8');
writeFileSync(
  jsxFile,
  jsx
    .slice(0, jsx.search(/^declare (?:module|global)/m) >>> 0)
    .replace(
      'import type { NewsTimeline } from "../index.js";',
      `import type { NewsTimeline, ${eventTypes.join(', ')} } from "../index.js";`,
    ),
);

// The Svelte generator declares its namespace in a module, where it stays local: make it global.
const svelteFile = new URL('dist/types/svelte.d.ts', root);
writeFileSync(
  svelteFile,
  readFileSync(svelteFile, 'utf8')
    // It types children and style with the global JSX of React 18, which Svelte does not have.
    .replace('children?: JSX.Element;', 'children?: unknown;')
    .replace('style?: JSX.CSSProperties;', 'style?: string;')
    .replace(
      /declare namespace svelteHTML \{([^]*)\}\s*$/,
      'declare global {\n  namespace svelteHTML {$1}\n}\n',
    ),
);

/** A JSX entry: `<news-timeline>` in a framework's IntrinsicElements, with its own attributes. */
const wrappers = {
  react: `/**
 * <news-timeline> in React 19's JSX: \`import type {} from 'news-timeline/react';\` once in the app.
 * React 19 sets \`data\` and \`events\` as properties (define the element first: \`import 'news-timeline'\`)
 * and listens to \`onnt-select\`, \`onnt-filter\`, \`onnt-error\`.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { NewsTimeline } from '../index.js';
import type { NewsTimelineProps } from './jsx.js';

export type NewsTimelineReactProps = Omit<
  DetailedHTMLProps<HTMLAttributes<NewsTimeline>, NewsTimeline>,
  keyof NewsTimelineProps
> &
  NewsTimelineProps;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineReactProps;
    }
  }
}
`,
  preact: `/**
 * <news-timeline> in Preact's JSX: \`import type {} from 'news-timeline/preact';\` once in the app.
 * Preact sets \`data\` and \`events\` as properties and listens to \`onnt-select\` and the others.
 */
import type { HTMLAttributes } from 'preact';
import type { NewsTimeline } from '../index.js';
import type { NewsTimelineProps } from './jsx.js';

export type NewsTimelinePreactProps = Omit<HTMLAttributes<NewsTimeline>, keyof NewsTimelineProps> &
  NewsTimelineProps;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelinePreactProps;
    }
  }
}
`,
  solid: `/**
 * <news-timeline> in Solid's JSX: \`import type {} from 'news-timeline/solid';\` once in the app.
 * Pass data with \`prop:data\`, listen with \`on:nt-select\`; attributes as usual.
 */
import type { JSX } from 'solid-js';
import type { NewsTimeline } from '../index.js';
import type { NewsTimelineProps, NewsTimelineSolidJsProps } from './jsx.js';

export type NewsTimelineSolidProps = Omit<
  JSX.HTMLAttributes<NewsTimeline>,
  keyof NewsTimelineProps | keyof NewsTimelineSolidJsProps
> &
  Omit<NewsTimelineProps, \`on\${string}\`> &
  NewsTimelineSolidJsProps;

declare module 'solid-js' {
  namespace JSX {
    interface IntrinsicElements {
      'news-timeline': NewsTimelineSolidProps;
    }
  }
}
`,
};
for (const [name, text] of Object.entries(wrappers)) {
  writeFileSync(new URL(`dist/types/${name}.d.ts`, root), text);
}
