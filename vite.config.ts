// Vite: a static site with relative URLs (any host or sub-path), ES module workers, and source maps.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  base: './',
  plugins: [react()],
  worker: { format: 'es' },
  // Monaco is one lazily loaded chunk of a few MB; the shell's budget is checked by test/e2e/shellSize.
  build: { target: 'es2022', sourcemap: true, chunkSizeWarningLimit: 4096 },
});
