import { readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseKnowledgeFile } from '../../src/knowledge';
import { loadOfficialsData, loadRoster, type ExtractedFile, type Roster, type TaskRecord } from '../../src/officials';
import { extractPlan, recordChecksum, type Extraction } from '../../src/officials/extract/index';
import { mergeExtraction, parseExtractedFile, renderExtractedFile, syncExtractedFile } from '../../src/officials/extracted-files';
import { KNOWLEDGE_DIR, ROOT, tempDir } from '../helpers';
import { knowledgeCopy, loadDocs, PLANS } from './fixtures';

const PLAN = PLANS.vpBaoCao;
const YAML = PLAN.replace(/\.md$/u, '.extracted.yaml');
const KHEN_THUONG = 'Khen thưởng tập thể, cá nhân có nhiều đóng góp';

let roster: Roster;
let planSource: string;
let reviewedSource: string;
beforeAll(async () => {
  roster = await loadRoster(join(KNOWLEDGE_DIR, 'units.yaml'));
  planSource = await readFile(join(ROOT, PLAN), 'utf8');
  reviewedSource = await readFile(join(ROOT, YAML), 'utf8');
});

/** A fresh extraction of the plan, optionally from an edited copy of its text. */
const extract = (edit: (source: string) => string = (s) => s): Extraction => extractPlan(parseKnowledgeFile(PLAN, edit(planSource)), roster, PLAN.replace(/^knowledge\//u, ''));
const reviewed = (): ExtractedFile => parseExtractedFile(YAML, reviewedSource);
const taskOf = (file: ExtractedFile, id: string): TaskRecord | undefined => file.tasks.find((t) => t.id === id);
/** What an editor does: change fields and leave `checksum` as it was. */
function handEdit(file: ExtractedFile, id: string, fields: Partial<TaskRecord>): ExtractedFile {
  return { ...file, tasks: file.tasks.map((t) => (t.id === id ? { ...t, ...fields } : t)) };
}

describe('merging a fresh extraction into the reviewed file', () => {
  it('changes nothing when nobody edited anything', () => {
    const { file, conflicts } = mergeExtraction(reviewed(), extract());
    expect(conflicts).toEqual([]);
    expect(renderExtractedFile(file)).toBe(reviewedSource);
  });

  it('keeps a hand-edited record over the extracted one', () => {
    const previous = handEdit(reviewed(), 'PL-I.II.3', { status: 'done', result: 'Đã khen thưởng 5 tập thể', lead_ids: ['dt-vp-hctc', 'dt-vp-ttthcb'] });
    const { file, conflicts } = mergeExtraction(previous, extract());
    expect(conflicts).toEqual([]);
    expect(taskOf(file, 'PL-I.II.3')).toMatchObject({ status: 'done', result: 'Đã khen thưởng 5 tập thể', lead_ids: ['dt-vp-hctc', 'dt-vp-ttthcb'] });
    expect(taskOf(file, 'PL-I.II.3')!.note).toBeUndefined();
    // The other records are the extraction's.
    expect(taskOf(file, 'PL-I.II.2')).toEqual(taskOf(extract(), 'PL-I.II.2'));
  });

  it('keeps a hand-edited record but flags it when its source paragraph changed', () => {
    const previous = handEdit(reviewed(), 'PL-I.II.3', { status: 'done' });
    const fresh = extract((s) => s.replace(KHEN_THUONG, 'Khen thưởng kịp thời tập thể, cá nhân có nhiều đóng góp'));
    expect(taskOf(fresh, 'PL-I.II.3')!.source_hash).not.toBe(taskOf(previous, 'PL-I.II.3')!.source_hash);
    const { file, conflicts } = mergeExtraction(previous, fresh);
    expect(conflicts).toEqual(['PL-I.II.3']);
    expect(taskOf(file, 'PL-I.II.3')).toMatchObject({ status: 'done', text: expect.stringContaining(KHEN_THUONG) });
    expect(taskOf(file, 'PL-I.II.3')!.note).toMatch(/Đoạn văn gốc đã thay đổi/u);
  });

  it('takes the new text of an unedited record whose source changed, without flagging it', () => {
    const fresh = extract((s) => s.replace(KHEN_THUONG, 'Khen thưởng kịp thời tập thể, cá nhân có nhiều đóng góp'));
    const { file, conflicts } = mergeExtraction(reviewed(), fresh);
    expect(conflicts).toEqual([]);
    expect(taskOf(file, 'PL-I.II.3')!.text).toMatch(/^Khen thưởng kịp thời/u);
  });

  it('keeps a record added by hand (checksum: manual) without flagging it', () => {
    const manual: TaskRecord = {
      id: 'TAY-1',
      kind: 'task',
      text: 'Tổng hợp danh sách cán bộ hoàn thành khóa học kỹ năng số',
      details: [],
      lead: ['Phòng Hành chính – Tổ chức'],
      lead_ids: ['dt-vp-hctc'],
      support: [],
      support_ids: [],
      status: 'not_started',
      section: 'Bổ sung',
      line: 1,
      source_hash: '',
      checksum: 'manual',
    };
    const previous = { ...reviewed(), tasks: [...reviewed().tasks, manual] };
    const { file, conflicts } = mergeExtraction(previous, extract());
    expect(conflicts).toEqual([]);
    expect(taskOf(file, 'TAY-1')).toEqual(manual);
  });

  it('drops an unedited record whose source is gone, and keeps an edited one with a note', () => {
    const withoutRow = (s: string) => s.replace(/\n\| 3 \| Cử nhân sự tham gia[^\n]*/u, '');
    const fresh = extract(withoutRow);
    expect(taskOf(fresh, 'PL-I.III.3')).toBeUndefined();

    const dropped = mergeExtraction(reviewed(), fresh);
    expect(taskOf(dropped.file, 'PL-I.III.3')).toBeUndefined();
    expect(dropped.conflicts).toEqual([]);

    const kept = mergeExtraction(handEdit(reviewed(), 'PL-I.III.3', { status: 'done' }), fresh);
    expect(taskOf(kept.file, 'PL-I.III.3')).toMatchObject({ status: 'done' });
    expect(taskOf(kept.file, 'PL-I.III.3')!.note).toMatch(/không còn trong văn bản/u);
    expect(kept.conflicts).toEqual(['PL-I.III.3']);
  });

  it('tells an edit from an extraction by the checksum', () => {
    const record = taskOf(reviewed(), 'PL-I.II.3')!;
    expect(recordChecksum(record)).toBe(record.checksum);
    expect(recordChecksum({ ...record, status: 'done' })).not.toBe(record.checksum);
    // A note alone is not an edit: merging writes notes itself.
    expect(recordChecksum({ ...record, note: 'x' })).toBe(record.checksum);
  });
});

describe('syncing the reviewed file on disk', () => {
  it('writes a missing file, then leaves it alone while nothing changes', async () => {
    const file = join(await tempDir(), 'plan.extracted.yaml');
    const first = await syncExtractedFile(file, 'plan.extracted.yaml', extract());
    expect(first.written).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(reviewedSource);
    const before = (await stat(file)).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    const second = await syncExtractedFile(file, 'plan.extracted.yaml', extract());
    expect(second).toMatchObject({ written: false, problems: [], conflicts: [] });
    expect((await stat(file)).mtimeMs).toBe(before);
  });

  it('keeps an editor’s change made in the file, without rewriting it', async () => {
    const file = join(await tempDir(), 'plan.extracted.yaml');
    const lines = reviewedSource.split('\n');
    const at = lines.findIndex((l) => l.includes('result: Đang thực hiện')) + 1;
    expect(lines[at]).toBe('    status: in_progress');
    lines[at] = '    status: done';
    const edited = lines.join('\n');
    await writeFile(file, edited);
    const result = await syncExtractedFile(file, 'plan.extracted.yaml', extract());
    expect(result.written).toBe(false);
    expect(taskOf(result.file, 'PL-I.II.3')!.status).toBe('done');
    expect(await readFile(file, 'utf8')).toBe(edited);
  });

  it('rewrites the file when the plan changed, flagging the edited record in it', async () => {
    const file = join(await tempDir(), 'plan.extracted.yaml');
    await writeFile(file, renderExtractedFile(handEdit(reviewed(), 'PL-I.II.3', { status: 'done' })));
    const result = await syncExtractedFile(file, 'plan.extracted.yaml', extract((s) => s.replace(KHEN_THUONG, 'Khen thưởng kịp thời tập thể, cá nhân có nhiều đóng góp')));
    expect(result).toMatchObject({ written: true, conflicts: ['PL-I.II.3'], problems: [] });
    const written = parseExtractedFile('plan.extracted.yaml', await readFile(file, 'utf8'));
    expect(taskOf(written, 'PL-I.II.3')).toMatchObject({ status: 'done', note: expect.stringMatching(/Đoạn văn gốc đã thay đổi/u) });
  });

  it('does not overwrite a file that no longer validates, and says where it breaks', async () => {
    const file = join(await tempDir(), 'plan.extracted.yaml');
    const broken = reviewedSource.replace('result: Đang thực hiện\n    status: in_progress', 'result: Đang thực hiện\n    status: finished');
    const line = broken.split('\n').findIndex((l) => l.includes('status: finished')) + 1;
    await writeFile(file, broken);
    const result = await syncExtractedFile(file, 'knowledge/plans/x.extracted.yaml', extract());
    expect(result.written).toBe(false);
    expect(result.problems.map((p) => p.toJSON())).toEqual([
      {
        code: 'bad_enum',
        severity: 'error',
        path: 'knowledge/plans/x.extracted.yaml',
        line,
        field: 'tasks.8.status',
        found: 'finished',
        expected: ['done', 'in_progress', 'not_started', 'unknown'],
      },
    ]);
    expect(await readFile(file, 'utf8')).toBe(broken);
    // The plan is still served, from the fresh extraction.
    expect(taskOf(result.file, 'PL-I.II.3')!.status).toBe('in_progress');
  });

  it('does not overwrite a file that is no longer YAML', async () => {
    const file = join(await tempDir(), 'plan.extracted.yaml');
    const broken = reviewedSource.replace('tasks:\n', 'tasks:\n  - id: [\n');
    await writeFile(file, broken);
    const result = await syncExtractedFile(file, 'knowledge/plans/x.extracted.yaml', extract());
    expect(result.written).toBe(false);
    expect(result.problems[0]).toMatchObject({ code: 'yaml_syntax', path: 'knowledge/plans/x.extracted.yaml' });
    expect(result.problems[0]!.line).toBeGreaterThan(1);
    expect(await readFile(file, 'utf8')).toBe(broken);
  });
});

describe('loading officials’ data over a copy of the knowledge folder', () => {
  it('finds the reviewed files of the repository up to date: nothing rewritten, nothing to review', async () => {
    const { data, knowledgeDir } = await (async () => {
      const copy = await knowledgeCopy();
      return { data: await loadOfficialsData({ knowledgeDir: copy.knowledgeDir, docs: await loadDocs(copy.knowledgeDir, copy.root), cwd: copy.root }), ...copy };
    })();
    expect(data).toMatchObject({ written: [], problems: [], conflicts: [], unknownUnits: [] });
    expect(data.plans.map((p) => p.plan.path).sort()).toEqual(Object.values(PLANS).sort());
    for (const path of Object.values(PLANS)) {
      const name = path.replace(/^knowledge\//u, '').replace(/\.md$/u, '.extracted.yaml');
      expect(await readFile(join(knowledgeDir, name), 'utf8')).toBe(await readFile(join(KNOWLEDGE_DIR, name), 'utf8'));
    }
  });

  it('reports a broken reviewed file with path:line, leaves it as it is and still serves the plan', async () => {
    const { root, knowledgeDir } = await knowledgeCopy();
    const file = join(knowledgeDir, 'plans/dong-thap-vpubnd-bao-cao-ket-qua-2025.extracted.yaml');
    const broken = reviewedSource.replace('result: Đang thực hiện\n    status: in_progress', 'result: Đang thực hiện\n    status: finished');
    await writeFile(file, broken);
    const data = await loadOfficialsData({ knowledgeDir, docs: await loadDocs(knowledgeDir, root), cwd: root });
    expect(data.problems.map((p) => `${p.path}:${p.line}`)).toEqual([`${YAML}:${broken.split('\n').findIndex((l) => l.includes('finished')) + 1}`]);
    expect(data.written).toEqual([]);
    expect(await readFile(file, 'utf8')).toBe(broken);
    expect(data.plans.find((p) => p.plan.path === PLAN)!.tasks.find((t) => t.id === 'PL-I.II.3')!.lead_ids).toEqual(['dt-vp-hctc']);
  });

  it('names the edited record whose plan paragraph changed, and writes the note into the copy only', async () => {
    const { root, knowledgeDir } = await knowledgeCopy();
    const yaml = join(knowledgeDir, 'plans/dong-thap-vpubnd-bao-cao-ket-qua-2025.extracted.yaml');
    await writeFile(yaml, renderExtractedFile(handEdit(reviewed(), 'PL-I.II.3', { status: 'done' })));
    await writeFile(join(knowledgeDir, 'plans/dong-thap-vpubnd-bao-cao-ket-qua-2025.md'), planSource.replace(KHEN_THUONG, 'Khen thưởng kịp thời tập thể, cá nhân có nhiều đóng góp'));
    const data = await loadOfficialsData({ knowledgeDir, docs: await loadDocs(knowledgeDir, root), cwd: root });
    expect(data.conflicts).toEqual([{ file: YAML, id: 'PL-I.II.3' }]);
    expect(data.written.map((w) => w.path)).toEqual([YAML]);
    expect(await readFile(yaml, 'utf8')).toContain('Đoạn văn gốc đã thay đổi');
    expect(await readFile(join(ROOT, YAML), 'utf8')).toBe(reviewedSource);
  });
});
