/** "dichvucong-gov.cc", "www.abc.vn/dang-nhap", "https://…": a web address, read as written (no shorthand, no secret). */
const WEB_ADDRESS =
  /^(?:https?:\/\/|www\.)\S+$|^[\p{L}\d-]+(?:\.[\p{L}\d-]+)*\.(?:vn|com|net|org|gov|edu|cc|info|xyz|top|io|me|site|online|app|link|shop|club|asia|biz|co|tk|ml|ga|cf|click|live|store|vip)(?:[/:?#]\S*)?$/iu;

/** True for a word that is a web address; punctuation around it (a comma after it, quotes) is ignored. */
export function isWebAddress(word: string): boolean {
  return WEB_ADDRESS.test(word.replace(/^[("'“«]+|[)"'”»,;!?]+$|\.+$/gu, ''));
}
