import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { listKnowledgeFiles, parseKnowledgeFiles } from '../knowledge';
import { parseArgs } from 'node:util';
import { draftFiles, hashCode, loadOfficialsData, loadRoster, newInviteCode, ROSTER_FILE, standaloneSession, type Roster, type UnitMatch } from '../officials';
import { openStore } from '../store';
import { configOrExit, parseToday, run, UsageError } from './common';

const HELP = `Manage officials: invite codes, registered officials, their units.

Usage:
  npm run --silent admin -- invite --unit "<đơn vị>" [--province "<tỉnh>"] [--days 7] [--note "<ghi chú>"]
        prints a one-time invite code (TLS- and four groups of four letters) as the last line; the official sends
        /dangky <code> to the bot on Telegram or Zalo (the web chat refuses registration); 5 wrong codes from one
        person lock their registration for an hour
  npm run --silent admin -- invites                      list invite codes (only their state; codes are stored hashed)
  npm run --silent admin -- revoke-invite <invite id>    cancel an unused code
  npm run --silent admin -- officials                    list registered officials
  npm run --silent admin -- revoke <official id>         remove an official's registration
  npm run --silent admin -- move <official id> --unit "<đơn vị>" [--province "<tỉnh>"]
  npm run --silent admin -- draft-report --unit "<đơn vị>" --plan <file> [--out <folder>] [--today YYYY-MM-DD]
        writes the unit's draft report (DOCX, following the plan's "Đề cương") and its appendix table of tasks (XLSX),
        filled with the unit's task statuses and notes; prints the two file paths

--unit takes a name as officials write it ("Sở KH&CN", "UBND phường Cao Lãnh") or a unit id from knowledge/units.yaml;
when the name is used in several provinces, add --province.`;

function resolveUnit(roster: Roster, unit: string, province?: string): UnitMatch {
  const byId = roster.get(unit);
  if (byId) return { unit: byId };
  const matches = roster.resolve(unit, province);
  if (matches.length === 1) return matches[0]!;
  if (matches.length === 0) {
    throw new UsageError(`no unit "${unit}"${province ? ` in ${province}` : ''} in ${ROSTER_FILE}; check the name or add the unit there`);
  }
  const options = matches.map((m) => `  ${m.unit.id}  ${m.commune ?? m.unit.name} (${m.unit.province})`).join('\n');
  throw new UsageError(`"${unit}" matches ${matches.length} units; add --province "<tỉnh>" or give the id:\n${options}`);
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' });
const date = (d?: Date) => (d ? timeFormat.format(d) : '-');

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      province: { type: 'string' },
      days: { type: 'string', default: '7' },
      note: { type: 'string' },
      plan: { type: 'string' },
      out: { type: 'string', default: '.' },
      today: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  const [action, target] = positionals;
  if (values.help || !action) {
    process.stdout.write(`${HELP}\n`);
    return values.help ? 0 : 2;
  }
  const config = configOrExit();
  const store = await openStore(config);
  try {
    const now = new Date();
    const roster = () => loadRoster(join(config.knowledgeDir, ROSTER_FILE));
    const id = () => {
      const n = Number(target);
      if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${action} needs a number (the id shown by the list command); got '${target ?? ''}'`);
      return n;
    };
    switch (action) {
      case 'invite': {
        if (!values.unit) throw new UsageError('invite needs --unit "<đơn vị>"');
        const days = Number(values.days);
        if (!(days > 0 && days <= 365)) throw new UsageError(`--days must be a number of days from 1 to 365; got '${values.days}'`);
        const match = resolveUnit(await roster(), values.unit, values.province);
        const code = newInviteCode();
        const expiresAt = new Date(now.getTime() + days * 86_400_000);
        await store.createInvite({ codeHash: hashCode(code), unitId: match.unit.id, commune: match.commune, expiresAt, note: values.note, now });
        process.stdout.write(`Invite for ${match.commune ?? match.unit.name} (${match.unit.province}), valid until ${date(expiresAt)} (Vietnam time), one use:\n${code}\n`);
        return 0;
      }
      case 'invites':
        for (const i of await store.listInvites()) {
          const state = i.revokedAt ? 'revoked' : i.usedAt ? `used ${date(i.usedAt)} by official ${i.usedBy}` : i.expiresAt <= now ? 'expired' : `valid until ${date(i.expiresAt)}`;
          process.stdout.write(`${i.id}\t${i.commune ?? i.unitId}\t${state}${i.note ? `\t${i.note}` : ''}\n`);
        }
        return 0;
      case 'revoke-invite':
        if (!(await store.revokeInvite(id(), now))) throw new UsageError(`invite ${target} does not exist, was used or was already revoked`);
        process.stdout.write(`invite ${target} revoked\n`);
        return 0;
      case 'officials': {
        const units = await roster();
        for (const o of await store.listOfficials()) {
          const unit = units.get(o.unitId);
          process.stdout.write(
            `${o.id}\t${o.channel}:${o.userId}\t${o.commune ?? unit?.name ?? o.unitId} (${unit?.province ?? '?'})\tsince ${date(o.registeredAt)}\treminders ${o.remindersEnabled ? 'on' : 'off'}\n`,
          );
        }
        return 0;
      }
      case 'revoke':
        if (!(await store.revokeOfficial(id(), now))) throw new UsageError(`official ${target} does not exist or was already revoked`);
        process.stdout.write(`official ${target} revoked; they see no unit data until they register again\n`);
        return 0;
      case 'move': {
        if (!values.unit) throw new UsageError('move needs --unit "<đơn vị>"');
        const match = resolveUnit(await roster(), values.unit, values.province);
        if (!(await store.moveOfficial(id(), match.unit.id, match.commune))) throw new UsageError(`official ${target} does not exist or was revoked`);
        process.stdout.write(`official ${target} now belongs to ${match.commune ?? match.unit.name} (${match.unit.province})\n`);
        return 0;
      }
      case 'draft-report': {
        if (!values.unit || !values.plan) throw new UsageError('draft-report needs --unit "<đơn vị>" and --plan <file of knowledge/plans>');
        const { docs } = parseKnowledgeFiles(await listKnowledgeFiles(config.knowledgeDir));
        const data = await loadOfficialsData({ knowledgeDir: config.knowledgeDir, docs, dryRun: true });
        const match = resolveUnit(data.roster, values.unit, values.province);
        const wanted = basename(values.plan);
        const plan = data.plans.find((p) => basename(p.plan.file) === wanted || basename(p.plan.path) === wanted);
        const withOutline = data.plans.filter((p) => p.outline).map((p) => p.plan.path);
        if (!plan) throw new UsageError(`no plan '${values.plan}' in ${config.knowledgeDir}/plans; plans with a report outline: ${withOutline.join(', ') || 'none'}`);
        if (!plan.outline) throw new UsageError(`${plan.plan.path} has no report outline ("ĐỀ CƯƠNG …"); plans with one: ${withOutline.join(', ') || 'none'}`);
        const files = await draftFiles(await standaloneSession(data, store, values.today ? parseToday(values.today) : now, match), match, plan);
        await mkdir(values.out!, { recursive: true });
        for (const file of [files.docx, files.xlsx]) {
          const path = join(values.out!, file.name);
          await writeFile(path, file.data);
          process.stdout.write(`${path}\n`);
        }
        return 0;
      }
      default:
        throw new UsageError(`unknown action '${action}'; use invite, invites, revoke-invite, officials, revoke, move or draft-report`);
    }
  } finally {
    await store.close();
  }
});
