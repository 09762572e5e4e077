/**
 * How citizens shorten words in chat, mapped to the words the knowledge uses (folded).
 * Applied to questions only; passages keep their own words.
 */
const REWRITES: Record<string, string> = {
  online: 'truc tuyen',
  onl: 'truc tuyen',
  app: 'ung dung',
  apps: 'ung dung',
  dt: 'dien thoai',
  dthoai: 'dien thoai',
  dtdd: 'dien thoai',
  sdt: 'so dien thoai',
  tk: 'tai khoan',
  mk: 'mat khau',
  pass: 'mat khau',
  password: 'mat khau',
  ck: 'chuyen khoan',
  nh: 'ngan hang',
  ko: 'khong',
  k: 'khong',
  hok: 'khong',
  hong: 'khong',
  kg: 'khong',
  dc: 'duoc',
  j: 'gi',
  ntn: 'nhu the nao',
  bn: 'bao nhieu',
  vs: 'voi',
  mn: 'moi nguoi',
  sms: 'tin nhan',
  fb: 'facebook',
  gplx: 'giay phep lai xe',
  bhyt: 'bao hiem y te',
  dvc: 'dich vu cong',
  cccd: 'cccd can cuoc',
  lv: 'muc',
  level: 'muc',
  web: 'trang web',
  website: 'trang web',
};

/** Replaces chat shorthand in a list of folded syllables ("lam the nao mk vneid" → … mat khau vneid). */
export function expandShorthand(tokens: readonly string[]): string[] {
  return tokens.flatMap((t) => REWRITES[t]?.split(' ') ?? [t]);
}
