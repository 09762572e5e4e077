import { describe, expect, it } from 'vitest';
import { bankByBin, crc16, parseVietQr } from '../../src/media';
import { parseTlv } from '../../src/media/emvco';
import { vietQrPayload } from '../../src/bench/media-images';

describe('EMVCo / VietQR', () => {
  it('computes CRC-16/CCITT-FALSE (check value of "123456789" is 29B1)', () => {
    expect(crc16('123456789')).toBe('29B1');
  });

  it('reads bank, account, amount and message of a VietQR transfer', () => {
    const payload = vietQrPayload({ bin: '970436', account: '0011001234567', amount: 150000, message: 'Dong hoc phi' });
    expect(parseVietQr(payload)).toEqual({
      bin: '970436',
      bank: { bin: '970436', code: 'VCB', shortName: 'Vietcombank', name: 'Ngân hàng TMCP Ngoại Thương Việt Nam' },
      account: '0011001234567',
      to: 'account',
      amount: 150000,
      message: 'Dong hoc phi',
      receiver: undefined,
      crcValid: true,
    });
  });

  it('flags a code whose CRC does not match (altered or misread)', () => {
    const good = vietQrPayload({ bin: '970422', account: '123456789' });
    const altered = good.replace('123456789', '987654321');
    expect(parseVietQr(good)?.crcValid).toBe(true);
    expect(parseVietQr(altered)?.crcValid).toBe(false);
    expect(parseVietQr(vietQrPayload({ bin: '970422', account: '1', badCrc: true }))?.crcValid).toBe(false);
  });

  it('reads a transfer to a card and a bank outside the list', () => {
    const p = parseVietQr(vietQrPayload({ bin: '123456', account: '9704000000000018', card: true }));
    expect(p).toMatchObject({ to: 'card', bin: '123456', bank: undefined, amount: undefined });
  });

  it('is not a VietQR: other EMV schemes, plain text, broken lengths', () => {
    expect(parseVietQr('https://dichvucong.gov.vn')).toBeUndefined();
    expect(parseVietQr('000201010211' + '26' + '08' + '00041234' + '6304ABCD')).toBeUndefined();
    expect(parseTlv('000201019')).toBeUndefined();
  });

  it('knows the big banks by BIN', () => {
    expect(bankByBin('970405')?.shortName).toBe('Agribank');
    expect(bankByBin('970418')?.shortName).toBe('BIDV');
    expect(bankByBin('000000')).toBeUndefined();
  });
});
