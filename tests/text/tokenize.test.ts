import { describe, expect, it } from 'vitest';
import { bigrams, indexTerms, splitSentences, syllables, syllablesWithAccents } from '../../src/text';

describe('syllables and bigrams', () => {
  it('splits folded text into syllables, dropping punctuation', () => {
    expect(syllables('Cách kích hoạt VNeID (mức 2)?')).toEqual(['cach', 'kich', 'hoat', 'vneid', 'muc', '2']);
  });

  it('splits letters from digits and glues only abbreviations written with & or -', () => {
    expect(syllables('lam muc2 15h')).toEqual(['lam', 'muc', '2', '15', 'h']);
    expect(syllables('ko dang nhap dc dvc')).toEqual(['ko', 'dang', 'nhap', 'dc', 'dvc']);
    expect(syllables('dt r')).toEqual(['dt', 'r']);
    expect(syllables('Sở KH&CN')).toEqual(['so', 'khoa', 'hoc', 'cong', 'nghe']);
  });

  it('keeps each syllable as written beside its folded form', () => {
    expect(syllablesWithAccents('Đăng nhập vay')).toEqual([
      { raw: 'đăng', folded: 'dang' },
      { raw: 'nhập', folded: 'nhap' },
      { raw: 'vay', folded: 'vay' },
    ]);
  });

  it('pairs adjacent syllables', () => {
    expect(bigrams(['kich', 'hoat', 'vneid'])).toEqual(['kich_hoat', 'hoat_vneid']);
    expect(indexTerms('dịch vụ công')).toEqual(['dich', 'vu', 'cong', 'dich_vu', 'vu_cong']);
  });
});

describe('splitSentences', () => {
  it('splits at sentence ends but keeps numbers, dates and abbreviations whole', () => {
    expect(splitSentences('Mục tiêu là 1.000.000 người. Hạn nộp trước ngày 15/6/2026. TP. Hồ Chí Minh cũng vậy.')).toEqual([
      'Mục tiêu là 1.000.000 người.',
      'Hạn nộp trước ngày 15/6/2026.',
      'TP. Hồ Chí Minh cũng vậy.',
    ]);
  });
});
