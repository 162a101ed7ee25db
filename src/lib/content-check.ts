/**
 * "Is my content fine?": the rules every valid edit of content/ keeps, checked without building the
 * site, each problem named by file and field in plain words. `npm run check:content` prints them
 * (src/lib/check-content.mjs); the tests over content/ use the same rules.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { z } from 'zod';
import { claimedText, findOverclaims } from './claims';
import { emptyBodyProblem, faqSchema, pageSchema, researchSchema, type ContentFolder } from './content-schemas';
import { MAX_GRADE, markdownBlocks, readability, splitFrontMatter } from './readability';
import { settingsSchema } from './settings-schema';

export interface ContentProblem {
  /** From the project root, e.g. "content/faq/new-question.mdx". */
  file: string;
  /** The front-matter key or setting, e.g. "topic" or "licences.0.state"; "text" for the body. */
  field: string;
  message: string;
}

export interface ContentFile {
  file: string;
  folder: ContentFolder;
  /** The file name without .mdx: the page's address, the study's or the answer's id. */
  slug: string;
  data: Record<string, unknown>;
  body: string;
}

const FOLDERS: ContentFolder[] = ['pages', 'research', 'faq'];

/** The front-matter schemas; a page's studies are plain names here, looked up by {@link checkLinks}. */
const SCHEMAS: Record<ContentFolder, z.ZodType> = {
  pages: pageSchema(z.string()),
  research: researchSchema,
  faq: faqSchema,
};

