import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contactsFileSites } from '../../src/media';
import { tempDir } from '../helpers';

describe('official addresses from contacts.yaml', () => {
  it('is empty without the file', async () => {
    expect(await contactsFileSites(await tempDir()).list()).toEqual([]);
  });

  it('finds web addresses in any layout, named by a sibling name field', async () => {
    const dir = await tempDir();
    await writeFile(
      join(dir, 'contacts.yaml'),
      [
        'websites:',
        '  - name: Cổng Dịch vụ công quốc gia',
        '    url: https://dichvucong.gov.vn/p/home',
        '  - ten: VNeID',
        '    address: vneid.gov.vn',
        'phones:',
        '  - number: "1900 0368"',
        '    name: Tổng đài VNeID',
        'other: [binhdanhocvuso.gov.vn]',
      ].join('\n'),
    );
    expect(await contactsFileSites(dir).list()).toEqual([
      { host: 'dichvucong.gov.vn', name: 'Cổng Dịch vụ công quốc gia' },
      { host: 'vneid.gov.vn', name: 'VNeID' },
      { host: 'binhdanhocvuso.gov.vn', name: 'binhdanhocvuso.gov.vn' },
    ]);
  });
});
