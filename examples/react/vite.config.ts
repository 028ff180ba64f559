import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Built with React's development build: StrictMode then mounts, unmounts and mounts every effect,
// as it does under `vite dev`, which is what this example is about.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  mode: 'development',
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  plugins: [react()],
  logLevel: 'warn',
  build: { chunkSizeWarningLimit: 2048 },
});
