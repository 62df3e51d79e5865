// @ts-check
// tsc compiles src/ to build/tsc (JS) and dist/ (.d.ts); rollup bundles the compiled JS. There is
// no TypeScript plugin here on purpose (see ../shared/toolchain.md).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import htmlLiterals from 'rollup-plugin-html-literals';

/** @type {import('rollup').WarningHandlerWithDefault} */
const onwarn = (warning, warn) => {
  // tsc's decorator helpers use a top-level `this`; harmless in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** lit, lit/…, d3-* and @lit/… stay external in the ESM build: the app's bundler dedupes them. */
const external = (/** @type {string} */ id) => /^(lit|@lit\/|@lit-labs\/|d3-)/.test(id);

/**
 * Minifies the CSS in Lit's `css` literals (a quarter of the unminified bundle was style sheet
 * whitespace and comments), with minify-literals (a maintained fork of minify-html-literals,
 * which Lit's production guide names) through its rollup plugin, rollup-plugin-html-literals.
 * HTML templates are left as written: their whitespace is deliberate (text between inline
 * elements), and an HTML minifier could change what readers see.
 */
const minifyCss = () =>
  htmlLiterals({
    include: ['build/tsc/**/*.js'],
    failOnError: true,
    options: {
      shouldMinify: () => false,
      // A fragment of declarations (the dark theme's tokens, interpolated into two rules) is not
      // a style sheet the minifier can parse: it is left as written.
      shouldMinifyCSS: (/** @type {{ tag?: string, parts: { text: string }[] }} */ t) =>
        t.tag === 'css' && !/^\s*--/.test(t.parts[0]?.text ?? ''),
    },
  });

/** @type {import('@rollup/plugin-terser').Options} */
const terserOptions = { format: { comments: false }, ecma: 2020, module: true };

/**
 * The name of a part of the drop-in bundle, from the module that starts it: `drawing` (the
 * axis's define.ts), `data-tools`, `story-es`, `timelinejs` (the TimelineJS importer, loaded for
 * a TimelineJS file), `shared` (modules two parts share).
 * @param {import('rollup').PreRenderedChunk} chunk
 */
function partName(chunk) {
  const id = chunk.facadeModuleId ?? '';
  if (id.endsWith('/news-timeline-axis/define.js')) return 'drawing';
  if (id.endsWith('/data/tools.js')) return 'data-tools';
  if (id.endsWith('/datasets/irs-ice.es.js')) return 'story-es';
  if (id.endsWith('/data/import/timelinejs.js')) return 'timelinejs';
  // Modules two parts share (the data tools and the TimelineJS importer both recognise a
  // TimelineJS file): a chunk of their own, loaded with the first part that needs it.
  return chunk.isDynamicEntry || chunk.isEntry ? chunk.name : 'shared';
}

export default [
  // For bundlers: the package's entry points, sharing their modules; the story is its own entry.
  {
    input: {
      index: 'build/tsc/index.js',
      tools: 'build/tsc/tools.js',
      'datasets/irs-ice': 'build/tsc/datasets/irs-ice.js',
    },
    external,
    onwarn,
    plugins: [minifyCss()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  // The drop-in bundle: one script tag. Its entry holds what every reader needs (the element, the
  // list, the bundled story in English); the rest are files beside it, named
  // news-timeline.<part>.<hash>.js, that the entry imports when a page needs them (see
  // src/bundle.ts). A dynamic import resolves against the importing file's address, so they come
  // from the bundle's own folder and host.
  {
    input: { 'news-timeline.bundle': 'build/tsc/bundle.js' },
    // The entry may export what its parts import from it: no second file for the shared code.
    preserveEntrySignatures: 'allow-extension',
    onwarn,
    plugins: [minifyCss(), nodeResolve({ browser: true }), terser(terserOptions)],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: (chunk) => `news-timeline.${partName(chunk)}.[hash].js`,
    },
  },
  // The same in one file, for pages that cannot serve the parts beside it: every reader then
  // downloads the drawing, the data tools and the Spanish story.
  {
    input: 'build/tsc/bundle.js',
    onwarn,
    plugins: [minifyCss(), nodeResolve({ browser: true }), terser(terserOptions)],
    output: {
      file: 'dist/news-timeline.single.js',
      format: 'es',
      sourcemap: true,
      inlineDynamicImports: true,
    },
  },
  // The iframe page's script (dist/embed.html loads it): configures the page's element from the
  // address, then imports the drop-in file beside it, which stays a separate file.
  {
    input: 'build/tsc/embed/main.js',
    onwarn,
    plugins: [minifyCss(), nodeResolve({ browser: true }), terser(terserOptions)],
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
  },
];
