import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { KnowledgeValidationError } from '../../src/knowledge';
import { loadRoster, parseRoster, statusUnitKey, type Roster } from '../../src/officials';
import { generatedAcronyms, nameTokens } from '../../src/officials/names';
import { KNOWLEDGE_DIR } from '../helpers';
import { planText, PLANS } from './fixtures';

let roster: Roster;
beforeAll(async () => {
  roster = await loadRoster(join(KNOWLEDGE_DIR, 'units.yaml'));
});

const ids = (name: string, province?: string) => roster.resolve(name, province).map((m) => m.unit.id);

describe('unit names as officials type them', () => {
  it.each(['Sở KH&CN', 'SKHCN', 'Sở Khoa học và Công nghệ', 'so khoa hoc cong nghe', 'Sở KHCN', 'sở khoa học công nghệ'])(
    '"%s" is the Sở Khoa học và Công nghệ of each province that has one',
    (name) => {
      expect(ids(name)).toEqual(['dt-skhcn', 'dn-skhcn', 'x-skhcn']);
      expect(roster.resolve(name).map((m) => m.unit.province)).toEqual(['Đồng Tháp', 'Đồng Nai', 'Tỉnh chưa nêu tên']);
    },
  );

  it.each(['Sở VHTTDL', 'Sở VH-TT-DL', 'Sở VHTT&DL', 'SVHTTDL', 'Sở Văn hóa, Thể thao và Du lịch', 'so van hoa the thao va du lich'])('"%s" is dt-svhttdl', (name) => {
    expect(ids(name)).toEqual(['dt-svhttdl']);
  });

  it.each(['VP UBND tỉnh', 'Văn phòng UBND tỉnh Đồng Tháp', 'Văn phòng Ủy ban nhân dân tỉnh', 'VPUBND', 'van phong ubnd tinh'])('"%s" is dt-vp-ubnd', (name) => {
    expect(ids(name)).toEqual(['dt-vp-ubnd']);
  });

  it.each(['Phòng Hành chính – Tổ chức', 'Phòng Hành chính - Tổ chức', 'Phòng Hành chính Tổ chức', 'Phòng Hành chính—Tổ chức', 'phong hanh chinh to chuc', 'Phòng HC-TC'])(
    '"%s" (any dash or none) is dt-vp-hctc',
    (name) => {
      expect(ids(name)).toEqual(['dt-vp-hctc']);
    },
  );

  it('narrows a name used in several provinces by the province written after it, or given apart', () => {
    expect(ids('Sở Khoa học và Công nghệ Đồng Tháp')).toEqual(['dt-skhcn']);
    expect(ids('Sở KH&CN Đồng Nai')).toEqual(['dn-skhcn']);
    expect(ids('Sở Khoa học và Công nghệ tỉnh Đồng Tháp')).toEqual(['dt-skhcn']);
    expect(ids('Sở KH&CN', 'Đồng Nai')).toEqual(['dn-skhcn']);
    expect(ids('Công an tỉnh')).toEqual(['dt-ca-tinh', 'x-ca-tinh']);
    expect(ids('Công an tỉnh', 'Đồng Tháp')).toEqual(['dt-ca-tinh']);
  });

  it('maps a commune or ward the roster places to its own province, keeping its own name', () => {
    expect(roster.resolve('UBND phường Cao Lãnh')).toEqual([
      expect.objectContaining({ unit: expect.objectContaining({ id: 'dt-xa-phuong', commune: true }), commune: 'UBND phường Cao Lãnh' }),
    ]);
    expect(roster.resolve('phuong bien hoa').map((m) => [m.unit.id, m.commune])).toEqual([['dn-xa-phuong', 'UBND phuong bien hoa']]);
  });

  it('maps a commune or ward the roster does not place to the commune group of each province, for the official to choose', () => {
    expect(roster.resolve('UBND xã Mỹ An').map((m) => [m.unit.id, m.commune])).toEqual([
      ['dt-xa-phuong', 'UBND xã Mỹ An'],
      ['dn-xa-phuong', 'UBND xã Mỹ An'],
      ['x-xa-phuong', 'UBND xã Mỹ An'],
    ]);
    expect(roster.resolve('UBND phường Cao Lãnh', 'Đồng Tháp').map((m) => [m.unit.id, m.commune])).toEqual([['dt-xa-phuong', 'UBND phường Cao Lãnh']]);
    expect(roster.resolve('xa my an', 'Đồng Tháp').map((m) => [m.unit.id, m.commune])).toEqual([['dt-xa-phuong', 'UBND xa my an']]);
    expect(roster.resolve('Ủy ban nhân dân xã Mỹ An', 'Đồng Tháp').map((m) => [m.unit.id, m.commune])).toEqual([['dt-xa-phuong', 'UBND xã Mỹ An']]);
  });

  it('keeps one status key per commune however its name is typed', () => {
    const key = (name: string) => statusUnitKey(roster.resolve(name, 'Đồng Tháp')[0]!);
    expect(key('UBND xã Mỹ An')).toBe('dt-xa-phuong:xa my an');
    expect(key('xa my an')).toBe('dt-xa-phuong:xa my an');
    expect(key('Ủy ban nhân dân xã Mỹ An')).toBe('dt-xa-phuong:xa my an');
    expect(key('UBND phường Cao Lãnh')).not.toBe(key('UBND xã Mỹ An'));
  });

  it('drops a leading "Chủ tịch" from a commune name, as it does "UBND"', () => {
    const match = roster.resolve('Chủ tịch UBND xã Mỹ An', 'Đồng Tháp')[0]!;
    expect(match.commune).toBe('UBND xã Mỹ An');
    expect(statusUnitKey(match)).toBe('dt-xa-phuong:xa my an');
  });

  it('leaves the province out of a commune name narrowed by it', () => {
    const match = roster.resolve('UBND phường Cao Lãnh Đồng Tháp');
    expect(match.map((m) => [m.unit.id, m.commune])).toEqual([['dt-xa-phuong', 'UBND phường Cao Lãnh']]);
  });

  it.each(['Sở Ngoại vụ', 'Sở Du lịch', 'Phòng Kế toán', 'Ban Dân tộc', '', '   '])('finds nothing for "%s"', (name) => {
    expect(roster.resolve(name)).toEqual([]);
  });

  it('finds nothing for a unit of one province asked for in another', () => {
    expect(ids('Sở Văn hóa, Thể thao và Du lịch', 'Đồng Nai')).toEqual([]);
    expect(ids('Phòng Hành chính – Tổ chức', 'Đồng Nai')).toEqual([]);
  });
});

