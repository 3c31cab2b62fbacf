/**
 * What keeps the review app to the people meant to use it:
 *   - a Content-Security-Policy with scripts and styles only from the app itself (no inline
 *     script, so escaped-away markup could not run even if escaping failed), no framing;
 *   - bound beyond loopback, an access token on every request (`Authorization: Bearer`, or
 *     the cookie a first `?token=` visit sets), compared in constant time;
 *   - on loopback, only loopback Host headers (a page elsewhere cannot reach it by DNS rebinding);
 *   - every POST carries the CSRF token the pages embed, and comes from the app's own origin.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';

export const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
const TOKEN_COOKIE = 'eia_review_token';

export interface SecuritySettings {
  /** Required on every request when set (always set when bound beyond loopback). */
  token: string | null;
  csrf: string;
  loopback: boolean;
}

export const isLoopback = (host: string): boolean => host === '127.0.0.1' || host === 'localhost' || host === '::1';

export const newSecret = (): string => randomBytes(24).toString('base64url');

function same(a: string | undefined | null, b: string): boolean {
  if (typeof a !== 'string') return false;
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(c: Context, name: string): string | undefined {
  for (const part of (c.req.header('cookie') ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return decodeURIComponent(v.join('='));
  }
  return undefined;
}

export function securityHeaders(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    c.header('Content-Security-Policy', CSP);
    c.header('X-Content-Type-Options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer a browser sends `Origin: null` on form posts.
    c.header('Referrer-Policy', 'same-origin');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cache-Control', c.res.headers.get('Cache-Control') ?? 'no-store');
  };
}

export function access(s: SecuritySettings): MiddlewareHandler {
  return async (c, next) => {
    const url = new URL(c.req.url);
    if (s.loopback && !/^(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(c.req.header('host') ?? '')) return c.text('this review server only answers on its loopback address', 403);
    if (s.token !== null) {
      const bearer = c.req.header('authorization')?.replace(/^Bearer /, '');
      const query = url.searchParams.get('token');
      if (same(query, s.token) && c.req.method === 'GET') {
        // The token leaves the address bar (and history) at once; the cookie carries it from here.
        url.searchParams.delete('token');
        c.header('Set-Cookie', `${TOKEN_COOKIE}=${encodeURIComponent(s.token)}; Path=/; HttpOnly; SameSite=Strict`);
        return c.redirect(`${url.pathname}${url.search}`, 303);
      }
      if (!same(bearer, s.token) && !same(cookie(c, TOKEN_COOKIE), s.token)) return c.text('access token required: open the address eia review printed (with ?token=…)', 401);
    }
    if (c.req.method === 'POST') {
      const origin = c.req.header('origin');
      if (origin && origin !== url.origin) return c.text('cross-origin request refused', 403);
      const header = c.req.header('x-csrf-token');
      let form: string | undefined;
      if (!header && (c.req.header('content-type') ?? '').includes('application/x-www-form-urlencoded')) {
        const body = await c.req.parseBody();
        form = typeof body._csrf === 'string' ? body._csrf : undefined;
      }
      if (!same(header ?? form, s.csrf)) return c.text('missing or wrong CSRF token: reload the page and try again', 403);
    }
    await next();
  };
}
