import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { officialsProblems } from '../app/knowledge-check';
import type { Runtime } from '../app/runtime';
import { sendJson } from '../server/http-utils';
import type { Handler } from '../server/server';
import { civilDate } from '../time';
import { buildReport } from './build';
import { PeriodError, QUERY_NAMES, parsePeriod } from './period';
import { renderCsv, renderHtml } from './render';

export const REPORT_ERRORS = {
  disabled: 'set ADMIN_TOKEN to enable the report',
  unauthorized: 'send the admin token as "Authorization: Bearer <ADMIN_TOKEN>" or ?token=<ADMIN_TOKEN>',
  format: "format must be html or csv",
} as const;

/** Compares through fixed-length digests, so neither the content nor the length of the token leaks through timing. */
function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const digest = (s: string) => createHash('sha256').update(s).digest();
  return timingSafeEqual(digest(given), digest(expected));
}

function authorized(req: IncomingMessage, query: URLSearchParams, token: string): boolean {
  const bearer = /^Bearer\s+(\S+)\s*$/iu.exec(req.headers.authorization ?? '')?.[1];
  // Both are checked, always, so the time taken does not tell which one was sent.
  const byHeader = sameToken(bearer, token);
  const byQuery = sameToken(query.get('token') ?? undefined, token);
  return byHeader || byQuery;
}

/**
 * GET /admin/report for content editors: the HTML page, or CSV with `?format=csv`; `?days=`, `?from=`, `?to=` choose
 * the period as `npm run report` does. Disabled (404) until ADMIN_TOKEN is set; every request must carry the token.
 */
export function adminReportRoute(deps: { runtime: Runtime; adminToken?: string; clock?: () => Date }): Handler {
  return (req, res) => {
    const { adminToken } = deps;
    if (!adminToken) return sendJson(res, 404, { error: REPORT_ERRORS.disabled });
    const query = new URL(req.url ?? '/', 'http://localhost').searchParams;
    if (!authorized(req, query, adminToken)) {
      res.setHeader('www-authenticate', 'Bearer');
      return sendJson(res, 401, { error: REPORT_ERRORS.unauthorized });
    }
    const format = query.get('format') ?? 'html';
    if (format !== 'html' && format !== 'csv') return sendJson(res, 400, { error: REPORT_ERRORS.format });

    const now = deps.clock?.() ?? new Date();
    let period: { from: Date; to: Date };
    try {
      const value = (name: string) => query.get(name) ?? undefined;
      period = parsePeriod({ days: value('days'), from: value('from'), to: value('to') }, now, QUERY_NAMES);
    } catch (error) {
      if (error instanceof PeriodError) return sendJson(res, 400, { error: error.message });
      throw error;
    }
    const { knowledge, store } = deps.runtime;
    const report = buildReport({ store, index: knowledge.current, officials: { problems: officialsProblems(knowledge.officials) }, ...period });
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
    csv.set('format', 'csv');
    res.writeHead(200, {
      ...headers,
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    });
    res.end(renderHtml(report, { csvHref: `?${csv.toString()}` }));
  };
}
