import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Log } from '../core';
import type { KnowledgeFileError } from '../knowledge';
import type { KnowledgeIndex } from '../retrieval';
import type { Store } from '../store';
import { sendJson } from '../server/http-utils';
import type { Handler } from '../server/server';
import { civilDate } from '../time';
import { buildReport } from './build';
import { PeriodError, QUERY_NAMES, parsePeriod } from './period';
import { renderCsv, renderHtml } from './render';

export const REPORT_ERRORS = {
  disabled: 'set ADMIN_TOKEN to enable the report',
  unauthorized: 'send the admin token in the Authorization header: "Bearer <ADMIN_TOKEN>", or as the password of HTTP Basic authentication',
  throttled: 'too many wrong admin tokens from this address; try again later',
  format: 'format must be html or csv',
} as const;

/** Compares through fixed-length digests, so neither the content nor the length of the token leaks through timing. */
function sameToken(given: string | undefined, expected: string): boolean {
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given ?? ''), digest(expected)) && given !== undefined;
}

/** The token from "Authorization: Bearer <token>" or "Basic base64(<any user>:<token>)" (what a browser sends after its prompt). */
function presentedToken(req: IncomingMessage): string | undefined {
  const header = req.headers.authorization ?? '';
  const bearer = /^Bearer\s+(\S+)\s*$/iu.exec(header)?.[1];
  if (bearer) return bearer;
  const basic = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/iu.exec(header)?.[1];
  if (!basic) return undefined;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return decoded.includes(':') ? decoded.slice(decoded.indexOf(':') + 1) : undefined;
}

export interface AdminThrottle {
  /** Wrong tokens tolerated per address in a window before the address is refused until it ends (default 10 in 15 minutes). */
  failures: number;
  windowMs: number;
}

export const ADMIN_THROTTLE: AdminThrottle = { failures: 10, windowMs: 15 * 60_000 };

export interface ReportRouteDeps {
  adminToken?: string;
  store: Pick<Store, 'questionsBetween' | 'feedbackBetween' | 'hitRate' | 'getChatState' | 'setChatState'>;
  /** The index in use now, and the problems of the officials' data (the roster's and the plans' records'). */
  knowledge: () => { index: KnowledgeIndex; officials: { problems: readonly KnowledgeFileError[] } };
  address: (req: IncomingMessage) => string;
  log: Log;
  clock?: () => Date;
  throttle?: AdminThrottle;
}

/**
 * GET /admin/report for content editors: the HTML page, or CSV with `?format=csv`; `?days=`, `?from=`, `?to=` choose
 * the period as `npm run report` does. Disabled (404) until ADMIN_TOKEN is set. The token is accepted only in the
 * Authorization header (never in a URL, where it would be logged and copied), compared in constant time; every
 * wrong token is logged, and an address that sends too many is refused for the rest of the window.
 */
export function adminReportRoute(deps: ReportRouteDeps): Handler {
  const throttle = deps.throttle ?? ADMIN_THROTTLE;
  return async (req, res) => {
    const { adminToken, store, log } = deps;
    if (!adminToken) return sendJson(res, 404, { error: REPORT_ERRORS.disabled });
    const now = deps.clock?.() ?? new Date();
    const address = deps.address(req);
    const lock = `lock:admin:${address}`;
    if (await store.getChatState(lock, now)) return sendJson(res, 429, { error: REPORT_ERRORS.throttled }, { 'retry-after': String(Math.ceil(throttle.windowMs / 1000)) });
    if (!sameToken(presentedToken(req), adminToken)) {
      const { current } = await store.hitRate(`admin:${address}`, throttle.windowMs, now);
      log.warn({ route: '/admin/report', ip: address, failures: current, outcome: 'unauthorized' }, 'admin report request with a wrong or missing token refused');
      if (current >= throttle.failures) {
        await store.setChatState(lock, true, new Date(now.getTime() + throttle.windowMs));
        log.warn({ route: '/admin/report', ip: address, outcome: 'locked' }, 'too many wrong admin tokens: address refused for the rest of the window');
      }
      res.setHeader('www-authenticate', 'Bearer, Basic realm="Tro ly so", charset="UTF-8"');
      return sendJson(res, 401, { error: REPORT_ERRORS.unauthorized });
    }
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    const format = query.get('format') ?? 'html';
    if (format !== 'html' && format !== 'csv') return sendJson(res, 400, { error: REPORT_ERRORS.format });

    let period: { from: Date; to: Date };
    try {
      const value = (name: string) => query.get(name) ?? undefined;
      period = parsePeriod({ days: value('days'), from: value('from'), to: value('to') }, now, QUERY_NAMES);
    } catch (error) {
      if (error instanceof PeriodError) return sendJson(res, 400, { error: error.message });
      throw error;
    }
    const { index, officials } = deps.knowledge();
    const report = await buildReport({ store, index, officials, ...period });
    const headers = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer', 'x-content-type-options': 'nosniff' };

    if (format === 'csv') {
      const last = civilDate(new Date(period.to.getTime() - 1));
      res.writeHead(200, {
        ...headers,
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="tro-ly-so-bao-cao-${civilDate(period.from)}-${last}.csv"`,
      });
      res.end(renderCsv(report, { bom: true }));
      return;
    }
    const csv = new URLSearchParams(query);
    csv.delete('token');
    csv.set('format', 'csv');
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    res.end(renderHtml(report, { csvHref: `?${csv.toString()}` }));
  };
}
