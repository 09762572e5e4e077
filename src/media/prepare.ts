import sharp from 'sharp';
import { mediaError } from './errors';
import type { MediaLimits } from './limits';

export interface RgbaImage {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

export interface PreparedImage {
  /** Grey PNG for Tesseract: dark mode inverted, small screenshots upscaled, large photos shrunk. */
  ocr: Buffer;
  /** A colour copy at most `qrMaxSide` wide and high, for the QR decoder. */
  qr: RgbaImage;
  /** The image was dark (a dark-mode screenshot) and was inverted for OCR. */
  inverted: boolean;
}

type Limits = Pick<MediaLimits, 'maxPixels' | 'ocrMinWidth' | 'ocrMaxUpscale' | 'ocrMaxSide' | 'darkMeanBelow' | 'qrMaxSide'>;

/** Decodes an image once (libvips, off the event loop) and makes the copies the QR decoder and OCR read best. */
export async function prepareImage(bytes: Buffer, limits: Limits): Promise<PreparedImage> {
  const input = () => sharp(bytes, { limitInputPixels: limits.maxPixels, failOn: 'error', animated: false }).rotate();
  try {
    const [metadata, stats] = await Promise.all([input().metadata(), input().removeAlpha().grayscale().stats()]);
    const { width, height } = metadata.autoOrient;
    const mean = stats.channels[0]?.mean ?? 255;
    const inverted = mean < limits.darkMeanBelow;
    const longer = Math.max(width, height);
    let scale = 1;
    if (width < limits.ocrMinWidth) scale = Math.min(limits.ocrMaxUpscale, limits.ocrMinWidth / width);
    if (longer * scale > limits.ocrMaxSide) scale = limits.ocrMaxSide / longer;
    let ocr = input().flatten({ background: '#ffffff' }).grayscale();
    if (inverted) ocr = ocr.negate({ alpha: false });
    if (scale !== 1) ocr = ocr.resize({ width: Math.round(width * scale), kernel: scale > 1 ? 'lanczos3' : 'lanczos2' });
    const qrSharp = input().flatten({ background: '#ffffff' }).resize({ width: limits.qrMaxSide, height: limits.qrMaxSide, fit: 'inside', withoutEnlargement: true }).ensureAlpha().raw();
    const [ocrPng, qrRaw] = await Promise.all([ocr.normalise().png({ compressionLevel: 1 }).toBuffer(), qrSharp.toBuffer({ resolveWithObject: true })]);
    return {
      ocr: ocrPng,
      qr: { data: new Uint8ClampedArray(qrRaw.data.buffer, qrRaw.data.byteOffset, qrRaw.data.length), width: qrRaw.info.width, height: qrRaw.info.height },
      inverted,
    };
  } catch (error) {
    const message = (error as Error).message;
    if (/pixel limit/iu.test(message)) throw mediaError('too_large', `the image has more than ${limits.maxPixels} pixels`, error);
    throw mediaError('not_image', `the image could not be decoded: ${message}`, error);
  }
}
