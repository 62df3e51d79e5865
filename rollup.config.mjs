// @ts-check
// tsc compiles src/ to build/tsc (JS) and dist/ (.d.ts); rollup bundles the compiled JS. There is
// no TypeScript plugin here on purpose (see ../shared/toolchain.md).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

/** @type {import('rollup').WarningHandlerWithDefault} */
const onwarn = (warning, warn) => {
  // tsc's decorator helpers use a top-level `this`; harmless in ES modules.
  if (warning.code === 'THIS_IS_UNDEFINED') return;
  warn(warning);
};

/** lit, lit/…, d3-* and @lit/… stay external in the ESM build: the app's bundler dedupes them. */
const external = (/** @type {string} */ id) => /^(lit|@lit\/|@lit-labs\/|d3-)/.test(id);

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
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
    },
  },
  // The drop-in file: everything inside, the story shown by default.
  {
    input: 'build/tsc/bundle.js',
    onwarn,
    plugins: [
      nodeResolve({ browser: true }),
      terser({ format: { comments: false }, ecma: 2020, module: true }),
    ],
    output: {
      file: 'dist/news-timeline.bundle.js',
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
    plugins: [
      nodeResolve({ browser: true }),
      terser({ format: { comments: false }, ecma: 2020, module: true }),
    ],
    output: { file: 'dist/embed.js', format: 'es', sourcemap: true },
  },
];
