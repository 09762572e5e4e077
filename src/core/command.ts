export interface Command {
  name: string;
  args: string;
}

/** "/dangky ABC" or "/dangky@TroLySoBot ABC" → {name: "dangky", args: "ABC"}. */
export function parseCommand(text: string): Command | undefined {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/iu.exec(text.trim());
  return m ? { name: m[1]!.toLowerCase(), args: (m[2] ?? '').trim() } : undefined;
}
