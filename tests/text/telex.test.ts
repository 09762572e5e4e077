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

  it.each(['app', 'acc', 'pass', 'otp', 'sms', 'zalo', 'vneid', 'ios', 'bus', 'tour', 'gas', 'khoong', 'xoong', 'nghieng', 'được', 'chồng', 'dc', 'onlinee', 'muc2'])(
    'leaves "%s" as typed',
    (word) => {
      expect(withoutTelexLetters(word)).toBe(word);
    },
  );
});
