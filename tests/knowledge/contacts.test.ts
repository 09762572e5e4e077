import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContactList, loadContacts, parseContacts } from '../../src/knowledge';
import { KNOWLEDGE_DIR, tempDir } from '../helpers';

const PATH = 'knowledge/contacts.yaml';
const entry = (fields: string) => `- ${fields.split('\n').join('\n  ')}\n`;
const phone = (value: string, extra = '') => entry(`name: Số\nvalue: "${value}"\nkind: phone\npurpose: Gọi hỏi\nchecked: "nguồn A"${extra}`);
const web = (value: string, extra = '') => entry(`name: Trang\nvalue: ${value}\nkind: web\npurpose: Tra cứu\nchecked: "nguồn B"${extra}`);

async function fixtureContacts(): Promise<ContactList> {
  const { contacts, problems } = await loadContacts(KNOWLEDGE_DIR, KNOWLEDGE_DIR);
  expect(problems).toEqual([]);
  return contacts;
}

describe('contacts.yaml, the allow-list of official numbers and sites', () => {
  it('matches phone numbers however they are spaced or dotted, and +84 as 0', async () => {
    const contacts = await fixtureContacts();
    for (const written of ['1900 0368', '19000368', '1900.0368', '1900-0368']) expect(contacts.isOfficialPhone(written), written).toBe(true);
    expect(contacts.lookupPhone('156')).toMatchObject({ name: 'Đường dây báo lừa đảo 156', kind: 'phone' });
    expect(contacts.lookupPhone('5656')).toMatchObject({ kind: 'sms' });
    expect(contacts.isOfficialPhone('1900 0386')).toBe(false);
    expect(contacts.nearestPhone('1900 0386')?.value).toBe('1900 0368');
    const mobile = parseContacts(PATH, phone('0912 345 678')).contacts;
    expect(mobile.isOfficialPhone('+84 912 345 678')).toBe(true);
    expect(mobile.isOfficialPhone('0084912345678')).toBe(true);
  });

  it('does not count a number still to confirm as official, but can look it up', async () => {
    const contacts = await fixtureContacts();
    expect(contacts.lookupPhone('1800 1096')).toMatchObject({ status: 'to_confirm' });
    expect(contacts.isOfficialPhone('18001096')).toBe(false);
  });

  it('matches web addresses by domain and subdomain, with or without a scheme or path', async () => {
    const contacts = await fixtureContacts();
    for (const url of ['dichvucong.gov.vn', 'https://dichvucong.gov.vn/p/home/dvc-trang-chu.html', 'http://www.dichvucong.gov.vn', 'HTTPS://DichVuCong.gov.vn.', 'thongbaorac.ais.gov.vn/bao-cao']) {
      expect(contacts.isOfficialDomain(url), url).toBe(true);
    }
    expect(contacts.lookupDomain('https://tinnhiemmang.vn/danh-ba-tin-nhiem')?.name).toBe('Tín nhiệm mạng');
  });

  it('refuses look-alikes: another ending, a dash for a dot, a user name before @, a Vietnamese letter, the parent domain', async () => {
    const contacts = await fixtureContacts();
    for (const url of [
      'dichvucong.gov.vn.cc',
      'https://dichvucong-gov.vn',
      'https://dichvucong.gov.vn@dichvucong-gov.cc/login',
      'https://dịchvucong.gov.vn',
      'ais.gov.vn',
      'gov.vn',
      'javascript:alert(1)',
      'mailto:a@dichvucong.gov.vn',
      '',
    ]) {
      expect(contacts.isOfficialDomain(url), url).toBe(false);
    }
    expect(contacts.nearestDomain('dichvuccong.gov.vn')?.value).toBe('dichvucong.gov.vn');
  });

  it('validates each entry with the same problem codes as the knowledge files', () => {
    const source = [
      phone('1900 abc'),
      web('gov.vn'),
      web('không phải trang'),
      entry('name: Thiếu\nvalue: "113"\nkind: phone\npurpose: Gọi'),
      entry('name: Sai loại\nvalue: "114"\nkind: hotline\npurpose: Gọi\nchecked: "x"'),
      entry('name: Gõ nhầm\nvalue: "115"\nkind: phone\npurpose: Gọi\nchecked: "x"\nstatuss: checked'),
      phone('1900.0368'),
      phone('19000368'),
    ].join('');
    const { contacts, problems } = parseContacts(PATH, source);
    expect(problems.map((p) => [p.code, p.severity, p.line, p.field, p.found, p.suggestion])).toEqual([
      ['bad_phone', 'error', 2, 'value', '1900 abc', undefined],
      ['domain_too_broad', 'error', 7, 'value', 'gov.vn', undefined],
      ['bad_web', 'error', 12, 'value', 'không phải trang', undefined],
      ['missing_field', 'error', 16, 'checked', undefined, undefined],
      ['bad_enum', 'error', 22, 'kind', 'hotline', undefined],
      ['unknown_field', 'error', 25, 'statuss', undefined, 'status'],
      ['duplicate_contact', 'warning', 36, 'value', '19000368', undefined],
    ]);
    expect(problems.find((p) => p.code === 'duplicate_contact')!.expected).toEqual(['31']);
    expect(contacts.entries.map((e) => e.value)).toEqual(['1900.0368']);
  });

  it('reads a missing file as an empty list, with a warning', async () => {
    const dir = await tempDir('tls-contacts-');
    await cp(KNOWLEDGE_DIR, dir, { recursive: true });
    await rm(join(dir, 'contacts.yaml'));
    const { contacts, problems } = await loadContacts(dir, dir);
    expect(contacts.entries).toEqual([]);
    expect(problems.map((p) => [p.code, p.severity, p.path])).toEqual([['missing_contacts', 'warning', 'contacts.yaml']]);
  });
});
