import type { TaskStatus } from './records';
import { daysBetween, formatDate, type CivilDate } from '../time';

export const STATUS_LABEL: Record<TaskStatus, string> = {
  done: 'đã hoàn thành',
  in_progress: 'đang thực hiện',
  not_started: 'chưa thực hiện',
  unknown: 'chưa có báo cáo kết quả',
};

export const STATUS_ICON: Record<TaskStatus, string> = { done: '✅', in_progress: '⏳', not_started: '⬜', unknown: '▫️' };

/** "05/12/2026 (còn 12 ngày)", "(hôm nay)", "(đã qua 161 ngày)". */
export function dueText(date: CivilDate, today: CivilDate): string {
  const days = daysBetween(today, date);
  const when = days === 0 ? 'hôm nay' : days === 1 ? 'ngày mai' : days > 0 ? `còn ${days} ngày` : `đã qua ${-days} ngày`;
  return `${formatDate(date)} (${when})`;
}

/** A task's text cut at a word boundary for lists. */
export function shorten(text: string, max = 170): string {
  const clean = text.replace(/\s+/gu, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, max).replace(/\s+\S*$/u, '')}…`;
}
