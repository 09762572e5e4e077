import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import type { Attachment } from '../core';
import { sendJson } from './http-utils';

export const DOWNLOAD_PATH = '/tai/';

export interface DownloadOptions {
  /** Where files wait to be downloaded (DATA_DIR/downloads); shared by the instances that serve the links. */
  dir: string;
  /** The server's address as users reach it (PUBLIC_BASE_URL, else the local address); read when a link is made. */
  baseUrl: () => string;
  /** Key of the links' signatures (DOWNLOAD_SECRET); without one, a random key valid until the process stops. */
  secret?: string;
  /** How long a link works, in minutes. */
  ttlMinutes: number;
}

/**
 * Short-lived signed download links for files a chat cannot carry (Zalo, the web chat): the file is kept on disk under
 * a random name and served at /tai/<id>?exp=…&sig=… until the link expires; an expired or altered link gets 403.
 */
export class DownloadLinks {
  private readonly key: Buffer;

  constructor(private readonly options: DownloadOptions) {
    this.key = options.secret ? Buffer.from(options.secret) : randomBytes(32);
    mkdirSync(options.dir, { recursive: true });
  }

  create(attachment: Attachment, now: Date): string {
    this.sweep(now);
    const id = randomBytes(12).toString('base64url');
    const exp = Math.floor(now.getTime() / 1000) + this.options.ttlMinutes * 60;
    writeFileSync(join(this.options.dir, id), attachment.data);
    writeFileSync(join(this.options.dir, `${id}.json`), JSON.stringify({ fileName: attachment.fileName, mimeType: attachment.mimeType, exp }));
    return `${this.options.baseUrl()}${DOWNLOAD_PATH}${id}?exp=${exp}&sig=${this.sign(id, exp)}`;
  }

  /** GET /tai/<id>?exp=…&sig=…: the file, or 403 for a link that expired or was altered, 404 for one never made. */
  handler(clock: () => Date = () => new Date()) {
    return (req: IncomingMessage, res: ServerResponse) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const id = url.pathname.slice(DOWNLOAD_PATH.length);
      const exp = Number(url.searchParams.get('exp'));
      const sig = url.searchParams.get('sig') ?? '';
      if (!/^[A-Za-z0-9_-]{16}$/u.test(id)) return sendJson(res, 404, { error: 'Không tìm thấy tệp.' });
      const expected = Buffer.from(this.sign(id, exp));
      const given = Buffer.from(sig);
      if (given.length !== expected.length || !timingSafeEqual(given, expected) || exp * 1000 < clock().getTime()) {
        return sendJson(res, 403, { error: 'Liên kết tải tệp đã hết hạn hoặc không đúng. Bạn yêu cầu lại trong đoạn chat nhé.' });
      }
      let meta: { fileName: string; mimeType: string };
      let data: Buffer;
      try {
        meta = JSON.parse(readFileSync(join(this.options.dir, `${id}.json`), 'utf8'));
        data = readFileSync(join(this.options.dir, id));
      } catch {
        return sendJson(res, 404, { error: 'Không tìm thấy tệp.' });
      }
      res.writeHead(200, {
        'content-type': meta.mimeType,
        'content-length': data.length,
        'content-disposition': `attachment; filename*=UTF-8''${encodeURIComponent(meta.fileName)}`,
        'cache-control': 'private, no-store',
      });
      res.end(data);
    };
  }

  private sign(id: string, exp: number): string {
    return createHmac('sha256', this.key).update(`${id}.${exp}`).digest('base64url');
  }

  /** Removes files whose links have expired. */
  private sweep(now: Date): void {
    for (const name of readdirSync(this.options.dir)) {
      const path = join(this.options.dir, name);
      if (statSync(path).mtimeMs < now.getTime() - this.options.ttlMinutes * 60_000 * 2) rmSync(path, { force: true });
    }
  }
}
