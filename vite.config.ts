import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { CSP, SECURITY_HEADERS } from './deploy/security-headers.js';

/*
 * The Content-Security-Policy goes into the built page as a meta tag (for a
 * host that cannot send headers) and is sent as a header by `vite preview`
 * with the other security headers (deploy/security-headers.js); only a
 * header covers the Web Worker. Not in the dev server: it injects inline
 * scripts a strict policy would block.
 */
const META_CSP = CSP.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

function csp(): Plugin {
  return {
    name: 'skillpay-csp',
    apply: 'build',
    // frame-ancestors is ignored (and warned about) in a meta tag: headers only.
    transformIndexHtml: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CSP}" />`),
  };
}

export default defineConfig({
  plugins: [react(), csp()],
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 1500, ...(process.env.SKILLPAY_NO_MINIFY ? { minify: false } : {}) },
  server: { port: 5173 },
  preview: { port: 4173, headers: SECURITY_HEADERS },
});
