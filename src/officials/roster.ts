import { readFile } from 'node:fs/promises';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KnowledgeFileError, KnowledgeValidationError, nearest, problemFromIssue } from '../knowledge';
import { foldText } from '../text';
import { generatedAcronyms, key, nameTokens } from './names';

const unitSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/u, 'must be lower-case letters, digits and dashes'),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  parent: z.string().optional(),
  in: z.array(z.string()).default([]),
  commune: z.boolean().default(false),
  all: z.boolean().default(false),
});

const rosterSchema = z.strictObject({
  provinces: z.array(
    z.strictObject({
      name: z.string().min(1),
      note: z.string().optional(),
      /** Plan files (names) that belong to this province when their front matter names none. */
      plans: z.array(z.string()).default([]),
      /** Communes and wards known to be in this province ("phường Cao Lãnh"): named alone, they need no province. */
      communes: z.array(z.string().min(1)).default([]),
      units: z.array(unitSchema).default([]),
      groups: z.array(unitSchema).default([]),
    }),
  ),
});

export interface RosterUnit {
  id: string;
  name: string;
  province: string;
  /** A group several units belong to ("Các sở, ban, ngành"), not a unit an official works in. */
  group: boolean;
  commune: boolean;
  all: boolean;
  parent?: string;
  in: string[];
  /** Comparable spellings: the name, aliases and generated acronyms as syllable strings. */
  keys: string[];
}

/** A unit as an official names it: a roster unit, or a commune/ward ("UBND phường Cao Lãnh") of a province's commune group. */
export interface UnitMatch {
  unit: RosterUnit;
  /** The commune or ward's own name when the official is from one ("UBND phường Cao Lãnh"). */
  commune?: string;
}

const COMMUNE = /^(?:chu tich |cong chuc |can bo )?(?:uy ban nhan dan |ubnd )?(xa|phuong|thi tran|dac khu) (?!va |phuong|xa)([a-z0-9 ]+)$/u;

export class Roster {
  private readonly byId: Map<string, RosterUnit>;

  constructor(
    readonly units: readonly RosterUnit[],
    readonly provinces: readonly { name: string; plans: string[]; communes?: string[] }[],
  ) {
    this.byId = new Map(units.map((u) => [u.id, u]));
  }

  get(id: string): RosterUnit | undefined {
    return this.byId.get(id);
  }

  /** The province a plan belongs to: its front matter, or the roster's list of plans without one. */
  provinceOfPlan(fileName: string, declared?: string): string | undefined {
    if (declared) return this.provinces.find((p) => foldText(p.name) === foldText(declared))?.name ?? declared;
    return this.provinces.find((p) => p.plans.includes(fileName))?.name;
  }

  /**
   * Units an official's free-text unit name may mean: exact spellings first (with or without diacritics, dashes,
   * "&", abbreviations), then a commune or ward. Several results mean the name is used in several provinces.
   */
  resolve(input: string, province?: string): UnitMatch[] {
    let tokens = nameTokens(input);
    const named = this.provinces.find((p) => {
      const pt = nameTokens(p.name);
      return pt.length > 0 && key(tokens.slice(-pt.length)) === key(pt);
    });
    const wanted = province ?? named?.name;
    const candidates = this.units.filter((u) => !wanted || foldText(u.province) === foldText(wanted));
    const exact = (t: string[]) => candidates.filter((u) => u.keys.includes(key(t)));
    let found = exact(tokens);
    if (found.length === 0 && named) {
      tokens = tokens.slice(0, tokens.length - nameTokens(named.name).length);
      found = exact(tokens);
      if (found.length === 0 && tokens.at(-1) !== 'tinh') found = exact([...tokens, 'tinh']);
    }
    if (found.length === 0 && tokens.at(-1) === 'tinh') found = exact(tokens.slice(0, -1));
    if (found.length > 0) return found.map((unit) => ({ unit }));
    const commune = COMMUNE.exec(key(tokens));
    if (commune) {
      const label = communeLabel(input, named?.name);
      const place = key(nameTokens(`${commune[1]} ${commune[2]}`));
      const known = wanted ? undefined : this.provinces.find((p) => (p.communes ?? []).some((c) => key(nameTokens(c)) === place));
      return candidates.filter((u) => u.commune && (!known || u.province === known.name)).map((unit) => ({ unit, commune: label }));
    }
    return [];
  }

  /**
   * Units named in a plan's text ("Sở Khoa học và Công nghệ, Công an tỉnh; Ủy ban nhân dân các xã, phường."),
   * longest spelling first; `unknown` lists the parts that match no unit, for the editor to add to the roster.
   */
  findInText(text: string, province: string | undefined): { ids: string[]; unknown: string[] } {
    const pool = this.units.filter((u) => !province || u.province === province);
    const ids: string[] = [];
    const unknown: string[] = [];
    for (const piece of text.split(/[;]/u)) {
      const parts = piece.split(/,(?![^(]*\))/u);
      let i = 0;
      while (i < parts.length) {
        let matched = false;
        // Names may themselves contain commas ("Sở Văn hóa, Thể thao và Du lịch"): try the longest run of parts first.
        for (let j = parts.length; j > i && !matched; j--) {
          const tokens = nameTokens(parts.slice(i, j).join(','));
          if (tokens.length === 0) {
            matched = j === i + 1;
            if (matched) i = j;
            continue;
          }
          const hits = pool.filter((u) => u.keys.includes(key(tokens)) || u.keys.includes(key(trimTail(tokens))));
          if (hits.length > 0) {
            for (const h of hits) if (!ids.includes(h.id)) ids.push(h.id);
            i = j;
            matched = true;
          }
        }
        if (!matched) {
          const label = parts[i]!.replace(/[.…]+$/u, '').trim();
          if (label && nameTokens(label).length > 0) unknown.push(label);
          i++;
        }
      }
    }
    return { ids, unknown };
  }

