import { describe, expect, test } from 'vitest';
import {
  checkClaims,
  checkFile,
  checkLinks,
  checkReadability,
  formatProblems,
  type ContentFile,
} from '../../src/lib/content-check';

// The rules behind `npm run check:content`, on made-up files.
const study: ContentFile = {
  file: 'content/research/roe-2026.mdx',
  folder: 'research',
  slug: 'roe-2026',
  data: {
    title: 'A made-up trial',
    authors: ['Roe J'],
    journal: 'Journal of Examples',
    year: 2026,
    pmid: '12345678',
    design: 'Randomised controlled trial',
    participants: 60,
    route: 'oral',
    conditions: ['depression'],
    result: 'no-benefit',
    finding: 'No difference between the two groups.',
    limitations: 'It was small.',
    summary: 'This trial found no extra gain.',
  },
  body: 'Notes on the trial.\n',
};
const answer: ContentFile = {
  file: 'content/faq/a-question.mdx',
  folder: 'faq',
  slug: 'a-question',
  data: { question: 'Is this a question?', topic: 'sessions', order: 1 },
  body: 'Yes. See [the costs](/costs).\n',
};
const without = (data: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(data).filter(([k]) => k !== key));

describe('the content check', () => {
  test('a complete study and answer have no problems', () => {
    expect([...checkFile(study), ...checkFile(answer)]).toEqual([]);
  });

  test.each(['result', 'route', 'conditions'])('a study without %s is refused, naming the field', (key) => {
    const [problem] = checkFile({ ...study, data: without(study.data, key) });
    expect(problem).toMatchObject({ file: study.file, field: key, message: expect.stringMatching(/^missing/) });
  });

  test('an answer without a topic lists the topics to choose from', () => {
    expect(checkFile({ ...answer, data: without(answer.data, 'topic') })).toEqual([
      {
        file: answer.file,
        field: 'topic',
        message: 'missing: choose one of: about-kap, getting-started, sessions, safety, costs, privacy',
      },
    ]);
  });

  test('an empty answer is refused', () => {
    expect(checkFile({ ...answer, body: '\n  \n' })).toEqual([
      { file: answer.file, field: 'text', message: expect.stringMatching(/^There is no answer/) },
    ]);
  });

  test('a component tag is refused because the editor cannot open it', () => {
    expect(checkFile({ ...answer, body: 'Hello <Aside>there</Aside>' })[0].message).toMatch(
      /browser editor cannot open it/,
    );
  });

  test('a link to a page that does not exist is named', () => {
    expect(checkLinks(answer, new Set(['/faq']))).toEqual([
      { file: answer.file, field: 'text', message: 'links to /costs, which is not a page on the site' },
    ]);
  });

  test('a page must list the studies its text links to', () => {
    const page: ContentFile = {
      ...answer,
      file: 'content/pages/p.mdx',
      folder: 'pages',
      data: { studies: [] },
      body: 'See [a trial](/research/roe-2026).',
    };
    expect(checkLinks(page, new Set(['/research/roe-2026']))[0]).toMatchObject({
      field: 'studies',
      message: expect.stringContaining('add roe-2026'),
    });
  });

  test('hard text and overclaims are named', () => {
    const dense =
      'Pharmacodynamic interactions between ketamine and concomitant psychotropic medications substantially attenuate antidepressant efficacy.';
    expect(checkReadability({ ...answer, body: dense })[0].message).toMatch(/^reads at school grade \d+/);
    expect(checkReadability({ ...study, data: { ...study.data, finding: dense } })).toMatchObject([
      { field: 'finding' },
    ]);
    expect(checkClaims(answer.file, 'Line one.\nKAP can cure depression.')).toEqual([
      { file: answer.file, field: 'line 2', message: expect.stringContaining('"cure"') },
    ]);
  });

  test('prints one short line per problem under its file', () => {
    const text = formatProblems([
      { file: 'content/settings.json', field: 'phone', message: 'Write a US phone number' },
      { file: 'content/faq/x.mdx', field: 'topic', message: 'missing' },
      { file: 'content/settings.json', field: 'email', message: 'Write an email address' },
    ]);
    expect(text).toBe(
      'content/settings.json\n  phone: Write a US phone number\n  email: Write an email address\n\ncontent/faq/x.mdx\n  topic: missing',
    );
  });
});
