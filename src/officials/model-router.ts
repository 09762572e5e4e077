import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { AIMessage, BaseMessage } from '@langchain/core/messages';
import { z } from 'zod';
import { type Message, type Reply, type Source } from '../core';

type Answer = Omit<Reply, 'meta'>;

/** What the tools run: the offline answers, so the model only routes and rephrases facts computed here. */
export interface OfficialsTools {
  deadlines(question: string): Promise<Answer | undefined>;
  tasks(question: string): Promise<Answer | undefined>;
  knowledge(question: string): Promise<Answer | undefined>;
}

/** Dates, task codes and statuses: every one in the model's reply must come from a tool result. */
const FACTS = [
  /\b\d{1,2}\/\d{1,2}\/\d{4}\b/gu,
  /\[[A-Z0-9][A-Z0-9.-]*\]/gu,
  /mục (?:PL-)?[IVX\d]+(?:\.[\dA-Za-z]+)*/gu,
  /(đã hoàn thành|đang thực hiện|chưa thực hiện|chưa có cập nhật|quá hạn \d+ ngày|đã nộp)/gu,
];

export function unsupportedFacts(reply: string, evidence: string): string[] {
  const missing: string[] = [];
  for (const pattern of FACTS) for (const m of reply.matchAll(pattern)) if (!evidence.includes(m[0])) missing.push(m[0]);
  return missing;
}

const input = z.object({ cau_hoi: z.string().describe('Câu hỏi hoặc phần câu hỏi, bằng tiếng Việt, chuyển nguyên ý cho công cụ') });

/**
 * Lets a chat model answer officials through tools (deadlines, the unit's tasks, knowledge search) that run the
 * offline answers; its reply is used only if every date, task code and status in it appears in the tool results.
 */
export class OfficialsModelRouter {
  private constructor(
    private readonly model: BaseChatModel,
    private readonly system: string,
    private readonly timeoutMs: number,
    private readonly makeTools: (tools: OfficialsTools, used: Answer[]) => Promise<unknown[]>,
  ) {}

  static async create(model: BaseChatModel, promptsDir: string, timeoutMs: number): Promise<OfficialsModelRouter> {
    const system = await readFile(join(promptsDir, 'officials.system.md'), 'utf8');
    const { tool } = await import('langchain');
    const makeTools = async (tools: OfficialsTools, used: Answer[]) => {
      const wrap = (name: string, description: string, run: (q: string) => Promise<Answer | undefined>) =>
        tool(
          async ({ cau_hoi }: z.infer<typeof input>) => {
            const answer = await run(cau_hoi);
            if (answer) used.push(answer);
            return answer?.text ?? 'Không có dữ liệu cho câu hỏi này.';
          },
          { name, description, schema: input },
        );
      return [
        wrap('han_bao_cao', 'Các hạn báo cáo, mốc thời gian của đơn vị người hỏi (theo kỳ, hạn gần nhất, số ngày còn lại).', tools.deadlines),
        wrap('nhiem_vu_don_vi', 'Nhiệm vụ của đơn vị người hỏi: việc chủ trì, phối hợp, thời gian và tình trạng.', tools.tasks),
        wrap('tra_cuu_kien_thuc', 'Tra cứu nội dung các kế hoạch, văn bản và bài học.', tools.knowledge),
      ];
    };
    return new OfficialsModelRouter(model, system, timeoutMs, makeTools);
  }

  /** The model's answer, or undefined (use the offline one) when it calls no tool, fails or states an unsupported fact. */
  async answer(message: Message, question: string, tools: OfficialsTools, log?: { warn(o: object, m?: string): void }): Promise<Answer | undefined> {
    const used: Answer[] = [];
    const bound = await this.makeTools(tools, used);
    const byName = new Map(bound.map((t) => [(t as { name: string }).name, t as { invoke(input: unknown): Promise<unknown> }]));
    const withTools = (this.model as unknown as { bindTools(tools: unknown[]): BaseChatModel }).bindTools(bound);
    const signal = AbortSignal.timeout(this.timeoutMs);
    // Loaded only when a chat model is configured: LangChain takes a third of a second to load.
    const { HumanMessage, SystemMessage, ToolMessage } = await import('@langchain/core/messages');
    try {
      const messages: BaseMessage[] = [new SystemMessage(this.system), new HumanMessage(question)];
      const first = (await withTools.invoke(messages, { signal })) as AIMessage;
      const calls = first.tool_calls ?? [];
      if (calls.length === 0) return undefined;
      messages.push(first);
      for (const call of calls) {
        const run = byName.get(call.name);
        const output = run ? String(await run.invoke(call.args)) : `Không có công cụ ${call.name}.`;
        messages.push(new ToolMessage({ content: output, tool_call_id: call.id ?? call.name }));
      }
      const final = (await withTools.invoke(messages, { signal })) as AIMessage;
      const text = typeof final.content === 'string' ? final.content.trim() : '';
      const evidence = used.map((a) => a.text).join('\n');
      const missing = unsupportedFacts(text, evidence);
      if (!text || used.length === 0 || missing.length > 0) {
        log?.warn({ channel: message.channel, missing }, 'model answer for officials not supported by tool results; answering offline');
        return undefined;
      }
      const sources = new Map<string, Source>();
      for (const a of used) for (const s of a.sources) sources.set(`${s.path}#${s.section}`, s);
      return { intent: used[0]!.intent, text, sources: [...sources.values()] };
    } catch (error) {
      log?.warn({ err: (error as Error).message }, 'chat model failed for an officials question; answering offline');
      return undefined;
    }
  }
}
