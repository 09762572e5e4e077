import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const textList = z.array(z.string());

export const evalCaseSchema = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  q: z.string(),
  unit: z.string().optional(),
  today: z.string().optional(),
  /** Cases with the same chat are one conversation, asked in file order. */
  chat: z.union([z.string(), z.number()]).transform(String).optional(),
  expect: z
    .object({
      intent: z.union([z.string(), textList]).optional(),
      any: z.array(textList).optional(),
      none: textList.optional(),
      cited: z.boolean().optional(),
    })
    .default({}),
});

export type EvalCase = z.infer<typeof evalCaseSchema>;

export async function readCases(file: string): Promise<EvalCase[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((line, i) => {
    if (!line.trim()) return [];
    try {
      return [evalCaseSchema.parse(JSON.parse(line))];
    } catch (error) {
      throw new Error(`${file}:${i + 1}: not an evaluation case (${(error as Error).message.split('\n')[0]})`);
    }
  });
}
