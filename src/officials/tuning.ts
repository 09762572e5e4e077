/** The numbers that shape officials' answers, in one place. */
export const OFFICIALS_TUNING = {
  /** Tasks listed in one reply before "…và N nhiệm vụ khác"; about what a phone screen shows without scrolling far. */
  maxListed: 12,
  /** Characters of a task's text in a list line; longer texts end at a word with "…" and "xem N" shows them whole. */
  lineChars: 160,
  /** A list of at most this many tasks shows each task's text whole. */
  wholeTextUpTo: 10,
  /** Minutes after an update during which "hoàn tác" takes it back; later, the official records a new status. */
  undoMinutes: 10,
  /** Days a passed deadline is still mentioned beside the upcoming ones ("vừa qua: … quá hạn 2 ngày"). */
  recentDays: 30,
  /** Days a "quá hạn" question looks back for reports not marked submitted and dated tasks not done. */
  overdueLookbackDays: 100,
  /** Minutes a pending choice (which province, the text of a note) waits for the official's next message. */
  pendingMinutes: 10,
  /** Minutes a signed download link of a draft report stays valid. */
  downloadMinutes: 30,
} as const;
