import type { Problem, ProblemCode, Severity } from './problems';
import type { DocKind } from './schema';

/**
 * Everything editors read about their files, in Vietnamese, in one place: one sentence builder per problem code, and
 * the few notices around them (summaries, reload and admin-chat lines). Code elsewhere passes data, never wording.
 */

const SEVERITY_LABEL: Record<Severity, string> = { error: 'lỗi', warning: 'cảnh báo' };

const KIND_NAME: Record<DocKind, string> = { lesson: 'bài học', plan: 'kế hoạch', letter: 'công văn', alert: 'cảnh báo' };
const KIND_FOLDER: Record<DocKind, string> = { lesson: 'lessons/', plan: 'plans/', letter: 'plans/', alert: 'alerts/' };

/** What a field holds and a line to copy, for "missing" and "wrongly written" messages. */
const FIELD_HELP: Record<string, { about: string; example: string }> = {
  title: { about: 'tên bài hoặc tên văn bản', example: 'title: "Tải VNeID ở đâu?"' },
  kind: { about: 'loại tệp', example: 'kind: lesson' },
  audience: { about: 'bài viết cho ai', example: 'audience: citizen' },
  topic: { about: 'chủ đề', example: 'topic: vneid' },
  tags: { about: 'từ khóa', example: 'tags: ["vneid", "cài đặt"]' },
  updated: { about: 'ngày cập nhật, viết năm-tháng-ngày', example: 'updated: 2026-11-23' },
  sources: { about: 'nguồn của thông tin trong bài', example: 'sources: ["https://dichvucong.gov.vn", "Nghị định 69/2024/NĐ-CP"]' },
  issuer: { about: 'cơ quan ban hành văn bản', example: 'issuer: "UBND tỉnh Đồng Tháp"' },
  source: { about: 'tên tệp gốc của văn bản: tệp .txt, .pdf hay .docx đã nhận', example: 'source: "ke-hoach-2026.pdf"' },
  number: { about: 'số văn bản, ghi đúng như trên văn bản', example: 'number: "123/KH-UBND"' },
  date: { about: 'ngày ban hành: năm-tháng-ngày, năm-tháng hoặc chỉ năm', example: 'date: 2026-06-09' },
  date_note: { about: 'một câu nói ngày lấy từ đâu', example: 'date_note: "Văn bản chỉ ghi năm 2026."' },
  province: { about: 'tỉnh nêu trong văn bản', example: 'province: "Đồng Tháp"' },
  summary: { about: 'tóm tắt ngắn', example: 'summary: "Giao nhiệm vụ năm 2026"' },
  severity: { about: 'mức độ của cảnh báo', example: 'severity: warning' },
  published: { about: 'lúc bắt đầu gửi cảnh báo, giờ Việt Nam', example: 'published: "2026-12-01 08:00"' },
  expires: { about: 'lúc cảnh báo hết hiệu lực, giờ Việt Nam', example: 'expires: "2026-12-15 23:59"' },
  name: { about: 'tên gọi', example: 'name: "Tổng đài VNeID"' },
  value: { about: 'số điện thoại hoặc tên miền', example: 'value: "1900 0368"' },
  purpose: { about: 'dùng để làm gì', example: 'purpose: "Hỗ trợ tài khoản VNeID"' },
  checked: { about: 'đã kiểm tra ở đâu', example: 'checked: "vneid.gov.vn, 23/11/2026"' },
  status: { about: 'đã kiểm tra hay còn chờ xác nhận', example: 'status: checked' },
};

/** How values of record fields must be written, by the last part of the field's path (`provinces.0.units.3.id` → id). */
const FIELD_RULE: Record<string, string> = {
  id: 'mã chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ dt-so-khcn',
};

/** Plain words beside the allowed values of closed lists. */
const VALUE_GLOSS: Record<string, string> = {
  citizen: 'người dân',
  official: 'cán bộ',
  all: 'cả hai',
  info: 'tin thường',
  warning: 'cần chú ý',
  critical: 'khẩn',
  lesson: 'bài học',
  plan: 'kế hoạch',
  letter: 'công văn',
  alert: 'cảnh báo',
  phone: 'số để gọi',
  sms: 'số để nhắn tin',
  web: 'trang web',
  checked: 'đã kiểm tra',
  to_confirm: 'còn chờ xác nhận',
};

