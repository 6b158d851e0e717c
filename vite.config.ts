import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import { hashedVisionAssetNames } from './scripts/models/asset-names.mjs';

/** The app build's entry modules. */
const ENTRY_MODULE = /[\\/]src[\\/](hosted|index)\.ts$/;
const ASSET_NAMES_MODULE = fileURLToPath(new URL('./src/vision/asset-names.ts', import.meta.url));

/**
 * The browser build loads MediaPipe's wasm and models by content-hashed names (so they are served as
 * immutable): this replaces src/vision/asset-names.ts with those names, computed from the very files
 * `copy-assets.mjs --hashed` then writes to dist/hosted/mediapipe/.
 */
function hashedVisionAssets(): Plugin {
  return {
    name: 'verilock-hashed-vision-assets',
    enforce: 'pre',
    load(id) {
      if (id.split('?')[0] !== ASSET_NAMES_MODULE) return null;
      return `export const VISION_ASSET_NAMES = Object.freeze(${JSON.stringify(hashedVisionAssetNames())});\n`;
    },
  };
}

/**
 * The wire contract (src/api/schemas.ts) declares the server's schemas beside the widget's, as `z.…()` calls
 * at module level. Calls are kept unless known to be pure, so without this every server schema would ship
 * in the widget's first script. Nothing in the project calls `z` for a side effect (no `z.config()`, no
 * `.register()`); such a call must not be added at module level.
 */
const treeshake = { manualPureFunctions: ['z'] };

/**
 * Three builds:
 *  - `vite build --mode lib`: the npm package in `dist/` — ESM with bare `lit`/`zod`/`react` imports for
 *    bundlers: `index.js` (the element), `react.js` (the React wrapper) and `loader.js` (the iframe loader).
 *  - `vite build --mode app`: self-contained browser files in `dist/hosted/` — `verilock-flow.js` for a plain
 *    `<script type="module">` (a stable name) and every other file with a content hash in its name, the hosted
 *    page's script included (the server reads `.vite/manifest.json` to write its name and the modulepreload
 *    links of its imports into the page). MediaPipe's wasm and models are placed beside them under
 *    `mediapipe/`, content-hashed too, by `copy-assets.mjs --hashed`.
 *  - `vite build --mode loader`: `dist/hosted/verilock-loader.js`, the iframe loader as one classic script
 *    (an IIFE that sets `window.Verilock`; it also works when imported as a module).
 */
export default defineConfig(({ mode }) => {
  if (mode === 'loader') {
    return {
      publicDir: false,
      build: {
        outDir: 'dist/hosted',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2020',
        lib: {
          entry: 'src/loader.ts',
          formats: ['iife'],
          name: 'VerilockLoader',
          fileName: () => 'verilock-loader.js',
        },
      },
    };
  }
  // Workers are ES modules (they are started with `type: 'module'`), so a worker's own lazy imports stay
  // chunks of their own: the reader worker's barcode decoder loads only when a barcode is asked for.
  const worker = { format: 'es' as const };
  if (mode === 'lib') {
    return {
      worker,
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        minify: false,
        lib: { entry: { index: 'src/index.ts', react: 'src/react.ts', loader: 'src/loader.ts' }, formats: ['es'] },
        rollupOptions: {
          treeshake,
          external: (id) => /^(lit|@lit\/|zod|@mediapipe\/|react($|\/))/.test(id),
          output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    };
  }
  return {
    base: './',
    publicDir: false,
    plugins: [hashedVisionAssets()],
    worker,
    build: {
      outDir: 'dist/hosted',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      modulePreload: false,
      manifest: true,
      rollupOptions: {
        input: { 'verilock-hosted': 'src/hosted.ts', 'verilock-flow': 'src/index.ts' },
        preserveEntrySignatures: 'exports-only',
        treeshake,
        output: {
          entryFileNames: (chunk) => (chunk.name === 'verilock-flow' ? '[name].js' : '[name]-[hash].js'),
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
          // What the entries import statically, in one chunk: the first screen's scripts are the entry and
          // this chunk, requested together (modulepreload) and compressed as one. The entry modules stay in
          // their own chunks: the hosted page's entry has side effects the public script must not run.
          codeSplitting: {
            groups: [{ name: 'src', tags: ['$initial'], test: (id: string) => !ENTRY_MODULE.test(id) }],
          },
        },
      },
    },
  };
});
