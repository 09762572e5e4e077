import type { Source } from './types';

/** "Title › Section", the way a source is named to users. */
export function describeSource(source: Source): string {
  return source.section ? `${source.title} › ${source.section}` : source.title;
}

/** The source line plain-text channels (Telegram, Zalo, terminal) put under an answer. */
export function sourcesLine(sources: readonly Source[]): string {
  return sources.length > 0 ? `📄 Nguồn: ${sources.map(describeSource).join('; ')}` : '';
}

/** An answer with its sources as one plain text. */
export function plainText(reply: { text: string; sources?: readonly Source[] }): string {
  const line = sourcesLine(reply.sources ?? []);
  return line ? `${reply.text}\n\n${line}` : reply.text;
}
