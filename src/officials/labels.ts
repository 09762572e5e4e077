import { foldKeepingPositions } from '../text';
import { TITLE_FILLER } from './phrases';
import type { PlanInfo } from './records';

/**
 * A short name for a plan, shown beside each task and deadline so every line says which document it comes from:
 * "KH sáng kiến đột phá … năm 2026", "CV báo cáo kết quả năm 2025 (Văn phòng UBND tỉnh Đồng Tháp)".
 */
export function planLabel(plan: Pick<PlanInfo, 'title' | 'kind' | 'issuer' | 'province'>): string {
  let title = plan.title.replace(/^(kế hoạch|công văn|báo cáo)\s+(?=(kế hoạch|báo cáo|đề nghị))/iu, '');
  const kind = plan.kind === 'plan' ? 'KH' : 'CV';
  title = title.replace(/^kế hoạch\s+/iu, '');
  for (const filler of TITLE_FILLER) {
    const at = foldKeepingPositions(title).indexOf(filler);
    if (at >= 0) title = `${title.slice(0, at)} ${title.slice(at + filler.length)}`;
  }
  if (plan.province) {
    const at = foldKeepingPositions(title).lastIndexOf(foldKeepingPositions(`tỉnh ${plan.province}`).toLowerCase());
    if (at >= 0) title = `${title.slice(0, at)} ${title.slice(at + plan.province.length + 5)}`;
  }
  title = title.replace(/\s*,\s*(?=,|\s|$)/gu, ' ').replace(/\s+/gu, ' ').trim();
  const first = title.charAt(0).toLowerCase() + title.slice(1);
  return `${kind} ${first} (${plan.issuer})`;
}
