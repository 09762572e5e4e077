import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config';

describe('media configuration', () => {
  it('reads images with one OCR worker and hears no voice by default', () => {
    const config = loadConfig({});
    expect(config.ocrWorkers).toBe(1);
    expect(config.transcription).toBeUndefined();
  });

  it('transcribes voice when a model is named with an OpenAI-compatible server', () => {
    const config = loadConfig({ OPENAI_BASE_URL: 'http://127.0.0.1:9/v1', OPENAI_TRANSCRIBE_MODEL: 'whisper-1' });
    expect(config.transcription).toEqual({ apiKey: 'not-needed', baseURL: 'http://127.0.0.1:9/v1', model: 'whisper-1' });
    expect(loadConfig({ OPENAI_TRANSCRIBE_MODEL: 'whisper-1' }).transcription).toBeUndefined();
  });

  it('names the fix for a bad OCR_WORKERS', () => {
    expect(() => loadConfig({ OCR_WORKERS: 'many' })).toThrow(ConfigError);
    expect(() => loadConfig({ OCR_WORKERS: '9' })).toThrow('- OCR_WORKERS: must be a whole number from 0 to 8');
  });
});
