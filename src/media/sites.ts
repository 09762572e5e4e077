import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

export interface OfficialSite {
  /** Lower-case ASCII host (`dichvucong.gov.vn`); its subdomains count as the same site. */
  host: string;
  /** What the editors call it ("Cổng Dịch vụ công quốc gia"), or the host. */
  name: string;
}

/** The editors' allow-list of official web addresses, read when a link needs checking so edits apply at once. */
export interface OfficialSites {
  list(): Promise<OfficialSite[]>;
}

export const CONTACTS_FILE = 'contacts.yaml';

const NAME_KEYS = ['name', 'ten', 'title', 'label', 'description'];
const DOMAIN = /^(?:https?:\/\/)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?:[/:?#]\S*)?$/iu;

/** Every web address in a YAML tree, whatever its shape, named by a sibling `name`/`ten` field when there is one. */
function collect(node: unknown, name: string | undefined, into: OfficialSite[]): void {
  if (typeof node === 'string') {
    const match = DOMAIN.exec(node.trim());
    if (match) into.push({ host: match[1]!.toLowerCase(), name: name ?? match[1]!.toLowerCase() });
    return;
  }
  if (Array.isArray(node)) {
    for (const item of node) collect(item, name, into);
    return;
  }
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const own = NAME_KEYS.map((k) => record[k]).find((v): v is string => typeof v === 'string' && !DOMAIN.test(v.trim()));
    for (const [key, value] of Object.entries(record)) {
      if (NAME_KEYS.includes(key)) continue;
      collect(value, own ?? name, into);
    }
  }
}

/**
 * Reads `contacts.yaml` from the knowledge folder with no assumption about its layout beyond "web addresses are
 * strings". A stand-in until the knowledge module exposes the typed contacts list; a missing file is an empty list.
 */
export function contactsFileSites(knowledgeDir: string): OfficialSites {
  const path = join(knowledgeDir, CONTACTS_FILE);
  return {
    async list() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
        throw error;
      }
      const sites: OfficialSite[] = [];
      collect(parse(text), undefined, sites);
      return [...new Map(sites.map((s) => [s.host, s])).values()];
    },
  };
}
