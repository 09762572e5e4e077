import { describe, expect, it } from 'vitest';
import { foldText, hasDiacritics, normalizeText, stripDiacritics } from '../../src/text';

describe('normalizeText', () => {
  it('composes decomposed input (NFD → NFC)', () => {
    const decomposed = 'Cách kích hoạt VNeID'.normalize('NFD');
    expect(normalizeText(decomposed)).toBe('Cách kích hoạt VNeID');
    expect(normalizeText(decomposed).length).toBe('Cách kích hoạt VNeID'.length);
  });

  it('puts the tone of open oa/oe/uy syllables on the first vowel', () => {
    expect(normalizeText('hoà bình, khoẻ mạnh, thuỷ lợi, uỷ ban, toà án, hoá đơn')).toBe('hòa bình, khỏe mạnh, thủy lợi, ủy ban, tòa án, hóa đơn');
    expect(normalizeText('KHOẺ, Thuỷ')).toBe('KHỎE, Thủy');
  });

  it('leaves closed syllables and qu- alone', () => {
    expect(normalizeText('hoàn thành, quý, quả, thuyền, khoảng')).toBe('hoàn thành, quý, quả, thuyền, khoảng');
  });

  it('collapses spaces', () => {
    expect(normalizeText('  mức\t 2  ')).toBe('mức 2');
  });
});

describe('foldText', () => {
  it('removes diacritics, folds đ to d and lower-cases', () => {
    expect(foldText('Đồng Tháp ĐỊNH DANH điện tử')).toBe('dong thap dinh danh dien tu');
  });

  it('gives the same form for either tone placement', () => {
    expect(foldText('hoà')).toBe(foldText('hòa'));
  });
});

describe('diacritics helpers', () => {
  it('detects and strips diacritics', () => {
    expect(hasDiacritics('tải ứng dụng')).toBe(true);
    expect(hasDiacritics('tai ung dung')).toBe(false);
    expect(stripDiacritics('Tải ứng dụng VNeID ở đâu')).toBe('Tai ung dung VNeID o dau');
  });
});
