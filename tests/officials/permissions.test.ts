import { beforeAll, describe, expect, it } from 'vitest';
import { taskKey } from '../../src/officials';
import { MESSAGES as say } from '../../src/officials';
import { officialsHarness, PLANS, registerOfficial, type Harness } from './fixtures';

const NOW = new Date('2026-11-23T02:00:00Z');
/** Words that only appear in some unit's tasks: none may reach someone who is not registered. */
const TASK_WORDS = ['khen thưởng', 'Khen thưởng', 'Gia đình số', 'Chợ số', 'nền tảng đào tạo trực tuyến', 'Tổ công nghệ số', 'mục PL-', 'mục III', 'mục V.', 'mục 1.', 'chủ trì'];
const HCTC_TASKS = ['IV.2', 'PL-I.I.1', 'PL-I.I.2', 'PL-I.I.3', 'PL-I.II.1', 'PL-I.II.2', 'PL-I.II.3', 'PL-I.III.1', 'PL-I.III.2', 'PL-I.III.3'];
/** The plan codes of the numbered tasks of a list: "4. ⏳ …" then two lines below "📄 …, mục PL-I.II.3". */
const codes = (text: string) => {
  const lines = text.split('\n');
  return lines.flatMap((l, i) => (/^\d+\. /u.test(l) ? [/, mục ([^\s·]+)/u.exec(lines[i + 2] ?? '')?.[1] ?? '?'] : [])).sort();
};
const key = (id: string) => `${PLANS.vpBaoCao.replace('knowledge/', '')}#${id}`;

let h: Harness;
beforeAll(async () => {
  h = await officialsHarness(NOW);
  await registerOfficial(h.store, 'dt-vp-hctc', { userId: 'hctc', now: NOW });
  await registerOfficial(h.store, 'dt-skhcn', { userId: 'skhcn', now: NOW });
});

describe('someone who is not registered', () => {
  it.each(['Cho tôi xem nhiệm vụ của đơn vị tôi', '/nhiemvu', '/nhiemvu tatca', 'Đơn vị tôi còn nhiệm vụ nào chưa hoàn thành?', 'Nhiệm vụ khen thưởng của đơn vị tôi thế nào rồi?'])(
    'asking "%s" gets the registration explanation and no task',
    async (question) => {
      const reply = await h.ask(question, { userId: 'stranger' });
      expect(reply.intent).toBe('tasks');
      expect(reply.text).toBe(say.registerFirst);
      for (const word of TASK_WORDS) expect(reply.text).not.toContain(word);
      expect(reply.sources).toEqual([]);
    },
  );

  it('cannot mark a task done or add a note, and nothing is recorded', async () => {
    expect((await h.ask('/xong PL-I.II.3', { userId: 'stranger' })).text).toBe(say.updateNeedsRegistration);
    expect((await h.ask('/capnhat PL-I.II.3 đã xong rồi', { userId: 'stranger' })).text).toBe(say.updateNeedsRegistration);
    expect(await h.store.taskHistory(key('PL-I.II.3'), 'dt-vp-hctc')).toEqual([]);
  });

  it('is the same as a user on another channel with the same id as an official', async () => {
    const reply = await h.ask('/nhiemvu', { userId: 'hctc', channel: 'zalo' });
    expect(reply.text).toBe(say.registerFirst);
  });

  it('includes an official whose registration was revoked', async () => {
    const official = await registerOfficial(h.store, 'dt-vp-hctc', { userId: 'revoked', now: NOW });
    expect(codes((await h.ask('/nhiemvu tatca', { userId: 'revoked' })).text)).toEqual(HCTC_TASKS);
    expect(await h.store.revokeOfficial(official.id, NOW)).toBe(true);
    const reply = await h.ask('/nhiemvu', { userId: 'revoked' });
    expect(reply.text).toBe(say.registerFirst);
    expect((await h.ask('/xong PL-I.II.3', { userId: 'revoked' })).text).toBe(say.updateNeedsRegistration);
  });
});