/** What the YAML reader's error codes usually mean in a hand-written front matter. */
const YAML_HINT: Record<string, string> = {
  MISSING_CHAR: 'thiếu dấu đóng: một dấu ngoặc kép " hay ngoặc vuông [ đã mở mà chưa đóng, hoặc một dòng thiếu dấu hai chấm sau tên trường',
  DUPLICATE_KEY: 'một trường được viết hai lần: giữ một dòng, xóa dòng kia',
  BLOCK_AS_IMPLICIT_KEY: 'giá trị có dấu hai chấm (:) phải đặt cả trong ngoặc kép, ví dụ title: "Lừa đảo: cách nhận biết"',
  MULTILINE_IMPLICIT_KEY: 'mỗi trường phải nằm trên một dòng dạng “trường: giá trị”; giá trị dài hay có dấu hai chấm thì đặt trong ngoặc kép',
  TAB_AS_INDENT: 'dòng này thụt lề bằng phím Tab: dùng dấu cách',
  BAD_INDENT: 'thụt lề không đều, hoặc danh sách [ … ] chưa đóng bằng ]',
  UNEXPECTED_TOKEN: 'có chữ thừa sau giá trị: đặt cả giá trị trong một cặp ngoặc kép',
  BAD_DQ_ESCAPE: 'trong ngoặc kép, dấu \\ phải viết thành \\\\',
};

/** zod's names of value types, as editors call them. */
const TYPE_NAME: Record<string, string> = { array: 'một danh sách [ … ]', string: 'một dòng chữ', number: 'một số', boolean: 'true hoặc false', object: 'các dòng “trường: giá trị”' };

const TIMING_EXAMPLES = ['Từ tháng 6/2026', 'trước ngày 15/6/2026', 'Quý I/2026', 'trước ngày 05/12 hằng năm', 'trước ngày 15 của tháng cuối quý', 'tối thiểu 01 lần/tháng', 'Thường xuyên'];

const c = (name: string) => `\`${name}\``;
const q = (value: string) => `“${value}”`;
const list = (values: readonly string[]) => values.map((v) => (VALUE_GLOSS[v] ? `${v} (${VALUE_GLOSS[v]})` : v)).join(', ');
const help = (field?: string) => (field && !field.includes('.') ? FIELD_HELP[field] : undefined);
const kindOf = (p: Problem) => (p.kind ? KIND_NAME[p.kind] : 'tệp này');
const didYouMean = (p: Problem) => (p.suggestion ? ` Có phải ý bạn là ${c(p.suggestion)}?` : '');

type Wording = (p: Problem) => string;

