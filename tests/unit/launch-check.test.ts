import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { launchCheck, placeholders, type LaunchInput, type PageFile } from '../../src/lib/launch/checks';
import { readProject } from '../../src/lib/launch/read-project';
import { formatReport, reportData } from '../../src/lib/launch/report';
import { projectRoot } from '../support/project-copy.mjs';
import { FILLED } from '../support/filled-content.mjs';

// Fixtures are built from the real settings file with every placeholder filled, so these tests hold
// whatever the owner has written so far.
const rawSettings = JSON.parse(readFileSync(`${projectRoot}/content/settings.json`, 'utf8'));
const fill = (value: unknown): unknown =>
  typeof value === 'string'
    ? value.startsWith('PLACEHOLDER:')
      ? 'Filled in'
      : value
    : Array.isArray(value)
      ? value.map(fill)
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]))
        : value;
const filledSettings = { ...(fill(rawSettings) as object), ...FILLED };
const today = new Date('2026-12-01');

const reviewed = (file: string, nextReview = '2027-06-01', reviewedBy = 'medical'): PageFile => ({
  file: `content/pages/${file}.mdx`,
  frontMatter: { clinical: true, reviewedBy, lastReviewed: '2026-06-01', nextReview },
});
const ready: LaunchInput = {
  settings: filledSettings,
  pages: [reviewed('safety'), { file: 'content/pages/about.mdx', frontMatter: { title: 'About' } }],
  today,
};

describe('the launch check on a site ready to go live', () => {
  test('finds nothing, and the report says ready', () => {
    expect(launchCheck(ready)).toEqual([]);
    expect(formatReport([])).toMatch(/^Ready to go live/);
    expect(reportData([])).toEqual(expect.objectContaining({ ready: true, count: 0, findings: [] }));
  });

  test('an empty booking link and empty reviewers are allowed (nothing is shown)', () => {
    const settings = { ...filledSettings, booking: { url: '', label: '' } };
    expect(launchCheck({ ...ready, settings })).toEqual([]);
  });
});

describe('the launch check lists what is left', () => {
  test('a placeholder: file, field path, and the note saying what to write; it blocks an https build', () => {
    const settings = structuredClone(filledSettings) as unknown as { licences: { number: string }[] };
    settings.licences[0].number = 'PLACEHOLDER: licence number';
    expect(launchCheck({ ...ready, settings })).toEqual([
      {
        group: 'settings',
        file: 'content/settings.json',
        field: 'licences[0].number',
        todo: 'Replace the placeholder: licence number.',
        blocksBuild: true,
      },
    ]);
  });

  test('a booking link that is not https://', () => {
    const settings = { ...filledSettings, booking: { url: 'http://scheduler.example/book', label: 'Book' } };
    expect(launchCheck({ ...ready, settings })).toEqual([
      expect.objectContaining({ field: 'booking.url', blocksBuild: true }),
    ]);
  });

  test('a clinical page with no real reviewer, whether none is chosen or the chosen one is not named', () => {
    const settings = { ...filledSettings, reviewers: { ...FILLED.reviewers, medical: { name: '', credentials: '' } } };
    const pages = [
      reviewed('a', '2027-06-01', 'pending'),
      reviewed('b', '2027-06-01', 'medical'),
      reviewed('c', '2027-06-01', 'clinical'),
    ];
    const findings = launchCheck({ ...ready, settings, pages });
    expect(findings.map((f) => [f.group, f.file, f.field])).toEqual([
      ['review', 'content/pages/a.mdx', 'reviewedBy'],
      ['review', 'content/pages/b.mdx', 'reviewedBy'],
    ]);
    expect(findings[1].todo).toMatch(/medical reviewer/);
    // The pages say honestly that their review is pending, so they do not stop a build.
    expect(findings.every((f) => !f.blocksBuild)).toBe(true);
  });

  test('reviews past due or due within 30 days, and not one due later', () => {
    const pages = [reviewed('late', '2026-11-20'), reviewed('soon', '2026-12-31'), reviewed('later', '2027-01-01')];
    const findings = launchCheck({ ...ready, pages });
    expect(findings.map((f) => [f.group, f.file, f.field])).toEqual([
      ['renew', 'content/pages/late.mdx', 'nextReview'],
      ['renew', 'content/pages/soon.mdx', 'nextReview'],
    ]);
    expect(findings[0].todo).toMatch(/was due on 2026-11-20/);
    expect(findings[1].todo).toMatch(/is due on 2026-12-31/);
  });

  test('hosting settings, when run with them', () => {
    const env = { SITE_URL: 'http://127.0.0.1:4321' };
    expect(launchCheck({ ...ready, env }).map((f) => f.field)).toEqual([
      'SITE_URL',
      'RESEND_API_KEY',
      'CONTACT_TO',
      'CONTACT_FROM',
    ]);
    const live = {
      SITE_URL: 'https://practice.example',
      RESEND_API_KEY: 're_x',
      CONTACT_TO: 'a@practice.example',
      CONTACT_FROM: 'b@practice.example',
    };
    expect(launchCheck({ ...ready, env: live })).toEqual([]);
  });

  test('the report groups findings by what to do, and the JSON carries the same findings', () => {
    const settings = { ...filledSettings, phone: 'PLACEHOLDER: practice phone' };
    const pages = [reviewed('a', '2027-06-01', 'pending')];
    const findings = launchCheck({ ...ready, settings, pages, env: {} });
    const text = formatReport(findings);
    expect(text).toMatch(/^Not ready to go live yet: 6 things to do\./);
    expect(text).toMatch(
      /Fill in your practice details \(1\):\n {2}- content\/settings\.json › phone: Replace the placeholder: practice phone\./,
    );
    expect(text).toMatch(/Have these clinical pages checked[^\n]*\(1\):\n {2}- content\/pages\/a\.mdx › reviewedBy/);
    expect(text).toMatch(/Set these on your host[^\n]*\(4\):/);
    const data = reportData(findings);
    expect(data).toMatchObject({ ready: false, count: 6 });
    expect(data.findings).toEqual(findings);
    expect(Object.keys(data.groups)).toEqual(['settings', 'review', 'renew', 'hosting']);
  });
});

describe('the launch check on the current content', () => {
  const input = readProject(projectRoot, undefined, today);
  const findings = launchCheck(input);
  const source = readFileSync(`${projectRoot}/content/settings.json`, 'utf8');

  test('reports every placeholder in content/settings.json', () => {
    const count = source.match(/"PLACEHOLDER:/g)?.length ?? 0;
    expect(findings.filter((f) => f.todo.startsWith('Replace the placeholder'))).toHaveLength(count);
    expect(placeholders(rawSettings)).toHaveLength(count);
  });

  test('reports every clinical page still waiting for its review', () => {
    const pending = input.pages.filter(
      (p) =>
        p.frontMatter.clinical === true &&
        p.frontMatter.reviewedBy !== 'clinical' &&
        p.frontMatter.reviewedBy !== 'medical',
    );
    const reported = findings.filter((f) => f.group === 'review').map((f) => f.file);
    for (const page of pending) expect(reported).toContain(page.file);
  });

  test('fails while anything is left', () => {
    expect(reportData(findings).ready).toBe(findings.length === 0);
  });
});
