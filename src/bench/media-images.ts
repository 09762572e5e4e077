import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import QRCode from 'qrcode';
import { crc16 } from '../media';

/** Phone screens the eval renders at, in CSS pixels times the device ratio they are captured at. */
export const PHONES = {
  small: { width: 400, height: 300 },
  android: { width: 720, height: 1280 },
  iphone: { width: 750, height: 1334 },
} as const;

const FONT = GlobalFonts.families.some((f) => f.family === 'DejaVu Sans') ? 'DejaVu Sans' : 'sans-serif';

export interface Screenshot {
  /** Body of the dialog: each string is a paragraph, wrapped to the screen's width as the app would. */
  lines: string[];
  title?: string;
  button?: string;
  phone?: keyof typeof PHONES;
  dark?: boolean;
}

/** A phone screenshot of an app dialog: status bar, title, wrapped message, a button, in light or dark mode. */
export function renderScreenshot(shot: Screenshot): Buffer {
  const { width, height } = PHONES[shot.phone ?? 'small'];
  const scale = width / 400;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  const fg = shot.dark ? '#e8e8e8' : '#1f1f1f';
  g.fillStyle = shot.dark ? '#121212' : '#ffffff';
  g.fillRect(0, 0, width, height);
  g.fillStyle = fg;
  g.font = `${Math.round(12 * scale)}px "${FONT}"`;
  g.fillText('9:41', 16 * scale, 18 * scale);
  g.fillText('87%', width - 48 * scale, 18 * scale);
  let y = 64 * scale;
  if (shot.title) {
    g.font = `bold ${Math.round(18 * scale)}px "${FONT}"`;
    g.fillText(shot.title, 20 * scale, y);
    y += 34 * scale;
  }
  g.font = `${Math.round(15 * scale)}px "${FONT}"`;
  const maxWidth = width - 40 * scale;
  for (const paragraph of shot.lines) {
    let line = '';
    for (const word of paragraph.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (line && g.measureText(next).width > maxWidth) {
        g.fillText(line, 20 * scale, y);
        y += 24 * scale;
        line = word;
      } else line = next;
    }
    g.fillText(line, 20 * scale, y);
    y += 24 * scale;
  }
  if (shot.button) {
    y += 12 * scale;
    g.fillStyle = shot.dark ? '#2d6cdf' : '#c62828';
    g.fillRect(20 * scale, y, 120 * scale, 36 * scale);
    g.fillStyle = '#ffffff';
    g.fillText(shot.button, 36 * scale, y + 24 * scale);
  }
  return canvas.toBuffer('image/png');
}

/** A photo-like image with nothing to read: a soft gradient. */
export function renderBlank(width = 400, height = 300): Buffer {
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  const gradient = g.createLinearGradient(0, 0, width, height);
  gradient.addColorStop(0, '#9fc5e8');
  gradient.addColorStop(1, '#f6b26b');
  g.fillStyle = gradient;
  g.fillRect(0, 0, width, height);
  return canvas.toBuffer('image/png');
}

export function renderQr(text: string, width = 480): Promise<Buffer> {
  return QRCode.toBuffer(text, { width, margin: 4, errorCorrectionLevel: 'M' });
}

const tlv = (id: string, value: string) => `${id}${String(value.length).padStart(2, '0')}${value}`;

/** A VietQR payload as bank apps make it, CRC included (or a wrong one, to test the check). */
export function vietQrPayload(p: { bin: string; account: string; amount?: number; message?: string; card?: boolean; badCrc?: boolean }): string {
  const beneficiary = tlv('00', p.bin) + tlv('01', p.account);
  const merchant = tlv('00', 'A000000727') + tlv('01', beneficiary) + tlv('02', p.card ? 'QRIBFTTC' : 'QRIBFTTA');
  let payload = tlv('00', '01') + tlv('01', p.amount ? '12' : '11') + tlv('38', merchant) + tlv('53', '704');
  if (p.amount !== undefined) payload += tlv('54', String(p.amount));
  payload += tlv('58', 'VN');
  if (p.message) payload += tlv('62', tlv('08', p.message));
  payload += '6304';
  const crc = crc16(payload);
  return payload + (p.badCrc ? (crc === '0000' ? '0001' : '0000') : crc);
}
