import type { AlertMeta, Chunk, KnowledgeDoc } from '../knowledge';
import { vietnamInstant } from '../time';

export interface Alert {
  /** The alert's file: an alert is sent once per chat, even if its text is edited afterwards. */
  id: string;
  title: string;
  severity: AlertMeta['severity'];
  published: Date;
  expires: Date;
  text: string;
  path: string;
}

export function alertsOf(docs: readonly KnowledgeDoc[]): Alert[] {
  return docs
    .filter((d) => d.meta.kind === 'alert')
    .map((d) => {
      const meta = d.meta as AlertMeta;
      const text = d.chunks.flatMap((c) => c.units.map((u) => u.text)).join('\n');
      return { id: d.path, title: meta.title, severity: meta.severity, published: vietnamInstant(meta.published), expires: vietnamInstant(meta.expires), text, path: d.path };
    });
}

export const isCurrent = (alert: Pick<Alert, 'published' | 'expires'>, now: Date) => alert.published <= now && now < alert.expires;

/** Passages the assistant may quote now: everything except alerts outside their publish window. */
export function liveChunk(now: Date): (chunk: Chunk) => boolean {
  return (chunk) => chunk.kind !== 'alert' || !chunk.window || isCurrent({ published: new Date(chunk.window.from), expires: new Date(chunk.window.until) }, now);
}
