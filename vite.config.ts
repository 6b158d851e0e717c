import { defineConfig } from 'vite';

/**
 * Three builds:
 *  - `vite build --mode lib`: the npm package in `dist/` — ESM with bare `lit`/`zod`/`react` imports for
 *    bundlers: `index.js` (the element), `react.js` (the React wrapper) and `loader.js` (the iframe loader).
 *  - `vite build --mode app`: self-contained browser files in `dist/hosted/` — the hosted page's script and
 *    `verilock-flow.js` for a plain `<script type="module">`. MediaPipe's wasm and models are placed beside
 *    them under `mediapipe/` by the model build.
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
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        minify: false,
        lib: { entry: { index: 'src/index.ts', react: 'src/react.ts', loader: 'src/loader.ts' }, formats: ['es'] },
        rollupOptions: {
          external: (id) => /^(lit|@lit\/|zod|@mediapipe\/|react($|\/))/.test(id),
          output: { entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
        },
      },
    };
  }
  return {
    base: './',
    publicDir: false,
    build: {
      outDir: 'dist/hosted',
      emptyOutDir: false,
      sourcemap: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: {
        input: { 'verilock-hosted': 'src/hosted.ts', 'verilock-flow': 'src/index.ts' },
        preserveEntrySignatures: 'exports-only',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames: '[name]-[hash].js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      },
    },
  };
});
