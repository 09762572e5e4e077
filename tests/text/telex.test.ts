import { describe, expect, it } from 'vitest';
import { withoutTelexLetters } from '../../src/text';

describe('withoutTelexLetters', () => {
  it.each([
    ['kys', 'ky'],
    ['lamf', 'lam'],
    ['tamj', 'tam'],
    ['giowf', 'gio'],
    ['ddi', 'di'],
    ['dduwowcj', 'duoc'],
    ['đăngw', 'đăng'],
    ['khôngg', 'không'],
    ['trus,', 'tru,'],
    ['(Lamf)', '(lam)'],
  ])('reads "%s" typed with the input method off as "%s"', (typed, read) => {
    expect(withoutTelexLetters(typed)).toBe(read);
  });

  it.each(['otp', 'sms', 'zalo', 'vneid', 'khoong', 'xoong', 'nghieng', 'được', 'chồng', 'dc', 'onlinee', 'muc2'])('leaves "%s" as typed', (word) => {
    expect(withoutTelexLetters(word)).toBe(word);
  });

  it('keeps the words it is told to keep, which would otherwise lose their last letter', () => {
    const keep = new Set(['gas', 'ios', 'tour']);
    expect(['gas', 'ios', 'tour'].map((w) => withoutTelexLetters(w))).toEqual(['ga', 'io', 'tou']);
    expect(['gas', 'iOS', 'tour'].map((w) => withoutTelexLetters(w, keep))).toEqual(['gas', 'iOS', 'tour']);
  });
});
