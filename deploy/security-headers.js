/**
 * The security headers of the app, in one place: the Vite preview server
 * sends them, the production build puts the CSP in a meta tag too (for hosts
 * that cannot set headers), and the nginx configuration in this folder is
 * checked against them by a test.
 *
 * Nothing may leave the origin (workforce data stays in the browser):
 * `connect-src 'self'`, no `unsafe-eval`. Sent as a header, the policy also
 * covers the Web Worker that holds the workforce (a meta tag does not).
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self' data:",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** Every header, as a server should send it on every response. */
export const SECURITY_HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
