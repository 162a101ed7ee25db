import { describe, expect, test } from 'vitest';
import { GITHUB_SETTINGS, githubModeConfigured } from '../../src/editor/github-settings';
import { editorStorage } from '../../src/editor/storage';

const ALL = {
  KEYSTATIC_GITHUB_CLIENT_ID: 'Iv1.id',
  KEYSTATIC_GITHUB_CLIENT_SECRET: 'secret',
  KEYSTATIC_SECRET: 'x'.repeat(32),
  PUBLIC_KEYSTATIC_GITHUB_REPO: 'owner/site',
  PUBLIC_KEYSTATIC_GITHUB_APP_SLUG: 'site-editor',
};

describe('the GitHub-mode settings', () => {
  test('all present: the editor is built; none: it is not', () => {
    expect(githubModeConfigured(ALL)).toBe(true);
    expect(githubModeConfigured({})).toBe(false);
    expect(githubModeConfigured({ KEYSTATIC_SECRET: '  ' })).toBe(false);
  });

  test('some missing: an error naming each missing one', () => {
    for (const name of GITHUB_SETTINGS) {
      const { [name]: _dropped, ...rest } = ALL;
      expect(() => githubModeConfigured(rest)).toThrow(`Missing: ${name}`);
    }
  });

  test('a repository that is not owner/name, or a short cookie secret, is refused by name', () => {
    expect(() => githubModeConfigured({ ...ALL, PUBLIC_KEYSTATIC_GITHUB_REPO: 'site' })).toThrow(
      'PUBLIC_KEYSTATIC_GITHUB_REPO',
    );
    expect(() => githubModeConfigured({ ...ALL, PUBLIC_KEYSTATIC_GITHUB_REPO: 'a/b/c' })).toThrow(
      'PUBLIC_KEYSTATIC_GITHUB_REPO',
    );
    expect(() => githubModeConfigured({ ...ALL, KEYSTATIC_SECRET: 'short' })).toThrow('KEYSTATIC_SECRET');
  });

  test('the editor saves to GitHub when the repository is set, to content/ otherwise', () => {
    expect(editorStorage(ALL)).toEqual({ kind: 'github', repo: { owner: 'owner', name: 'site' } });
    expect(editorStorage({})).toEqual({ kind: 'local' });
  });
});