const WORDING: Record<ProblemCode, Wording> = {
  no_front_matter: (p) =>
    'tệp phải bắt đầu bằng phần đầu (front matter): một dòng ---, các dòng “trường: giá trị”, rồi một dòng ---. ' +
    `Ít nhất cần tên bài, ví dụ:\n---\n${p.suggestion ? `title: "${p.suggestion}"` : FIELD_HELP.title!.example}\n---`,
  unclosed_front_matter: () => 'phần đầu mở bằng dòng --- ở dòng 1 nhưng chưa đóng: thêm một dòng --- ngay sau trường cuối cùng.',
  yaml_syntax: (p) =>
    `phần đầu viết sai cách ở dòng này: ${(p.found && YAML_HINT[p.found]) || 'kiểm tra dấu ngoặc kép, dấu hai chấm và thụt lề'}.`,
  not_a_map: () => `phần đầu phải là các dòng “trường: giá trị”, ví dụ ${FIELD_HELP.title!.example}`,
  unreadable: (p) => `không đọc được tệp${p.found ? ` (${p.found})` : ''}: kiểm tra tệp còn đó và lưu ở dạng văn bản UTF-8.`,
  empty_body: () => 'tệp không có nội dung sau phần đầu: thêm tiêu đề “# …” và ít nhất một đoạn văn.',

  missing_kind: (p) =>
    `không biết tệp này là loại gì: tệp không nằm trong lessons/, plans/ hay alerts/ và không ghi ${c('kind')}. ` +
    `Chuyển tệp vào đúng thư mục, hoặc ghi một dòng kind với một trong: ${list(p.expected ?? [])}.`,
  missing_field: (p) => {
    const h = help(p.field);
    const values = p.expected?.length ? ` Giá trị được dùng: ${list(p.expected)}.` : '';
    const inPlans =
      p.suggestion === 'lessons/'
        ? ' Tệp trong plans/ được đọc là văn bản chính thức (kế hoạch, công văn); nếu đây là bài học cho người dân, hãy chuyển tệp sang lessons/.'
        : '';
    return `${kindOf(p)} cần trường ${c(p.field ?? '?')}${h ? ` (${h.about})` : ''} mà chưa có.${values}${inPlans}${h ? ` Thêm một dòng, ví dụ: ${h.example}` : ''}`;
  },
  unknown_field: (p) =>
    `trường ${c(p.field ?? '?')} không có trong ${kindOf(p)}.${didYouMean(p) || ' Sửa tên trường hoặc xóa dòng này.'}` +
    (p.expected?.length ? ` Các trường được dùng: ${p.expected.join(', ')}.` : ''),
  field_not_for_kind: (p) => {
    const other = p.found ? KIND_NAME[p.found as DocKind] ?? p.found : 'loại tệp khác';
    const fields = p.expected?.length ? ` Các trường của ${kindOf(p)}: ${p.expected.join(', ')}.` : '';
    return `trường ${c(p.field ?? '?')} chỉ dùng cho ${other}, không dùng cho ${kindOf(p)}. Xóa dòng này${p.suggestion ? `, hoặc nếu tệp đúng là ${other} thì chuyển nó sang ${p.suggestion}` : ''}.${fields}`;
  },
  bad_enum: (p) =>
    `trường ${c(p.field ?? '?')} ghi '${p.found ?? ''}', không phải giá trị được dùng.${didYouMean(p)} Giá trị được dùng: ${list(p.expected ?? [])}.`,
  bad_date: (p) => {
    const h = help(p.field);
    const form = p.field === 'published' || p.field === 'expires' ? 'năm-tháng-ngày giờ:phút (giờ Việt Nam)' : p.field === 'date' ? 'năm-tháng-ngày, năm-tháng hoặc chỉ năm' : 'năm-tháng-ngày';
    return (
      `trường ${c(p.field ?? '?')} ghi '${p.found ?? ''}', chưa phải một ngày viết đúng cách (${form}).` +
      (p.suggestion ? ` Có phải là ${p.field}: ${p.suggestion}?` : h ? ` Ví dụ: ${h.example}` : '')
    );
  },
  bad_type: (p) => {
    const h = help(p.field);
    const wanted = p.expected?.map((t) => TYPE_NAME[t] ?? t).join(' hoặc ');
    return `trường ${c(p.field ?? '?')} ghi '${p.found ?? ''}', chưa đúng dạng${wanted ? ` (cần ${wanted})` : ''}.${h ? ` Ví dụ: ${h.example}` : ''}`;
  },
  empty_field: (p) => {
    const h = help(p.field);
    return `trường ${c(p.field ?? '?')} đang để trống.${h ? ` Ghi ${h.about}, ví dụ: ${h.example}` : ' Ghi giá trị hoặc xóa dòng này.'}`;
  },
  bad_value: (p) => {
    const h = help(p.field);
    const rule = FIELD_RULE[p.field?.split('.').at(-1) ?? ''];
    const why = [rule, ...(p.expected ?? [])].filter(Boolean).join('; ');
    return `trường ${c(p.field ?? '?')}${p.found !== undefined ? ` ghi '${p.found}'` : ''} chưa hợp lệ${why ? `: ${why}` : ''}.${h ? ` Ví dụ: ${h.example}` : ''}`;
  },
  duplicate_id: (p) => `mã ${c(p.found ?? '?')} được dùng hai lần: mỗi đơn vị, mỗi nhóm cần một mã (id) riêng.`,
  unknown_ref: (p) =>
    `trường ${c(p.field ?? '?')} nhắc tới mã ${c(p.found ?? '?')}, nhưng trong tệp không có đơn vị hay nhóm nào mang mã này.${didYouMean(p)} Dùng một mã đã khai báo trong tệp.`,
  kind_folder_mismatch: (p) =>
    `tệp nằm trong ${p.found ?? '?'} nhưng ghi kind: ${p.kind ?? '?'}, nên bot đọc nó là ${kindOf(p)}. ` +
    `Nếu đúng vậy, chuyển tệp sang ${p.kind ? KIND_FOLDER[p.kind] : 'thư mục đúng'}; nếu không, xóa dòng kind.`,
  unknown_topic: (p) =>
    `chủ đề (topic) '${p.found ?? ''}' chưa có trong các chủ đề bot biết.${didYouMean(p)} Chủ đề đã có: ${(p.expected ?? []).join(', ')}. ` +
    'Nếu đây đúng là chủ đề mới thì cứ giữ.',

  table_no_separator: (p) =>
    `bảng thiếu dòng phân cách: ngay dưới dòng tiêu đề của bảng thêm dòng ${p.suggestion ?? '| --- | --- |'} (mỗi cột một ---); thiếu dòng này bảng bị đọc như đoạn văn.`,
  table_cells: (p) =>
    `dòng này của bảng có ${p.found ?? '?'} ô nhưng dòng tiêu đề có ${p.expected?.[0] ?? '?'} ô: mỗi dòng cần đúng một ô cho mỗi cột (dấu | nằm trong ô thì viết \\|).`,
  bad_timing: (p) =>
    `${c(p.field ?? 'Thời gian')} ghi '${p.found ?? ''}', bot không đọc được thời gian này nên không tính được hạn. Viết như: ${TIMING_EXAMPLES.map(q).join(', ')}.`,

  no_variants: (p) =>
    `mục ${q(p.field ?? '')} chưa có danh sách “Cách hỏi khác:”. Thêm dưới mục một dòng Cách hỏi khác: rồi ít nhất ${p.expected?.[0] ?? '5'} dòng “- …” ` +
    'ghi những cách người dân hay hỏi điều này (có dấu, không dấu, viết tắt như trên điện thoại).',
  few_variants: (p) =>
    `mục ${q(p.field ?? '')} mới có ${p.found ?? '?'} cách hỏi khác; nên có ít nhất ${p.expected?.[0] ?? '5'}, viết theo cách người dân gõ thật (có dấu, không dấu, viết tắt).`,
  declined_variant: (p) =>
    `cách hỏi ${q(p.found ?? '')} của mục ${q(p.field ?? '')} sẽ bị bot từ chối là ngoài phạm vi (nhóm ${p.expected?.[0] ?? '?'}): ` +
    'người dân hỏi như vậy sẽ không nhận được bài này. Viết lại cách hỏi, hoặc báo người phụ trách mã để sửa danh sách phạm vi (src/safety/scope-rules.ts).',
  no_sources: () => `bài học chưa ghi nguồn: thêm trường sources, ví dụ ${FIELD_HELP.sources!.example}`,
  unlisted_phone: (p) =>
    `số ${p.found ?? ''} không có trong knowledge/contacts.yaml. Đối chiếu số với nguồn chính thức: đúng thì thêm vào contacts.yaml (kèm nơi đã kiểm tra), sai thì sửa bài.` +
    (p.suggestion ? ` Số gần giống trong danh sách: ${p.suggestion}.` : ''),
  unlisted_web: (p) =>
    `trang web ${p.found ?? ''} không có trong knowledge/contacts.yaml.${p.suggestion ? ` Có phải ý bạn là ${p.suggestion}?` : ''} ` +
    'Đối chiếu với nguồn chính thức: đúng thì thêm tên miền vào contacts.yaml (kèm nơi đã kiểm tra), sai thì sửa bài.',
  unconfirmed_contact: (p) =>
    `${p.found ?? ''} còn chờ xác nhận trong contacts.yaml (status: to_confirm): xác nhận với nguồn chính thức rồi ghi status: checked, hoặc bỏ khỏi bài.`,
  stale_updated: (p) =>
    (p.field
      ? `bài học ghi updated: ${p.found ?? ''}, đã quá ${p.expected?.[0] ?? '?'} ngày. `
      : `bài học không ghi updated, và tệp được sửa lần cuối ngày ${p.found ?? ''}, đã quá ${p.expected?.[0] ?? '?'} ngày. `) +
    `Đọc lại bài với nguồn, sửa chỗ đã cũ, rồi ghi updated: ${p.suggestion ?? 'ngày kiểm tra'}.`,

  missing_contacts: () =>
    'chưa có tệp knowledge/contacts.yaml (danh sách số điện thoại và trang web chính thức): mọi số và trang web trong bài học sẽ bị báo cho tới khi có tệp này.',
  bad_phone: (p) => `số ${q(p.found ?? '')} chưa đúng: chỉ ghi chữ số, có thể cách bằng dấu cách hoặc dấu chấm, ví dụ "1900 0368".`,
  bad_web: (p) => `${q(p.found ?? '')} chưa phải tên miền: ghi tên trang như dichvucong.gov.vn (không cần https://).`,
  domain_too_broad: (p) =>
    `${q(p.found ?? '')} chỉ là đuôi tên miền, không phải một trang: ghi đầy đủ tên trang đã kiểm tra, ví dụ dichvucong.gov.vn. Đuôi .gov.vn là dấu hiệu của trang nhà nước, không tự bảo đảm mọi trang.`,
  duplicate_contact: (p) => `${q(p.found ?? '')} đã có ở dòng ${p.expected?.[0] ?? '?'}: giữ một mục, xóa mục kia.`,

  unknown_unit: (p) =>
    `đơn vị ${q(p.found ?? '')} chưa có trong units.yaml: thêm đơn vị đó, hoặc thêm tên này vào aliases của đơn vị đúng, để nhiệm vụ tới được cán bộ của đơn vị.`,
  record_conflict: (p) => `bản ghi ${p.found ?? ''} đã được sửa tay nhưng đoạn văn gốc trong văn bản đã thay đổi sau đó: xem lại bản ghi này (xem ghi chú note).`,
  records_outdated: () => 'tệp chưa khớp với văn bản cùng tên; npm run ingest (hoặc bot đang chạy) sẽ cập nhật, bản sửa tay được giữ nguyên.',
};

