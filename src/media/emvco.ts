import banks from './data/vietqr-banks.json';

/** NAPAS's application id in tag 38 of a VietQR code. */
export const NAPAS_GUID = 'A000000727';

export interface TlvField {
  id: string;
  value: string;
}

/** Splits an EMVCo payload into id(2) length(2) value fields; undefined when it does not parse exactly. */
export function parseTlv(payload: string): TlvField[] | undefined {
  const fields: TlvField[] = [];
  let at = 0;
  while (at < payload.length) {
    const id = payload.slice(at, at + 2);
    const length = payload.slice(at + 2, at + 4);
    if (!/^\d{2}$/u.test(id) || !/^\d{2}$/u.test(length)) return undefined;
    const end = at + 4 + Number(length);
    if (end > payload.length) return undefined;
    fields.push({ id, value: payload.slice(at + 4, end) });
    at = end;
  }
  return fields;
}

/** CRC-16/CCITT-FALSE (poly 0x1021, init 0xFFFF) as four upper-case hex digits, as EMVCo tag 63 carries it. */
export function crc16(text: string): string {
  let crc = 0xffff;
  for (const byte of Buffer.from(text, 'utf8')) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 0x8000 ? ((crc << 1) ^ 0x1021) & 0xffff : (crc << 1) & 0xffff;
  }
  return crc.toString(16).toUpperCase().padStart(4, '0');
}

export interface Bank {
  bin: string;
  code: string;
  shortName: string;
  name: string;
}

const BANKS = new Map<string, Bank>(banks.banks.map((b) => [b.bin, b]));

export function bankByBin(bin: string): Bank | undefined {
  return BANKS.get(bin);
}

export interface VietQrPayment {
  bin: string;
  bank?: Bank;
  /** Account or card number the money goes to. */
  account: string;
  /** QRIBFTTA: transfer to an account; QRIBFTTC: to a card. */
  to: 'account' | 'card' | 'unknown';
  /** In đồng; absent when the payer types the amount. */
  amount?: number;
  /** Tag 62's purpose of transaction (08), or its bill number (01) when there is no purpose. */
  message?: string;
  /** Tag 59, when the code names the receiver (VietQR codes usually do not). */
  receiver?: string;
  /** Tag 63 matches the CRC of the rest: false means the code was altered or misread. */
  crcValid: boolean;
}

const field = (fields: TlvField[], id: string) => fields.find((f) => f.id === id)?.value;

/** Checks tag 63 against the CRC of everything before its value. */
export function crcValid(payload: string): boolean {
  const at = payload.lastIndexOf('6304');
  if (at < 0 || at + 8 !== payload.length) return false;
  return crc16(payload.slice(0, at + 4)) === payload.slice(at + 4).toUpperCase();
}

/** Reads a VietQR (EMVCo merchant-presented, NAPAS) payment code; undefined for any other text. */
export function parseVietQr(payload: string): VietQrPayment | undefined {
  if (!payload.startsWith('000201')) return undefined;
  const fields = parseTlv(payload);
  if (!fields) return undefined;
  const merchant = parseTlv(field(fields, '38') ?? '');
  if (!merchant || field(merchant, '00')?.toUpperCase() !== NAPAS_GUID) return undefined;
  const beneficiary = parseTlv(field(merchant, '01') ?? '');
  const bin = beneficiary && field(beneficiary, '00');
  const account = beneficiary && field(beneficiary, '01');
  if (!bin || !account) return undefined;
  const service = field(merchant, '02');
  const amountText = field(fields, '54');
  const amount = amountText && /^\d+(\.\d+)?$/u.test(amountText) ? Number(amountText) : undefined;
  const extra = parseTlv(field(fields, '62') ?? '') ?? [];
  return {
    bin,
    bank: bankByBin(bin),
    account,
    to: service === 'QRIBFTTA' ? 'account' : service === 'QRIBFTTC' ? 'card' : 'unknown',
    amount,
    message: field(extra, '08') ?? field(extra, '01'),
    receiver: field(fields, '59'),
    crcValid: crcValid(payload),
  };
}
