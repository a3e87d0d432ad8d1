import { defineConfig } from 'vite';

// The benchmark page: built apart from the app, so none of it ships.
export default defineConfig({
  root: 'bench',
  base: './',
  build: { outDir: '../dist-bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
});
