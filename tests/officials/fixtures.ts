import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createAssistant, type Assistant } from '../../src/assistant';
import { listKnowledgeFiles, parseKnowledgeFiles, type KnowledgeDoc } from '../../src/knowledge';
import { hashCode, loadOfficialsData, newInviteCode, OfficialsService, type Notifier, type OfficialsData } from '../../src/officials';
import { openKnowledgeIndex, type KnowledgeIndex } from '../../src/retrieval';
import { SqliteStore, type Official } from '../../src/store';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';
import { type Channel, type Reply } from '../../src/core';

export const PLANS = {
  sangKien: 'knowledge/plans/dong-thap-ke-hoach-sang-kien-dot-pha-2026.md',
  vpBaoCao: 'knowledge/plans/dong-thap-vpubnd-bao-cao-ket-qua-2025.md',
  dongNai: 'knowledge/plans/dong-nai-skhcn-de-nghi-bao-cao-tong-ket.md',
  phuongHuong: 'knowledge/plans/ubnd-tinh-cong-van-phuong-huong-2026.md',
} as const;

/** The text of one of the real plans, to check that a test quotes it as written. */
export function planText(path: string): Promise<string> {
  return readFile(join(ROOT, path), 'utf8');
}

/**
 * A temporary copy of the real knowledge folder, laid out as `<root>/knowledge` so paths read "knowledge/plans/…"
 * exactly as in the repository. Loading officials' data may rewrite `.extracted.yaml` files: never the real ones.
 */
export async function knowledgeCopy(): Promise<{ root: string; knowledgeDir: string }> {
  const root = await tempDir('tls-officials-');
  const knowledgeDir = join(root, 'knowledge');
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  return { root, knowledgeDir };
}

export async function loadDocs(knowledgeDir: string, root: string): Promise<KnowledgeDoc[]> {
  const result = parseKnowledgeFiles(await listKnowledgeFiles(knowledgeDir, root));
  if (result.problems.length > 0) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.docs;
}

/** The roster and reviewed plan records of the real knowledge, loaded from a temporary copy. */
export async function realOfficialsData(): Promise<{ data: OfficialsData; root: string; knowledgeDir: string }> {
  const { root, knowledgeDir } = await knowledgeCopy();
  const data = await loadOfficialsData({ knowledgeDir, docs: await loadDocs(knowledgeDir, root), cwd: root });
  return { data, root, knowledgeDir };
}

export interface AskOptions {
  userId?: string;
  channel?: Channel;
  unit?: string;
  now?: Date;
}

export interface Harness {
  assistant: Assistant;
  store: SqliteStore;
  data: OfficialsData;
  index: KnowledgeIndex;
  dbFile: string;
  root: string;
  ask(text: string, options?: AskOptions): Promise<Reply>;
}

/**
 * The assistant core wired as in production: real index, real officials' data, SQLite on a temporary file.
 * `prepare` may change the copied knowledge first (an editor's correction in a reviewed record).
 */
export async function officialsHarness(clock: Date = new Date('2026-11-23T02:00:00Z'), prepare?: (knowledgeDir: string) => Promise<void>): Promise<Harness> {
  const { root, knowledgeDir } = await knowledgeCopy();
  await prepare?.(knowledgeDir);
  const index = await openKnowledgeIndex({ knowledgeDir, dataDir: join(root, 'data'), cwd: root });
  const data = await loadOfficialsData({ knowledgeDir, docs: index.docs, cwd: root });
  const dbFile = join(root, 'db', 'tro-ly-so.db');
  const store = new SqliteStore(dbFile);
  const assistant = createAssistant({ knowledge: () => index, officials: new OfficialsService({ data: () => data, store }), clock: () => clock });
  const ask = (text: string, o: AskOptions = {}) =>
    assistant.handle({ channel: o.channel ?? 'telegram', userId: o.userId ?? 'u1', chatId: `chat-${o.userId ?? 'u1'}`, text, unit: o.unit, now: o.now });
  return { assistant, store, data, index, dbFile, root, ask };
}

/** An invite made the way `npm run admin -- invite` makes one: a fresh code, stored only as its hash. */
export async function createInvite(store: SqliteStore, unitId: string, options: { now: Date; days?: number; commune?: string }): Promise<{ code: string; id: number }> {
  const code = newInviteCode();
  const expiresAt = new Date(options.now.getTime() + (options.days ?? 7) * 86_400_000);
  const invite = await store.createInvite({ codeHash: hashCode(code), unitId, commune: options.commune, expiresAt, now: options.now });
  return { code, id: invite.id };
}

/** Registers `userId` as an official of `unitId` straight through the store (for tests that are not about registering). */
export async function registerOfficial(store: SqliteStore, unitId: string, who: { userId: string; channel?: Channel; commune?: string; now: Date }): Promise<Official> {
  const { code } = await createInvite(store, unitId, { now: who.now, commune: who.commune });
  const outcome = await store.redeemInvite(hashCode(code), { channel: who.channel ?? 'telegram', userId: who.userId, chatId: `chat-${who.userId}` }, who.now);
  if (!outcome.ok) throw new Error(`could not register ${who.userId}: ${outcome.reason}`);
  return outcome.official;
}

/** A Notifier that records what it is asked to send; `fail` makes the next sends throw, as a refusing channel does. */
export class RecordingNotifier implements Notifier {
  readonly sent: { officialId: number; userId: string; text: string }[] = [];
  failuresLeft = 0;
  delayMs = 0;

  canReach(official: Official): boolean {
    return official.channel !== 'web';
  }

  async send(official: Official, text: string): Promise<void> {
    if (this.delayMs > 0) await new Promise((r) => setTimeout(r, this.delayMs));
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error('403: bot was blocked by the user');
    }
    this.sent.push({ officialId: official.id, userId: official.userId, text });
  }
}

/** Vietnam wall-clock time as an instant: vn('2026-11-28 09:00') is 02:00 UTC. */
export function vn(local: string): Date {
  return new Date(`${local.replace(' ', 'T')}:00+07:00`);
}
