import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** The client's network address: the socket's, or with `trustProxy` the first X-Forwarded-For entry your proxy set. */
export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return first;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Headers for the web chat page: a Content-Security-Policy that allows only its own inline script and style (by
 * hash), requests to this server, and no framing (frame-ancestors 'none', X-Frame-Options for older browsers).
 */
export function pageHeaders(html: string): Record<string, string> {
  const inline = (tag: string) => [...html.matchAll(new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`, 'gu'))].map((m) => sha256(m[1]!));
  const csp = [
    "default-src 'none'",
    `script-src ${inline('script').join(' ') || "'none'"}`,
    `style-src ${inline('style').join(' ') || "'none'"}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-cache',
    'content-security-policy': csp,
    'x-frame-options': 'DENY',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
  };
}
