import { GROUPS, type Finding, type Group } from './checks.ts';

/** The launch check's findings in plain words, grouped by what the owner must do. */
export function formatReport(findings: Finding[]): string {
  if (findings.length === 0) return 'Ready to go live: nothing left to do.';
  const lines = [`Not ready to go live yet: ${findings.length} ${findings.length === 1 ? 'thing' : 'things'} to do.`];
  for (const group of Object.keys(GROUPS) as Group[]) {
    const inGroup = findings.filter((f) => f.group === group);
    if (inGroup.length === 0) continue;
    lines.push('', `${GROUPS[group]} (${inGroup.length}):`);
    for (const f of inGroup) lines.push(`  - ${f.file} › ${f.field}: ${f.todo}`);
  }
  return lines.join('\n');
}

/** The JSON shape of `npm run launch-check -- --json`. */
export function reportData(findings: Finding[]) {
  return { ready: findings.length === 0, count: findings.length, groups: GROUPS, findings };
}
