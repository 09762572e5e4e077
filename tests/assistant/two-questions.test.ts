import { join } from 'node:path';
import { expect, it } from 'vitest';
import { createAssistant } from '../../src/assistant';
import { openKnowledgeIndex } from '../../src/retrieval';
import { FIXTURES, tempDir } from '../helpers';

// A frozen copy of two căn cước lessons, one section on grandparents registering a birth, and the lexicon
// (tests/fixtures/two-questions).
async function ask(text: string) {
  const index = await openKnowledgeIndex({ knowledgeDir: join(FIXTURES, 'two-questions'), dataDir: await tempDir() });
  const assistant = createAssistant({ knowledge: () => index, clock: () => new Date('2026-11-23T02:00:00Z') });
  const reply = await assistant.handle({ channel: 'cli', userId: 'u', chatId: 'c', text });
  return { reply, sections: reply.sources.map((s) => s.section) };
}

it('answers the short second question of a message from another section than the one that answered the first', async () => {
  const { reply, sections } = await ask('e 14t r thì bắt buộc lm căn cước chưa, lm ở đâu v ạ');
  expect(sections[0]).toBe('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?');
  expect(sections).toContain('Làm căn cước cho con trên VNeID thế nào, có làm hết online được không?');
  expect(reply.meta.rule).toMatch(/^parts\./u);
});

it('reads the parts of a message typed without diacritics as it was typed, whatever marks its shorthand added', async () => {
  // "lm o dau v ad" is written out as "làm o dau vậy admin"; read as typed with diacritics, "o dau" would not ask where.
  const { reply, sections } = await ask('e 14t r co bat buoc lam the can cuoc ko, lm o dau v ad');
  expect(sections[0]).toBe('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?');
  expect(sections.length).toBeGreaterThan(1);
  expect(reply.meta.rule).toMatch(/^parts\./u);
});

it('reads a second question that leans on the first ("Nếu làm thì…") with the first one before reading it alone', async () => {
  // Alone, "có phải đưa cháu lên … không hay bố mẹ đi làm được" is first about grandparents registering a birth.
  const { sections } = await ask('Cháu tôi 8 tuổi có bắt buộc phải làm căn cước không? Nếu làm thì có phải đưa cháu lên công an không hay bố mẹ đi làm được?');
  expect(sections[0]).toBe('Trẻ dưới 14 tuổi có bắt buộc làm thẻ căn cước không?');
  expect(sections[1]).toBe('Làm căn cước cho con có phải đưa con đến công an không, con dưới 6 tuổi thì sao?');
});
