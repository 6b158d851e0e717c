import { defineConfig } from 'vite';

/**
 * Two builds:
 *  - `vite build --mode lib`: the npm package in `dist/` — ESM with bare `lit`/`zod` imports for bundlers.
 *  - `vite build --mode app`: self-contained browser files in `dist/hosted/` — the hosted page's script,
 *    `verilock-flow.js` for a plain `<script type="module">`, and the iframe loader. MediaPipe's wasm and
 *    models are placed beside them under `mediapipe/` by the model build.
 */
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        target: 'es2022',
        minify: false,
        lib: { entry: { index: 'src/index.ts' }, formats: ['es'] },
        rollupOptions: {
          external: (id) => /^(lit|@lit\/|zod|@mediapipe\/)/.test(id),
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