describe('a registered official', () => {
  it('sees exactly their own unit’s tasks', async () => {
    for (const question of ['/nhiemvu tatca', 'Cho tôi xem tất cả nhiệm vụ của đơn vị tôi']) {
      const reply = await h.ask(question, { userId: 'hctc' });
      expect(reply.text).toMatch(/^Nhiệm vụ của Phòng Hành chính – Tổ chức \(Đồng Tháp\): 10 nhiệm vụ/u);
      expect(codes(reply.text)).toEqual(HCTC_TASKS);
      expect(reply.text).toContain('Khen thưởng tập thể');
      for (const other of ['Gia đình số', 'Chợ số', 'nền tảng đào tạo trực tuyến', 'Đồng Nai', 'mục III.2 ', 'mục 3.1 ']) expect(reply.text).not.toContain(other);
      expect(reply.sources.map((s) => s.path).sort()).toEqual([PLANS.sangKien, PLANS.vpBaoCao].sort());
    }
  });

  it('of another unit sees that unit’s tasks and not the first one’s', async () => {
    const reply = await h.ask('/nhiemvu tatca', { userId: 'skhcn' });
    expect(reply.text).toMatch(/^Nhiệm vụ của Sở Khoa học và Công nghệ \(Đồng Tháp\):/u);
    expect(codes(reply.text)).toContain('III.2');
    // What Văn phòng UBND tỉnh proposes to Sở KH&CN in its report is no task of the Sở: listed apart, unnumbered.
    expect(codes(reply.text)).not.toContain('3.1');
    expect(reply.text.split('\n\n').find((b) => b.startsWith(say.proposalTitle))).toContain('mục 3.1');
    expect(codes(reply.text).filter((c) => c.startsWith('PL-'))).toEqual([]);
    expect(reply.text).not.toContain('Khen thưởng tập thể');
  });

  it('updates a task of their own unit and the store records who and when', async () => {
    const at = new Date('2026-11-24T03:15:00Z');
    const reply = await h.ask('/xong PL-I.II.3', { userId: 'hctc', now: at });
    expect(reply.text.split('\n')[0]).toMatch(/^Đã ghi nhận: 4\. Khen thưởng tập thể.* \[PL-I\.II\.3\] — đã hoàn thành \(Phòng Hành chính – Tổ chức, 24\/11\/2026 10:15\)\.$/u);
    expect(await h.store.taskHistory(key('PL-I.II.3'), 'dt-vp-hctc')).toEqual([{ id: expect.any(Number), taskKey: key('PL-I.II.3'), unitId: 'dt-vp-hctc', status: 'done', note: undefined, by: 'telegram:hctc', at }]);
  });

  it.each([
    ['/xong III.2', 'a task of Sở Khoa học và Công nghệ'],
    ['/capnhat III.2 đã triển khai nền tảng', 'a task of Sở Khoa học và Công nghệ'],
    ['/xong [3.1]', 'a task the letter asks of Sở Khoa học và Công nghệ'],
    ['/xong 1.1', 'a task of Đồng Nai'],
  ])('cannot update "%s" (%s)', async (command) => {
    const reply = await h.ask(command, { userId: 'hctc' });
    expect(reply.text).toBe(say.onlyOwnUnit);
    for (const unit of ['dt-vp-hctc', 'dt-skhcn', 'dn-skhcn']) {
      for (const k of [`${PLANS.sangKien.replace('knowledge/', '')}#III.2`, key('3.1'), `${PLANS.dongNai.replace('knowledge/', '')}#1.1`]) expect(await h.store.taskHistory(k, unit)).toEqual([]);
    }
  });

  it('is told how to write the command when the task is missing or unknown, and nothing is recorded', async () => {
    expect((await h.ask('/xong', { userId: 'hctc' })).text).toBe(say.updateUsage);
    expect((await h.ask('/xong XYZ', { userId: 'hctc' })).text).toBe(say.taskNotFound('XYZ'));
    expect((await h.ask('xong 99', { userId: 'hctc' })).text).toBe(say.taskNotFound('99'));
    expect(await h.store.taskHistory(key('PL-I.II.2'), 'dt-vp-hctc')).toEqual([]);
  });
});
