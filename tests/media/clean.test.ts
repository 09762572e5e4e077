import { describe, expect, it } from 'vitest';
import { cleanLines } from '../../src/media/clean';

describe('OCR line cleaning', () => {
  it('drops the status bar, symbol noise and unsure lines, and weights confidence by length', () => {
    const result = cleanLines(
      [
        { text: '9:41', confidence: 95 },
        { text: '87%', confidence: 90 },
        { text: '| ~= _ .', confidence: 70 },
        { text: 'Thông báo', confidence: 90 },
        { text: 'Tài khoản của bạn đang đăng nhập', confidence: 80 },
        { text: 'ñ ẩ 3', confidence: 20 },
      ],
      50,
    );
    expect(result.lines).toEqual(['Thông báo', 'Tài khoản của bạn đang đăng nhập']);
    expect(result.confidence).toBe(Math.round((90 * 9 + 80 * 32) / 41));
  });

  it('puts tone marks in one place (hoà → hòa) like typed text', () => {
    expect(cleanLines([{ text: 'Hoà  thành', confidence: 90 }], 50).lines).toEqual(['Hòa thành']);
  });

  it('scores nothing kept as 0', () => {
    expect(cleanLines([{ text: '...', confidence: 90 }], 50)).toEqual({ lines: [], confidence: 0 });
  });
});

describe('known OCR misreadings', () => {
  it('reads VNelD (l for capital I) as VNeID', () => {
    expect(cleanLines([{ text: 'Tài khoản VNelD của bạn', confidence: 90 }], 50).lines).toEqual(['Tài khoản VNeID của bạn']);
  });
});
