import type { Source } from '../core';

export type { Source };

export interface Answer {
  text: string;
  sources: Source[];
}
