/**
 * Serves the built renderer (dist/renderer) on app://budgetnotat/. Every response carries the
 * Content Security Policy as a header: webRequest's header hooks do not run for custom schemes, so
 * this handler is where the policy is enforced (the page's meta tag repeats it).
 */
import { promises as fs } from 'node:fs';
import type { Protocol } from 'electron';
import { APP_SCHEME, contentTypeFor, resolveAppAsset } from './app-url';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Must run before the app is ready: privileges cannot be granted later. `corsEnabled` stays off on
 * purpose: it would let other origins read app:// responses, and the page's own module scripts
 * and workers are same-origin requests that need no CORS.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppFiles(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(root, request));
}

export async function appResponse(root: string, request: { url: string; method: string }): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method Not Allowed');
  const file = resolveAppAsset(root, request.url);
  if (!file) return plain(404, 'Not Found');
  let body: Buffer;
  try {
    body = await fs.readFile(file);
  } catch {
    return plain(404, 'Not Found');
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: {
      'Content-Type': contentTypeFor(file),
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    },
  });
}

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Security-Policy': CONTENT_SECURITY_POLICY } });
}
