import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { distance } from 'fastest-levenshtein';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { KnowledgeFileError } from './errors';
import { displayPath } from './load';
import { hostOf, isPublicSuffix, phoneDigits } from './mentions';
import { nearest } from './nearest';
import { problemFromIssue } from './zod-problems';
import { CHECK_TUNING } from './tuning';

/** The editors' allow-list of official phone numbers and web sites, in the knowledge folder. */
export const CONTACTS_FILE = 'contacts.yaml';
export const CONTACT_KINDS = ['phone', 'sms', 'web'] as const;
export const CONTACT_STATUSES = ['checked', 'to_confirm'] as const;

export const contactSchema = z.strictObject({
  /** What people call it: "Tổng đài VNeID". */
  name: z.string().trim().min(1),
  /** The number as usually written ("1900 0368"), or the site's domain ("dichvucong.gov.vn"). */
  value: z.union([z.string(), z.number()]).transform(String).pipe(z.string().trim().min(1)),
  kind: z.enum(CONTACT_KINDS),
  /** What it is for, in a few words. */
  purpose: z.string().trim().min(1),
  /** Where and when it was checked. */
  checked: z.string().trim().min(1),
  /** `to_confirm` until someone has checked it at an official source; lessons are warned when they use it. */
  status: z.enum(CONTACT_STATUSES).default('checked'),
});
export const contactsFileSchema = z.array(contactSchema);

export type ContactEntry = z.infer<typeof contactSchema>;
export interface Contact extends ContactEntry {
  /** Line of the entry in contacts.yaml. */
  line: number;
  /** Digits of a phone or SMS number (+84 read as 0), or the host of a web site. */
  key: string;
}

/** Official phone numbers and web sites, for checking lessons and, later, links in QR codes. */
export class ContactList {
  constructor(readonly entries: readonly Contact[]) {}

  static readonly EMPTY = new ContactList([]);

  /** The entry of a phone number written any way ("1900 0368", "19000368", "1900.0368", "+84…"). */
  lookupPhone(number: string): Contact | undefined {
    const digits = phoneDigits(number);
    return digits ? this.entries.find((e) => e.kind !== 'web' && e.key === digits) : undefined;
  }

  /** The entry whose site a web address belongs to: the same host or one of its subdomains (www., thanhtoan.…). */
  lookupDomain(address: string): Contact | undefined {
    const host = hostOf(address);
    if (!host) return undefined;
    return this.entries.find((e) => e.kind === 'web' && (host === e.key || host.endsWith(`.${e.key}`)));
  }

  /** True for a number in the list that has been checked (not one still `to_confirm`). */
  isOfficialPhone(number: string): boolean {
    return this.lookupPhone(number)?.status === 'checked';
  }

  /** True for an address on a checked site of the list; look-alikes ("dichvucong.gov.vn.cc", "user@host") are not. */
  isOfficialDomain(address: string): boolean {
    return this.lookupDomain(address)?.status === 'checked';
  }

  /**
   * A listed number of the same length a digit or two away from this one (a likely typo: 1900 0386 for 1900 0368), for
   * the check's suggestion; short numbers get none, as 113 and 156 are both real and two digits apart.
   */
  nearestPhone(number: string): Contact | undefined {
    const digits = phoneDigits(number);
    const limit = Math.min(CHECK_TUNING.typoDistance, Math.floor(digits.length / 4));
    return this.entries.find((e) => e.kind !== 'web' && e.key.length === digits.length && distance(e.key, digits) <= limit);
  }

  /** A listed site whose host is a few letters away from this address's (a likely typo or look-alike). */
  nearestDomain(address: string): Contact | undefined {
    const host = hostOf(address);
    if (!host) return undefined;
    const web = this.entries.filter((e) => e.kind === 'web');
    const name = nearest(host, web.map((e) => e.key));
    return web.find((e) => e.key === name);
  }
}

/** Parses contacts.yaml; every problem (errors and warnings) is returned, with the entries that are usable. */
export function parseContacts(path: string, source: string): { contacts: ContactList; problems: KnowledgeFileError[] } {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, prettyErrors: false });
  const lineAt = (segments: (string | number)[], fallback = 1) => {
    const node = doc.getIn(segments, true) as { range?: [number, number, number] } | undefined;
    return node?.range ? counter.linePos(node.range[0]).line : fallback;
  };
  const yamlError = doc.errors[0];
  if (yamlError) return { contacts: ContactList.EMPTY, problems: [new KnowledgeFileError({ code: 'yaml_syntax', path, line: counter.linePos(yamlError.pos[0]).line, found: yamlError.code })] };
  const raw = doc.toJS() ?? [];
  if (!Array.isArray(raw)) return { contacts: ContactList.EMPTY, problems: [new KnowledgeFileError({ code: 'bad_type', path, line: 1, field: CONTACTS_FILE, expected: ['array'], found: typeof raw })] };

  const problems: KnowledgeFileError[] = [];
  const entries: Contact[] = [];
  const seen = new Map<string, number>();
  raw.forEach((item: unknown, i: number) => {
    const line = lineAt([i]);
    const parsed = contactSchema.safeParse(item);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(new KnowledgeFileError(problemFromIssue(issue, { path, line: lineAt([i, ...issue.path.map((s) => s as string | number)], line), value: item, allowedKeys: Object.keys(contactSchema.shape) })));
      return;
    }
    const entry = parsed.data;
    const valueLine = lineAt([i, 'value']);
    let key: string | undefined;
    if (entry.kind === 'web') {
      const host = hostOf(entry.value);
      if (!host) problems.push(new KnowledgeFileError({ code: 'bad_web', path, line: valueLine, field: 'value', found: entry.value }));
      else if (isPublicSuffix(host)) problems.push(new KnowledgeFileError({ code: 'domain_too_broad', path, line: valueLine, field: 'value', found: entry.value }));
      else key = host;
    } else if (/^\+?[\d\s.-]+$/u.test(entry.value) && /\d{3}/u.test(entry.value.replace(/\D/gu, ''))) {
      key = phoneDigits(entry.value);
    } else {
      problems.push(new KnowledgeFileError({ code: 'bad_phone', path, line: valueLine, field: 'value', found: entry.value }));
    }
    if (key === undefined) return;
    const first = seen.get(`${entry.kind === 'web' ? 'web' : 'tel'}:${key}`);
    if (first !== undefined) {
      problems.push(new KnowledgeFileError({ code: 'duplicate_contact', path, line, field: 'value', found: entry.value, expected: [String(first)] }));
      return;
    }
    seen.set(`${entry.kind === 'web' ? 'web' : 'tel'}:${key}`, line);
    entries.push({ ...entry, line, key });
  });
  return { contacts: new ContactList(entries), problems };
}

/** Reads KNOWLEDGE_DIR/contacts.yaml; a missing file is an empty list and a warning. */
export async function loadContacts(knowledgeDir: string, cwd = process.cwd()): Promise<{ contacts: ContactList; problems: KnowledgeFileError[] }> {
  const absolute = join(knowledgeDir, CONTACTS_FILE);
  const path = displayPath(absolute, cwd);
  try {
    return parseContacts(path, await readFile(absolute, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return { contacts: ContactList.EMPTY, problems: [new KnowledgeFileError({ code: 'missing_contacts', path, line: 1 })] };
  }
}