describe('name spellings', () => {
  it('joins consonant-only abbreviations and drops filler words', () => {
    expect(nameTokens('Sở KH&CN')).toEqual(['so', 'khcn']);
    expect(nameTokens('Sở VH-TT-DL')).toEqual(['so', 'vhttdl']);
    expect(nameTokens('VP UBND tỉnh')).toEqual(['van', 'phong', 'uy', 'ban', 'nhan', 'dan', 'tinh']);
    expect(nameTokens('Sở Khoa học và Công nghệ')).toEqual(['so', 'khoa', 'hoc', 'cong', 'nghe']);
  });

  it('generates the acronyms officials use', () => {
    expect(generatedAcronyms('Sở Khoa học và Công nghệ')).toEqual([['so', 'khcn'], ['skhcn']]);
    expect(generatedAcronyms('Sở Nội vụ')).toEqual([['so', 'nv'], ['snv']]);
    expect(generatedAcronyms('Văn phòng UBND tỉnh Đồng Tháp')).toEqual([]);
  });
});

describe('units named in the plans’ fields', () => {
  const find = (text: string) => roster.findInText(text, 'Đồng Tháp');

  it.each([
    [
      'Sở Giáo dục và Đào tạo, Sở Nội vụ, Sở Tài chính, Công an tỉnh; Đoàn Thanh niên Cộng sản Hồ Chí Minh tỉnh; Liên minh Hợp tác xã tỉnh; Hội liên hiệp Phụ nữ tỉnh;... và các doanh nghiệp công nghệ số.',
      ['dt-sgddt', 'dt-snv', 'dt-stc', 'dt-ca-tinh', 'dt-tinh-doan', 'dt-lmhtx', 'dt-hlhpn', 'dt-doanh-nghiep-cns'],
    ],
    ['Sở Khoa học và Công nghệ; Sở Văn hóa, Thể thao và Du lịch; Văn phòng UBND tỉnh.', ['dt-skhcn', 'dt-svhttdl', 'dt-vp-ubnd']],
    ['Sở Văn hóa, Thể thao và Du lịch; Báo và Phát thanh, Truyền hình Đồng Tháp; các cơ quan báo chí trên địa bàn tỉnh.', ['dt-svhttdl', 'dt-bao-ptth', 'dt-co-quan-bao-chi']],
    ['Sở Khoa học và Công nghệ, Công an tỉnh, Liên minh Hợp tác xã, Hiệp hội Doanh nghiệp tỉnh; Ủy ban nhân dân các xã, phường.', ['dt-skhcn', 'dt-ca-tinh', 'dt-lmhtx', 'dt-hhdn', 'dt-xa-phuong']],
    ['Báo và Phát thanh, Truyền hình Đồng Tháp; Cổng Thông tin điện tử tỉnh; các sở, ban, ngành, địa phương.', ['dt-bao-ptth', 'dt-cong-ttdt', 'dt-nganh-dia-phuong']],
    ['Sở Khoa học và Công nghệ, Ngân hàng nhà nước chi nhánh Khu vực 13, các doanh nghiệp công nghệ số.', ['dt-skhcn', 'dt-nhnn-kv13', 'dt-doanh-nghiep-cns']],
    ['Sở Công Thương, Sở Nông nghiệp và Môi trường', ['dt-sct', 'dt-snnmt']],
    ['Ủy ban nhân dân xã, phường.', ['dt-xa-phuong']],
    ['Các cơ quan, đơn vị trực thuộc Ủy ban nhân dân tỉnh.', ['dt-truc-thuoc-ubnd']],
  ])('"%s"', async (text, expected) => {
    expect(await planText(PLANS.sangKien)).toContain(text);
    expect(find(text)).toEqual({ ids: expected, unknown: [] });
  });

  it('lists the names it does not know, for the editor to add', () => {
    expect(find('Sở Khoa học và Công nghệ, Sở Ngoại vụ; Ban Dân tộc.')).toEqual({ ids: ['dt-skhcn'], unknown: ['Sở Ngoại vụ', 'Ban Dân tộc'] });
  });

  it('keeps to the plan’s province, or names every province’s unit when the plan has none', () => {
    expect(roster.findInText('Sở Khoa học và Công nghệ', 'Đồng Nai').ids).toEqual(['dn-skhcn']);
    expect(roster.findInText('Sở Khoa học và Công nghệ', undefined).ids).toEqual(['dt-skhcn', 'dn-skhcn', 'x-skhcn']);
  });
});

