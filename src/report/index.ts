export { buildReport, excerpt, type Report, type ReportDeps, type QuestionGroup, type RatedAnswer, type FileStatus, type FileProblem, type Count } from './build';
export { WordingGroups, contentWords, SAME_QUESTION, type WordingGroup, type Wording } from './grouping';
export { parsePeriod, PeriodError, CLI_NAMES, QUERY_NAMES, DEFAULT_DAYS, MAX_DAYS, type PeriodInput, type OptionNames } from './period';
export { renderText, renderHtml, renderCsv, csvField, escapeHtml, formatTime, periodText, CSV_HEADER } from './render';
export { adminReportRoute, REPORT_ERRORS } from './route';
