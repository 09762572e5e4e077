import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Assistant } from '../assistant';
import type { MediaAnswerer } from '../media';
import { renderScreenshot } from './media-images';
import { percentile, round } from './measure';

export interface MediaBenchResult {
  images: number;
  /** Text questions answered with nothing else running. */
  text_alone: Phase;
  /** The same questions asked while `images` screenshots are read at once. */
  text_during_images: Phase;
  /** Time from sending the images to the last reply, and each image's own time. */
  images_total_s: number;
  image_p50_ms: number;
  image_p95_ms: number;
  /** What the images were answered as (all should be knowledge). */
  image_intents: Record<string, number>;
}

interface Phase {
  questions: number;
  p50_ms: number;
  p95_ms: number;
  /** 99th percentile of event-loop delay during the phase: what any other request would wait. */
  loop_delay_p99_ms: number;
}

const SCREEN_TEXTS = [
  'Tài khoản của bạn đang đăng nhập trên thiết bị khác. Vui lòng đăng nhập lại.',
  'Mật khẩu không chính xác. Bạn còn 4 lần thử.',
  'Không thể kết nối máy chủ. Vui lòng kiểm tra kết nối mạng và thử lại.',
];

async function askAll(assistant: Pick<Assistant, 'handle'>, questions: string[], until?: () => boolean): Promise<number[]> {
  const times: number[] = [];
  do {
    for (const text of questions) {
      const started = performance.now();
      await assistant.handle({ channel: 'cli', userId: 'bench', chatId: 'bench', text });
      times.push(performance.now() - started);
      // A human-paced gap, so the loop also serves the images' callbacks between questions.
      await new Promise((r) => setTimeout(r, 5));
    }
  } while (until && !until());
  return times;
}

/**
 * Reads `images` phone screenshots at once through the media side while text questions keep being asked, and
 * compares the text answers' latency with the same questions asked alone.
 */
export async function benchMedia(options: { assistant: Pick<Assistant, 'handle'>; media: MediaAnswerer; questions: string[]; images: number }): Promise<MediaBenchResult> {
  const { assistant, media, questions } = options;
  // Warm up: the OCR workers start on the first image, the retriever compiles its hot paths.
  await media.answerImage({ channel: 'cli', userId: 'warm', chatId: 'warm' }, { bytes: renderScreenshot({ lines: [SCREEN_TEXTS[0]!] }) });
  await askAll(assistant, questions);

  const phase = async (run: () => Promise<number[]>): Promise<Phase> => {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const times = await run();
    delay.disable();
    return { questions: times.length, p50_ms: round(percentile(times, 50), 1), p95_ms: round(percentile(times, 95), 1), loop_delay_p99_ms: round(delay.percentile(99) / 1e6, 1) };
  };

  let rounds = 0;
  const alone = await phase(() => askAll(assistant, questions, () => ++rounds >= 10));

  const shots = Array.from({ length: options.images }, (_, i) =>
    renderScreenshot({ title: 'Thông báo', lines: [SCREEN_TEXTS[i % SCREEN_TEXTS.length]!], button: 'Đóng', phone: i % 2 ? 'android' : 'small', dark: i % 3 === 0 }),
  );
  const imageTimes: number[] = [];
  const intents: Record<string, number> = {};
  let done = 0;
  const started = performance.now();
  const flood = shots.map(async (bytes, i) => {
    const t = performance.now();
    const reply = await media.answerImage({ channel: 'cli', userId: `user-${i}`, chatId: `chat-${i}` }, { bytes });
    imageTimes.push(performance.now() - t);
    intents[reply.intent] = (intents[reply.intent] ?? 0) + 1;
    done++;
  });
  const during = await phase(() => askAll(assistant, questions, () => done === shots.length));
  await Promise.all(flood);
  return {
    images: shots.length,
    text_alone: alone,
    text_during_images: during,
    images_total_s: round((performance.now() - started) / 1000, 2),
    image_p50_ms: round(percentile(imageTimes, 50), 0),
    image_p95_ms: round(percentile(imageTimes, 95), 0),
    image_intents: intents,
  };
}