describe('roster file validation', () => {
  const problems = (source: string) => {
    try {
      parseRoster('knowledge/units.yaml', source);
      return [];
    } catch (error) {
      if (error instanceof KnowledgeValidationError) return error.problems.map((p) => p.toJSON());
      throw error;
    }
  };

  it('accepts a small valid roster', () => {
    const r = parseRoster('knowledge/units.yaml', 'provinces:\n  - name: Tỉnh A\n    units:\n      - id: a-so\n        name: Sở Khoa học và Công nghệ\n        in: [a-nhom]\n    groups:\n      - id: a-nhom\n        name: Các sở, ban, ngành\n');
    expect(r.resolve('SKHCN').map((m) => m.unit.id)).toEqual(['a-so']);
    expect([...r.scopeOf('a-so')]).toEqual(['a-so', 'a-nhom']);
  });

  it('rejects an id used twice, at the line of the second one', () => {
    const source = [
      'provinces:',
      '  - name: Tỉnh A',
      '    units:',
      '      - id: a-so',
      '        name: Sở A',
      '      - id: a-so',
      '        name: Sở B',
    ].join('\n');
    expect(problems(source)).toEqual([{ code: 'duplicate_id', severity: 'error', path: 'knowledge/units.yaml', line: 6, field: 'id', found: 'a-so' }]);
  });

  it('rejects a duplicate id across provinces too', () => {
    const source = 'provinces:\n  - name: A\n    units:\n      - id: so\n        name: Sở A\n  - name: B\n    groups:\n      - id: so\n        name: Nhóm B\n';
    expect(problems(source)).toEqual([{ code: 'duplicate_id', severity: 'error', path: 'knowledge/units.yaml', line: 8, field: 'id', found: 'so' }]);
  });

  it('rejects an `in` or `parent` naming no unit, at the line of that field', () => {
    const source = [
      'provinces:',
      '  - name: Tỉnh A',
      '    units:',
      '      - id: a-so',
      '        name: Sở A',
      '        in: [a-nhom-sai]',
      '      - id: a-phong',
      '        name: Phòng B',
      '        parent: a-khong-co',
    ].join('\n');
    expect(problems(source)).toEqual([
      { code: 'unknown_ref', severity: 'error', path: 'knowledge/units.yaml', line: 6, field: 'in', found: 'a-nhom-sai' },
      { code: 'unknown_ref', severity: 'error', path: 'knowledge/units.yaml', line: 9, field: 'parent', found: 'a-khong-co' },
    ]);
  });

  it('rejects a badly written id and an unknown field at their lines', () => {
    expect(problems('provinces:\n  - name: A\n    units:\n      - id: Sở A\n        name: Sở A\n')).toEqual([
      { code: 'bad_value', severity: 'error', path: 'knowledge/units.yaml', line: 4, field: 'provinces.0.units.0.id', found: 'Sở A' },
    ]);
    expect(problems('provinces:\n  - name: A\n    units:\n      - id: a\n        name: Sở A\n        alias: [x]\n')[0]).toMatchObject({
      code: 'unknown_field',
      line: 4,
      field: 'provinces.0.units.0.alias',
    });
  });

  it('loads the real roster without problems', () => {
    expect(roster.units.length).toBeGreaterThan(30);
    expect(roster.get('dt-vp-hctc')).toMatchObject({ name: 'Phòng Hành chính – Tổ chức', parent: 'dt-vp-ubnd', province: 'Đồng Tháp', group: false });
    expect(roster.provinceOfPlan('ubnd-tinh-cong-van-phuong-huong-2026.md')).toBe('Tỉnh chưa nêu tên');
  });
});
