/**
 * Everything the officials' features say, in Vietnamese, keyed by code. Code computes the facts (dates, counts,
 * statuses); these entries only word them. Nothing here decides anything.
 */
import type { TaskStatus } from './records';

const WEEKDAYS = ['', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy', 'Chủ nhật'] as const;

export const MESSAGES = {
  // Registration and identity
  registerFirst:
    'Để xem nhiệm vụ và tình trạng của đơn vị, bạn cần đăng ký là cán bộ của đơn vị: xin quản trị viên Trợ lý số một mã mời, ' +
    'rồi gửi /dangky <mã mời> (ví dụ: /dangky TLS-ABCD-EFGH-JKMN-PQRS). Mỗi mã chỉ dùng một lần. Trợ lý số không hiển thị nhiệm vụ của đơn vị khi chưa đăng ký.',
  registerUsage: 'Cách đăng ký: gửi /dangky kèm mã mời quản trị viên đã cấp, ví dụ: /dangky TLS-ABCD-EFGH-JKMN-PQRS.',
  redeemRefused: {
    unknown: 'Mã mời không đúng. Bạn kiểm tra lại từng chữ (mã có dạng TLS-ABCD-EFGH-JKMN-PQRS) hoặc xin quản trị viên mã mới.',
    used: 'Mã mời này đã được dùng rồi; mỗi mã chỉ dùng được một lần. Bạn xin quản trị viên một mã mới nhé.',
    expired: 'Mã mời này đã hết hạn. Bạn xin quản trị viên một mã mới nhé.',
    revoked: 'Mã mời này đã bị quản trị viên thu hồi. Bạn liên hệ quản trị viên để được cấp mã khác.',
  } as Record<'unknown' | 'used' | 'expired' | 'revoked', string>,
  registered: (unit: string) =>
    `Đăng ký thành công: bạn là cán bộ của ${unit}. Gõ /nhiemvu để xem nhiệm vụ của đơn vị (có số thứ tự và nút cập nhật), /hanbaocao để xem hạn báo cáo, ` +
    '/tonghop để xem tóm tắt tình hình. Cập nhật nhanh: «xong 2», «đang làm 2», «ghi chú 2 <nội dung>», «đã nộp báo cáo quý II». Trợ lý số sẽ nhắc trước các hạn (gõ /nhacnho tat để tắt).',
  unknownUnit: (name: string) =>
    `Không tìm thấy đơn vị «${name}» trong danh sách đơn vị của các kế hoạch. Bạn kiểm tra lại tên, hoặc nhờ quản trị viên bổ sung vào knowledge/units.yaml.`,
  whichProvince: (name: string, provinces: string[], own = true) =>
    `«${name}» có ở ${provinces.length} tỉnh (${provinces.join(', ')}), mỗi tỉnh có kế hoạch và hạn riêng. ${own ? 'Đơn vị của bạn ở tỉnh nào?' : 'Bạn hỏi về đơn vị ở tỉnh nào?'} ` +
    `Bấm tên tỉnh bên dưới, hoặc hỏi lại kèm tên tỉnh, ví dụ «${name} ${provinces[0]}».`,
  noPendingChoice: 'Trợ lý số không còn nhớ câu hỏi trước. Bạn hỏi lại kèm tên tỉnh nhé.',

  /** How a period asked about is named in titles ("Các hạn … trong quý IV/2026"). */
  period: {
    range: (from: string, to: string) => `từ ${from} đến ${to}`,
    days: (n: number, until: string) => `${n} ngày tới (đến ${until})`,
    thisWeek: 'tuần này',
    nextWeek: 'tuần sau',
    upcoming: 'sắp tới',
    quarter: (roman: string, year: number) => `quý ${roman}/${year}`,
    month: (month: number, year: number) => `tháng ${String(month).padStart(2, '0')}/${year}`,
    year: (year: number) => `năm ${year}`,
  },
  inPlans: (unit: string, plans: string) => `${unit} trong ${plans}`,
  resultOfYear: (result: string, year: number) => `${result} (năm ${year})`,

  /** Who recorded an update: an official without a display name, or someone not registered (the command line). */
  author: {
    official: (channel: string, id: number) => `cán bộ ${channel} #${id}`,
    unregistered: (channel: string) => (channel === 'cli' ? 'dòng lệnh' : `người dùng ${channel}`),
  },

  // Reminders
  remindersOn: 'Đã bật nhắc hạn: Trợ lý số sẽ nhắn trước các hạn của đơn vị bạn.',
  remindersOff: 'Đã tắt nhắc hạn. Gõ /nhacnho bat để bật lại.',
  remindersUsage: 'Gõ /nhacnho bat để bật hoặc /nhacnho tat để tắt nhắc hạn.',
  reminderDeadline: (who: string, title: string, line: string, source: string) => `⏰ Nhắc hạn (${who}): ${title}\n${line}\n${source}\nKhi đã nộp, gõ «đã nộp ${title.charAt(0).toLowerCase()}${title.slice(1)}» để thôi nhắc; gõ /nhacnho tat để tắt nhắc hạn.`,
  reminderTask: (who: string, task: string, what: string, date: string, timing: string, source: string) => `⏰ Nhắc nhiệm vụ (${who}): ${task}\n${what}: ${date} — ${timing}\n${source}`,
  reminderStart: 'Bắt đầu',
  reminderDue: 'Hạn',

  // Updates
  updateNeedsRegistration: 'Chỉ cán bộ đã đăng ký mới cập nhật được tình trạng nhiệm vụ. Cách đăng ký: gửi /dangky kèm mã mời quản trị viên đã cấp, ví dụ: /dangky TLS-ABCD-EFGH-JKMN-PQRS.',
  updateUsage:
    'Cách cập nhật: «xong 2» (đã hoàn thành nhiệm vụ số 2), «đang làm 2», «ghi chú 2 <nội dung>», hoặc bấm nút dưới danh sách /nhiemvu. ' +
    'Cũng gõ được mã trong văn bản (ví dụ «xong PL-I.II.3») hoặc tên việc («xong nhiệm vụ khen thưởng»).',
  noteNeedsText: (n: string) => `Bạn gõ nội dung ghi chú cho nhiệm vụ ${n} (tin nhắn tiếp theo sẽ được lưu làm ghi chú), hoặc gõ «ghi chú ${n.replace(/^số /u, '')} <nội dung>».`,
  taskNotFound: (ref: string) => `Không tìm thấy nhiệm vụ «${ref}» của đơn vị bạn. Gõ /nhiemvu để xem số thứ tự các nhiệm vụ.`,
  taskAmbiguous: (ref: string, options: string) => `Có nhiều nhiệm vụ khớp với «${ref}»: ${options}. Bạn gõ số thứ tự, ví dụ «xong 2».`,
  onlyOwnUnit: 'Bạn chỉ cập nhật được nhiệm vụ của chính đơn vị mình. Gõ /nhiemvu để xem các nhiệm vụ của đơn vị.',
  childUnitUpdates: (owner: string) => `Nhiệm vụ này do ${owner} thực hiện; cán bộ của ${owner} cập nhật tình trạng, đơn vị bạn xem được kết quả trong /tonghop.`,
  proposalNoStatus: 'Đây là đề xuất của đơn vị khác gửi đến đơn vị bạn, không phải nhiệm vụ được giao nên không cập nhật tình trạng.',
  ambiguousUnitUpdate: 'Tên đơn vị khớp với đơn vị ở nhiều tỉnh; hãy ghi rõ tỉnh (ví dụ "Sở Khoa học và Công nghệ Đồng Tháp") để cập nhật.',
  recorded: (what: string, task: string, unit: string, when: string) => `Đã ghi nhận: ${task} — ${what} (${unit}, ${when}).`,
  recordedPartner: (lead: string) => `Đây là phần việc phối hợp của đơn vị bạn; tình trạng chung của nhiệm vụ do đơn vị chủ trì (${lead}) cập nhật.`,
  undoHint: (minutes: number) => `Nhầm? Gõ «hoàn tác» trong ${minutes} phút để huỷ.`,
  whatDone: 'đã hoàn thành',
  whatInProgress: 'đang thực hiện',
  whatNote: (note: string) => `ghi chú «${note}»`,
  whatSubmitted: 'đã nộp',
  undone: (what: string) => `Đã hoàn tác: ${what}. Tình trạng trở lại như trước đó.`,
  nothingToUndo: 'Không có cập nhật nào của bạn để hoàn tác.',
  undoTooLate: (minutes: number, when: string) =>
    `Cập nhật gần nhất của bạn (${when}) đã quá ${minutes} phút nên không hoàn tác được nữa; bạn ghi lại tình trạng đúng, ví dụ «đang làm 2».`,
  historyTitle: (task: string) => `Lịch sử cập nhật: ${task}`,
  historyEmpty: (task: string) => `Chưa có cập nhật nào cho ${task}; tình trạng đang theo văn bản.`,
  historyUndone: ' (đã hoàn tác)',

  // Submissions
  submitWhich: (options: string) => `Bạn đã nộp báo cáo nào? ${options}. Ví dụ: «đã nộp báo cáo quý II».`,
  submitNone: 'Không tìm thấy hạn báo cáo nào khớp để ghi nhận đã nộp. Gõ /hanbaocao để xem các hạn của đơn vị.',
  submitted: (report: string, unit: string, when: string) => `Đã ghi nhận: ${report} — đã nộp (${unit}, ${when}). Trợ lý số sẽ không nhắc hạn này nữa.`,

  // Deadlines
  noDeadlines: 'Không tìm thấy hạn nào khớp với câu hỏi trong các kế hoạch hiện có.',
  deadlinesIn: (who: string, period: string) => `Các hạn${who} trong ${period}:`,
  deadlinesAll: (who: string, today: string) => `Các hạn${who} theo kế hoạch (hôm nay ${today}):`,
  deadlinesNext: (who: string, today: string) => `Hạn sắp tới${who} (hôm nay ${today}):`,
  deadlinesOverdue: (who: string, today: string) => `Hạn đã qua mà chưa ghi nhận đã nộp${who} (hôm nay ${today}):`,
  noOverdue: (who: string) => `Không có hạn báo cáo nào${who} bị quá hạn (các báo cáo đã qua hạn đều đã được ghi nhận là đã nộp, hoặc chưa đến hạn).`,
  noneInPeriod: (who: string, period: string) => `Không có hạn nào${who} trong ${period}.`,
  nextAfter: 'Hạn kế tiếp:',
  noneUpcoming: (who: string) => `Không còn hạn nào${who} sắp tới trong các kế hoạch hiện có.`,
  recentlyPassed: 'Vừa qua:',
  checkingTitle: 'Đang kiểm tra lại:',
  openTitle: 'Không có ngày cố định:',
  submitHint: 'Khi đã nộp, gõ «đã nộp <tên báo cáo>» (ví dụ «đã nộp báo cáo quý IV») để Trợ lý số ghi nhận và thôi nhắc.',
  noUnitDeadlines: (who: string) => `Chưa thấy hạn nào${who} trong các kế hoạch hiện có.`,
  deadlineFor: (who: string) => ` của ${who}`,
  due: {
    lastDay: (weekday: string, date: string) => `hạn chót ${weekday} ${date}`,
    eventDay: (weekday: string, date: string) => `ngày ${weekday} ${date}`,
    written: (timing: string) => `văn bản: ${timing}`,
    writtenBefore: (date: string) => `văn bản: trước ngày ${date}`,
    left: (days: number) => (days === 1 ? 'còn 1 ngày (ngày mai là hạn chót)' : `còn ${days} ngày`),
    eventLeft: (days: number) => (days === 1 ? 'ngày mai' : `còn ${days} ngày`),
    today: 'hôm nay là hạn chót',
    eventToday: 'hôm nay',
    passed: (days: number) => `đã qua ${days} ngày`,
    overdue: (days: number) => `quá hạn ${days} ngày, chưa ghi nhận đã nộp`,
    submitted: (by: string, when: string) => `✅ đã nộp (${by}, ${when})`,
    weekend: (weekday: string, date: string) => `rơi vào cuối tuần, nên gửi xong trong ${weekday} ${date}`,
    checking: (written: string, after: string, corrected: string) =>
      `văn bản ghi «${written}»; ngày này đang được kiểm tra lại (văn bản viết sau ${after}, nhiều khả năng là ${corrected})`,
    corrected: (written: string, corrected: string) => `văn bản ghi ${written}, đã được đính chính thành ${corrected}`,
    open: 'khi có yêu cầu',
    sentTo: (unit: string) => `gửi ${unit}`,
    leadAndPartners: (lead: string, partners: string) => `chủ trì: ${lead}; phối hợp: ${partners}`,
    asPartner: 'đơn vị phối hợp',
    ofChild: (unit: string) => `của ${unit}`,
  },
  weekday: (isoDay: number) => WEEKDAYS[isoDay] ?? '',

  // Tasks
  noTasks: (unit: string) => `Các kế hoạch hiện có chưa giao nhiệm vụ nào cho ${unit}.`,
  tasksTitle: (heading: string, total: number, outstanding: number) => `Nhiệm vụ của ${heading}: ${total} nhiệm vụ, ${outstanding} chưa hoàn thành.`,
  tasksOutstandingTitle: (heading: string, shown: number, total: number) => `Nhiệm vụ chưa hoàn thành của ${heading}: ${shown} trên ${total} nhiệm vụ.`,
  tasksOverdueTitle: (heading: string) => `Nhiệm vụ quá hạn của ${heading}:`,
  noOverdueTasks: (heading: string) => `Không có nhiệm vụ nào của ${heading} bị quá hạn (các nhiệm vụ có thời hạn đã qua đều đã hoàn thành, hoặc chưa đến hạn).`,
  leadTitle: 'Việc chủ trì:',
  supportTitle: 'Việc phối hợp:',
  childTitle: 'Của các đơn vị trực thuộc (tình trạng do các đơn vị đó cập nhật):',
  proposalTitle: 'Đề xuất của đơn vị khác gửi đến đơn vị (không phải nhiệm vụ được giao):',
  groupPartnerNote: (n: number, groups: string) =>
    `Đơn vị còn phối hợp ${n} nhiệm vụ với tư cách thành viên của ${groups}: hỏi «đơn vị tôi phối hợp những việc gì» hoặc gõ /nhiemvu tatca để xem.`,
  onlyLeadNote: (n: number) => (n > 0 ? `Đơn vị còn phối hợp ${n} nhiệm vụ khác: hỏi «đơn vị tôi phối hợp những việc gì» để xem.` : ''),
  onlySupportNote: (n: number) => (n > 0 ? `Đơn vị còn chủ trì ${n} nhiệm vụ: hỏi «đơn vị tôi chủ trì những việc gì» để xem.` : ''),
  noLeadTasks: (heading: string) => `Các kế hoạch hiện có không giao ${heading} chủ trì nhiệm vụ nào.`,
  noSupportTasks: (heading: string) => `Các kế hoạch hiện có không giao ${heading} phối hợp nhiệm vụ nào.`,
  more: (n: number) => `…và ${n} nhiệm vụ khác: gõ /nhiemvu tatca để xem hết.`,
  seeWhole: (n: number) => `gõ «xem ${n}» để đọc đủ`,
  tasksFooter: (minutes: number, buttons: boolean) =>
    `Cập nhật: ${buttons ? 'bấm nút dưới mỗi việc, hoặc ' : ''}gõ «xong 2», «đang làm 2», «ghi chú 2 <nội dung>»; «hoàn tác» trong ${minutes} phút để huỷ. «lịch sử 2» xem các lần cập nhật.`,
  roleLead: 'chủ trì',
  roleSupport: 'phối hợp',
  roleVia: (group: string) => `qua ${group}`,
  roleOf: (unit: string, role: string) => `${unit} ${role}`,
  documentAt: (label: string, id: string) => `📄 ${label}, mục ${id}`,
  timing: (timing: string) => `thời gian: ${timing}`,
  conditional: 'khi phát sinh',
  round: (round: string) => `lượt ${round}`,
  documentResult: (result: string, year?: number) => (year ? `kết quả năm ${year} theo văn bản: ${result}` : `theo văn bản: ${result}`),
  lastUpdate: (when: string, by: string) => `cập nhật ${when} bởi ${by}`,
  noteLine: (note: string) => `ghi chú: «${note}»`,
  detail: {
    lead: (units: string) => `• Đơn vị chủ trì: ${units}`,
    support: (units: string) => `• Đơn vị phối hợp: ${units}`,
    addressed: (units: string) => `• Gửi đến: ${units} (đề xuất, không phải nhiệm vụ được giao)`,
    yourRole: (role: string) => `• Vai trò của đơn vị bạn: ${role}`,
    timing: (timing: string) => `• Thời gian: ${timing}`,
    status: (status: string) => `• Tình trạng: ${status}`,
    documentResult: (result: string) => `• Kết quả theo văn bản: ${result}`,
    lastUpdate: (when: string, by: string, count: number) => `• Cập nhật gần nhất: ${when} bởi ${by} (${count} lần cập nhật)`,
    note: (note: string) => `• Ghi chú: «${note}»`,
    details: 'Chi tiết:',
    none: 'không ghi',
  },
  statusLabel: {
    done: 'đã hoàn thành',
    in_progress: 'đang thực hiện',
    not_started: 'chưa thực hiện',
    unknown: 'chưa có cập nhật',
  } as Record<TaskStatus, string>,
  statusIcon: { done: '✅', in_progress: '⏳', not_started: '⬜', unknown: '▫️' } as Record<TaskStatus, string>,
  overdueTask: (days: number, date: string) => `quá hạn ${days} ngày (hạn ${date})`,
  buttons: { done: '✅ Xong', inProgress: '⏳ Đang làm', note: '📝 Ghi chú' },

  // Named units (anyone may ask what a plan gives a unit; statuses are for the unit's own officials)
  namedUnitTitle: (unit: string, province: string) => `Theo các kế hoạch, ${unit} (${province}):`,
  namedUnitFooter: 'Tình trạng thực hiện chỉ hiển thị cho cán bộ đã đăng ký của đơn vị.',
  namedMoreSupport: (unit: string, n: number) => `${unit} còn phối hợp ${n} nhiệm vụ: hỏi «${unit} phối hợp những việc gì» để xem.`,
  namedMoreLead: (unit: string, n: number) => `${unit} còn chủ trì ${n} nhiệm vụ: hỏi «${unit} chủ trì những việc gì» để xem.`,

  // Summary
  summaryTitle: (unit: string, today: string) => `Tóm tắt tình hình của ${unit} (đến ${today}):`,
  summaryCounts: (done: number, inProgress: number, notStarted: number, overdue: number) =>
    `• Nhiệm vụ: ${done} đã hoàn thành, ${inProgress} đang thực hiện, ${notStarted} chưa có cập nhật, ${overdue} quá hạn.`,
  summaryChild: (unit: string, done: number, inProgress: number, notStarted: number) => `  – ${unit}: ${done} xong, ${inProgress} đang làm, ${notStarted} chưa có cập nhật`,
  summaryChildren: 'Các đơn vị trực thuộc:',
  summaryOverdue: 'Quá hạn:',
  summaryUpcoming: 'Sắp tới:',
  summaryRecent: 'Cập nhật gần đây:',
  summaryNothingUpcoming: '• Không có hạn nào trong 30 ngày tới.',
  summaryFooter: 'Gõ /nhiemvu để xem và cập nhật từng việc, /baocao để tải dự thảo báo cáo.',

  // Draft report (the words of the DOCX and XLSX files)
  draft: {
    blank: (what: string) => `[cần bổ sung: ${what}]`,
    blankFigure: (measure: string) => `[cần bổ sung: ..... ${measure}]`,
    blankResult: 'kết quả thực hiện, số liệu cụ thể',
    blankSection: 'nội dung của đơn vị theo hướng dẫn trên',
    agency: (unit: string) => `TÊN CƠ QUAN, ĐƠN VỊ: ${unit}`,
    nation: 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    motto: 'Độc lập - Tự do - Hạnh phúc',
    number: 'Số: ....../BC-......',
    placeDate: (province: string) => `${province}, ngày ..... tháng ..... năm ..........`,
    to: (unit: string) => `Kính gửi: ${unit}`,
    basis: (attached: string) => `Thực hiện yêu cầu ${attached.replace(/^\(Kèm theo\s*/u, '').replace(/\)$/u, '')}, đơn vị báo cáo như sau:`,
    period: (text: string) => `Số liệu đánh giá tính từ ${text}.`,
    deadline: (last: string, written: string) => `Thời hạn gửi báo cáo: hạn chót ${last} (văn bản: ${written}).`,
    guidance: (text: string) => `Hướng dẫn của đề cương: ${text}`,
    draftNote: (today: string) => `Dự thảo do Trợ lý số lập ngày ${today} từ các nhiệm vụ và tình trạng đã cập nhật của đơn vị; các ô [cần bổ sung …] là số liệu, nội dung đơn vị điền thêm.`,
    taskLine: (n: number, text: string, role: string, document: string, status: string) => `${n}. ${text} (${role}; ${document}): ${status}.`,
    noTasks: 'Các văn bản hiện có trong Trợ lý số chưa giao nhiệm vụ nào cho đơn vị; đơn vị căn cứ Phụ lục phân công của kế hoạch để báo cáo.',
    criteriaHeader: ['Tiêu chí', 'Nội dung', 'Mục tiêu chung', 'Kết quả của đơn vị'],
    appendixTitle: 'PHỤ LỤC: TÌNH HÌNH THỰC HIỆN NHIỆM VỤ ĐƯỢC GIAO',
    appendixHeader: ['STT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Kết quả thực hiện', 'Văn bản giao'],
    appendixSheet: 'Phụ lục nhiệm vụ',
    docxName: (unit: string) => `Du-thao-bao-cao-tong-ket-${unit}.docx`,
    xlsxName: (unit: string) => `Phu-luc-nhiem-vu-${unit}.xlsx`,
  },

  // Draft report
  draftNone: (province: string) => `Chưa có đề cương báo cáo nào giao cho các đơn vị ở ${province} trong các văn bản hiện có.`,
  draftReady: (file: string, plan: string) => `Dự thảo báo cáo của đơn vị theo đề cương của ${plan}: ${file}. Các ô «[cần bổ sung …]» là số liệu Trợ lý số chưa có; kèm theo là bảng phụ lục nhiệm vụ.`,
} as const;

export type Messages = typeof MESSAGES;