/** The problem in words, without its location. */
export function describeProblem(p: Problem): string {
  return WORDING[p.code](p);
}

/** "knowledge/lessons/x.md:4: lỗi: …", as editors read it everywhere. */
export function formatProblem(p: Problem): string {
  return `${p.path}:${p.line}: ${SEVERITY_LABEL[p.severity]}: ${describeProblem(p)}`;
}

export function severityLabel(severity: Severity): string {
  return SEVERITY_LABEL[severity];
}

/** The wording around the problems: summaries of the check and ingest, and the live-reload notices. */
export const NOTICES = {
  checkSummary: (n: { files: number; extracted: number; errors: number; warnings: number; failingFiles: number }) =>
    `Đã kiểm tra ${n.files} tệp kiến thức, units.yaml, contacts.yaml và ${n.extracted} tệp nhiệm vụ trích ra: ` +
    `${n.errors} lỗi, ${n.warnings} cảnh báo` +
    (n.errors > 0 ? ` (${n.failingFiles} tệp có lỗi, cần sửa).` : n.warnings > 0 ? ' (không có lỗi; nên xem các cảnh báo).' : ': mọi tệp đều ổn.'),
  ingestSummary: (n: { passages: number; files: number; kinds: Record<string, number>; seconds: number; errors: number; warnings: number; failingFiles: number }) =>
    `Đã lập chỉ mục ${n.passages} đoạn từ ${n.files} tệp (${Object.entries(n.kinds)
      .map(([k, count]) => `${count} ${KIND_NAME[k as DocKind] ?? k}`)
      .join(', ')}) trong ${n.seconds.toFixed(1)} giây; ${n.errors} lỗi, ${n.warnings} cảnh báo.` +
    (n.failingFiles > 0 ? ` ${n.failingFiles} tệp có lỗi: bot dùng bản đúng gần nhất của chúng (nếu có).` : ''),
  recordsUpdated: (path: string) => `Đã cập nhật ${path} theo văn bản.`,
  stillServing: 'bản đúng gần nhất vẫn đang được dùng',
  fixed: (path: string) => `${path} đã hết lỗi, bot đang dùng bản mới.`,
  reloaded: (n: { passages: number; files: number; failing: number }) =>
    `Đã nạp lại kiến thức: ${n.passages} đoạn từ ${n.files} tệp, ${n.failing} tệp có lỗi.`,
  reloadFailed: 'Nạp lại kiến thức không thành công; bot vẫn dùng kiến thức trước đó.',
  watcherError: 'Lỗi khi theo dõi thư mục kiến thức.',
  adminBroken: '⚠️ Tệp kiến thức có lỗi (bot vẫn dùng bản đúng gần nhất):',
  adminWarnings: '📝 Cần xem lại (bot vẫn dùng tệp):',
  adminFixed: '✅ Đã sửa xong, bot đang dùng bản mới:',
} as const;
