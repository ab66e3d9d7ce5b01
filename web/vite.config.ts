import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// Served by the Atlas server at /app; `npm run dev -w web` proxies the API to a server on :3000.
export default defineConfig({
  base: '/app/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
