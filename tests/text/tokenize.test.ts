import { describe, expect, it } from 'vitest';
import { bigrams, indexTerms, queryTerms, splitSentences, syllables } from '../../src/text';

describe('syllables and bigrams', () => {
  it('splits folded text into syllables, dropping punctuation', () => {
    expect(syllables('Cách kích hoạt VNeID (mức 2)?')).toEqual(['cach', 'kich', 'hoat', 'vneid', 'muc', '2']);
  });

  it('pairs adjacent syllables', () => {
    expect(bigrams(['kich', 'hoat', 'vneid'])).toEqual(['kich_hoat', 'hoat_vneid']);
    expect(indexTerms('dịch vụ công')).toEqual(['dich', 'vu', 'cong', 'dich_vu', 'vu_cong']);
  });
});

describe('queryTerms', () => {
  it('drops question phrases by position but keeps content words that fold the same', () => {
    const terms = queryTerms('Làm sao để có tài khoản định danh điện tử mức 2?');
    expect(terms.unigrams).toEqual(['tai', 'khoan', 'dinh', 'danh', 'dien', 'tu', 'muc', '2']);
    expect(terms.bigrams).toContain('dinh_danh');
    expect(terms.bigrams).not.toContain('lam_sao');
  });

  it('gives the same terms with and without diacritics', () => {
    expect(queryTerms('tai ung dung vneid o dau')).toEqual(queryTerms('Tải ứng dụng VNeID ở đâu?'));
  });

  it('keeps a "không" that negates, drops the one that only asks', () => {
    expect(queryTerms('thanh toán không dùng tiền mặt là gì').unigrams).toContain('khong');
    expect(queryTerms('có an toàn không').unigrams).not.toContain('khong');
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

describe('queryTerms for numbers from abroad', () => {
  it('reads "+86" or "00855" as a call from abroad, but not "+84"', () => {
    expect(queryTerms('Có số lạ +86 gọi tới').unigrams).toEqual(expect.arrayContaining(['nuoc', 'ngoai']));
    expect(queryTerms('số 00855 123 gọi').unigrams).toEqual(expect.arrayContaining(['nuoc', 'ngoai']));
    expect(queryTerms('số +84 912 gọi').unigrams).not.toContain('ngoai');
  });
});
