import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsFileSites } from '../../src/media';
import { tempDir } from '../helpers';

describe('official addresses from contacts.yaml', () => {
  it('is empty without the file', async () => {
    expect(await contactsFileSites(await tempDir()).list()).toEqual([]);
  });

  it('lists the checked web sites of contacts.yaml with their names, leaving out numbers and sites to confirm', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'contacts.yaml'),
      [
        '- name: Cổng Dịch vụ công quốc gia',
        '  value: dichvucong.gov.vn',
        '  kind: web',
        '  purpose: Nộp hồ sơ',
        '  checked: "domain-facts, 2026-11-30"',
        '- name: Tổng đài VNeID',
        '  value: "1900 0368"',
        '  kind: phone',
        '  purpose: Hỗ trợ',
        '  checked: "domain-facts, 2026-11-30"',
        '- name: Trang chưa chắc',
        '  value: vi-du.gov.vn',
        '  kind: web',
        '  purpose: Thử',
        '  checked: "chưa"',
        '  status: to_confirm',
      ].join('\n'),
    );
    expect(await contactsFileSites(dir).list()).toEqual([{ host: 'dichvucong.gov.vn', name: 'Cổng Dịch vụ công quốc gia' }]);
  });
});