  /** A unit, the groups it belongs to (transitively) and the province-wide group: whose tasks concern it. */
  scopeOf(id: string): Set<string> {
    const unit = this.byId.get(id);
    const scope = new Set<string>();
    if (!unit) return scope;
    const visit = (u: RosterUnit) => {
      if (scope.has(u.id)) return;
      scope.add(u.id);
      for (const g of u.in) {
        const group = this.byId.get(g);
        if (group) visit(group);
      }
    };
    visit(unit);
    for (const u of this.units) if (u.all && u.province === unit.province) scope.add(u.id);
    return scope;
  }

  /** Units whose parent is `id` (the phòng of a Văn phòng), which a parent's official also oversees. */
  childrenOf(id: string): RosterUnit[] {
    return this.units.filter((u) => u.parent === id);
  }
}

function trimTail(tokens: string[]): string[] {
  // "Liên minh Hợp tác xã tỉnh" vs "Liên minh Hợp tác xã": a trailing "tỉnh"/"trên địa bàn tỉnh" does not change the unit.
  const text = key(tokens).replace(/( tren dia ban)? tinh$/u, '');
  return text ? text.split(' ') : tokens;
}

/** "Chủ tịch UBND xã Mỹ An (Đồng Tháp)" → "UBND xã Mỹ An": one label per commune, whoever writes it. */
function communeLabel(input: string, province?: string): string {
  let text = input.trim().replace(/\s+/gu, ' ').replace(/^(chủ tịch|chu tich|công chức|cong chuc|cán bộ|can bo)\s+/iu, '');
  if (province) {
    const at = foldText(text).lastIndexOf(foldText(province));
    if (at > 0) text = text.slice(0, at).replace(/[\s,(–-]+$/u, '');
  }
  text = text.replace(/^(ủy ban nhân dân|uỷ ban nhân dân|uy ban nhan dan|ubnd)\s+/iu, '');
  return `UBND ${text}`;
}

/** Parses units.yaml; throws KnowledgeValidationError naming path:line for a bad entry, unknown parent or group. */
export function parseRoster(path: string, source: string): Roster {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter });
  const yamlError = doc.errors[0];
  if (yamlError) throw new KnowledgeValidationError([new KnowledgeFileError({ code: 'yaml_syntax', path, line: counter.linePos(yamlError.pos[0]).line, found: yamlError.code })]);
  const lineAt = (segments: (string | number)[]) => {
    const node = doc.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? counter.linePos(node.range[0]).line : 1;
  };
  const raw: unknown = doc.toJS();
  const parsed = rosterSchema.safeParse(raw);
  if (!parsed.success) {
    throw new KnowledgeValidationError(
      parsed.error.issues.map((i) => new KnowledgeFileError(problemFromIssue(i, { path, line: lineAt(i.path as (string | number)[]), value: raw }))),
    );
  }
  const units: RosterUnit[] = [];
  const problems: KnowledgeFileError[] = [];
  parsed.data.provinces.forEach((p, pi) => {
    for (const [kind, list] of [['units', p.units], ['groups', p.groups]] as const) {
      list.forEach((u, ui) => {
        if (units.some((x) => x.id === u.id)) problems.push(new KnowledgeFileError({ code: 'duplicate_id', path, line: lineAt(['provinces', pi, kind, ui, 'id']), field: 'id', found: u.id }));
        const spellings = [u.name, ...u.aliases];
        const keys = new Set(spellings.flatMap((s) => [key(nameTokens(s)), ...generatedAcronyms(s).map(key)]));
        units.push({ id: u.id, name: u.name, province: p.name, group: kind === 'groups', commune: u.commune, all: u.all, parent: u.parent, in: u.in, keys: [...keys] });
      });
    }
  });
  const ids = new Set(units.map((u) => u.id));
  parsed.data.provinces.forEach((p, pi) =>
    (['units', 'groups'] as const).forEach((kind) =>
      p[kind].forEach((u, ui) => {
        for (const [field, ref] of [...u.in.map((r) => ['in', r] as const), ...(u.parent ? [['parent', u.parent] as const] : [])]) {
          if (!ids.has(ref)) problems.push(new KnowledgeFileError({ code: 'unknown_ref', path, line: lineAt(['provinces', pi, kind, ui, field]), field, found: ref, suggestion: nearest(ref, [...ids]) }));
        }
      }),
    ),
  );
  if (problems.length > 0) throw new KnowledgeValidationError(problems);
  return new Roster(units, parsed.data.provinces.map((p) => ({ name: p.name, plans: p.plans, communes: p.communes })));
}

export async function loadRoster(path: string, displayPath = path): Promise<Roster> {
  return parseRoster(displayPath, await readFile(path, 'utf8'));
}