/** A zod issue in the owner's words. */
function describe(issue: z.core.$ZodIssue): string {
  const missing = 'input' in issue && issue.input === undefined;
  if (issue.code === 'invalid_value')
    return `${missing ? 'missing: choose' : 'must be'} one of: ${issue.values.map(String).join(', ')}`;
  if (issue.code === 'invalid_type' && missing) return 'missing: add it';
  if (issue.code === 'unrecognized_keys')
    return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (a typo?)`;
  return issue.message;
}

function schemaProblems(file: string, schema: z.ZodType, data: unknown): ContentProblem[] {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    file,
    field: issue.path.join('.') || '(whole file)',
    message: describe(issue),
  }));
}

/** Every MDX file of the three content folders, read and split into front-matter and text. */
export function readContent(root: string): { files: ContentFile[]; problems: ContentProblem[] } {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const folder of FOLDERS) {
    const dir = join(root, 'content', folder);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
      if (!name.endsWith('.mdx')) continue;
      const file = relative(root, join(dir, name)).split('\\').join('/');
      try {
        const { data, body } = splitFrontMatter(readFileSync(join(dir, name), 'utf8'));
        files.push({
          file,
          folder,
          slug: name
            .replace(/\.mdx$/, '')
            .split('\\')
            .join('/'),
          data,
          body,
        });
      } catch (error) {
        problems.push({
          file,
          field: 'front-matter',
          message: `cannot be read: ${(error as Error).message.split('\n')[0]}`,
        });
      }
    }
  }
  return { files, problems };
}

/** Front-matter against its schema; text present and plain Markdown the browser editor can open. */
export function checkFile(f: ContentFile): ContentProblem[] {
  const problems = schemaProblems(f.file, SCHEMAS[f.folder], f.data);
  const empty = emptyBodyProblem(f.folder, f.body);
  if (empty) problems.push({ file: f.file, field: 'text', message: empty });
  const editorRules: [RegExp, string][] = [
    [/^(import|export)\s/m, 'has an import or export line'],
    [/[{}]/, 'has a { or }'],
    [/<\/?[A-Za-z][A-Za-z0-9]*[\s/>]/, 'has an HTML or component tag'],
  ];
  for (const [pattern, what] of editorRules) {
    if (pattern.test(f.body)) {
      problems.push({
        file: f.file,
        field: 'text',
        message: `${what}, so the browser editor cannot open it: write plain Markdown`,
      });
    }
  }
  return problems;
}

/** The addresses the site serves: its .astro pages (not dynamic ones or the 404), content pages and studies. */
export function siteRoutes(root: string, files: readonly ContentFile[]): Set<string> {
  const astroPages = readdirSync(join(root, 'src/pages'), { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.astro') && !f.includes('[') && !f.startsWith('404'))
    .map((f) => `/${f.replace(/\.astro$/, '').replace(/(^|\/)index$/, '')}`);
  return new Set([
    ...astroPages,
    ...files.filter((f) => f.folder === 'pages').map((f) => `/${f.slug}`),
    ...files.filter((f) => f.folder === 'research').map((f) => `/research/${f.slug}`),
  ]);
}

/** Internal link targets in Markdown text, without any #fragment, e.g. "/costs". */
export function internalLinks(body: string): string[] {
  return [...body.matchAll(/\]\((\/[^)\s#]*)/g)].map((m) => m[1]);
}

/** Links lead to pages that exist; a page lists in `studies` every study it links to, and only real ones. */
export function checkLinks(f: ContentFile, routes: ReadonlySet<string>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const links = internalLinks(f.body);
  for (const href of links.filter((h) => !routes.has(h))) {
    problems.push({ file: f.file, field: 'text', message: `links to ${href}, which is not a page on the site` });
  }
  if (f.folder !== 'pages') return problems;
  const listed = Array.isArray(f.data.studies) ? f.data.studies.map(String) : [];
  for (const id of listed.filter((s) => !routes.has(`/research/${s}`))) {
    problems.push({
      file: f.file,
      field: 'studies',
      message: `lists ${id}, but there is no content/research/${id}.mdx`,
    });
  }
  const linked = links.filter((h) => h.startsWith('/research/')).map((h) => h.slice('/research/'.length));
  for (const id of linked.filter((s) => !listed.includes(s))) {
    problems.push({
      file: f.file,
      field: 'studies',
      message: `the text links to /research/${id}: add ${id} to the studies list`,
    });
  }
  return problems;
}

/** Pages and answers (their text) and studies (their summary and finding) read at grade {@link MAX_GRADE} or below. */
export function checkReadability(f: ContentFile): ContentProblem[] {
  const measured: [string, string[]][] =
    f.folder === 'research'
      ? ['summary', 'finding'].map((key) => [key, [String(f.data[key] ?? '')]])
      : [['text', markdownBlocks(f.body)]];
  return measured.flatMap(([field, blocks]) => {
    const { grade } = readability(blocks);
    if (grade <= MAX_GRADE) return [];
    const message = `reads at school grade ${grade}; aim for ${MAX_GRADE} or below (shorter sentences, plainer words)`;
    return [{ file: f.file, field, message }];
  });
}

/** No word or sentence that promises too much (see src/lib/claims.ts). */
export function checkClaims(file: string, source: string): ContentProblem[] {
  return findOverclaims(claimedText(file, source)).map((o) => ({ file, field: `line ${o.line}`, message: o.reason }));
}

/** Every content rule over the project at `root`; an empty list means the content is fine. */
export function checkContent(root: string): { checked: number; problems: ContentProblem[] } {
  const settingsFile = 'content/settings.json';
  const problems: ContentProblem[] = [];
  const settingsSource = readFileSync(join(root, settingsFile), 'utf8');
  try {
    problems.push(...schemaProblems(settingsFile, settingsSchema, JSON.parse(settingsSource)));
    problems.push(...checkClaims(settingsFile, settingsSource));
  } catch (error) {
    problems.push({
      file: settingsFile,
      field: '(whole file)',
      message: `is not valid JSON: ${(error as Error).message}`,
    });
  }

  const content = readContent(root);
  problems.push(...content.problems);
  const routes = siteRoutes(root, content.files);
  for (const f of content.files) {
    problems.push(...checkFile(f), ...checkLinks(f, routes), ...checkReadability(f));
    problems.push(...checkClaims(f.file, readFileSync(join(root, f.file), 'utf8')));
  }
  return { checked: content.files.length + content.problems.length + 1, problems };
}

/** The problems as short lines grouped by file, for the terminal. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  const byFile = new Map<string, ContentProblem[]>();
  for (const p of problems) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  return [...byFile]
    .map(([file, list]) => [file, ...list.map((p) => `  ${p.field}: ${p.message}`)].join('\n'))
    .join('\n\n');
}
