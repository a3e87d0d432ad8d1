import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// The benchmark page: built apart from the app, so none of it ships.
export default defineConfig({
  root: 'bench',
  base: './',
  build: {
    outDir: '../dist-bench', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000,
    // The bench page, and the bare page that boots an empty Phaser game (the baseline of a game opening).
    rollupOptions: { input: { main: resolve(import.meta.dirname, 'index.html'), bare: resolve(import.meta.dirname, 'bare.html') } },
  },
});
