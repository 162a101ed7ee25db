import { afterEach, describe, expect, test } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOutboxMailer } from '../../src/server/outbox-mailer';
import type { EmailMessage } from '../../src/server/mailer';

const message: EmailMessage = {
  from: 'Website form <website@dev.invalid>',
  to: 'practice-inbox@dev.invalid',
  subject: 'New enquiry from the website form',
  html: '<p>Hello</p>',
  text: 'Hello',
  replyTo: 'sam@example.com',
};

let parent: string;
afterEach(() => rmSync(parent, { recursive: true, force: true }));
const scratch = () => (parent = mkdtempSync(join(tmpdir(), 'kap-outbox-unit-')));

describe('the outbox mailer', () => {
  test('makes a missing folder and writes the exact payload, one file per key', async () => {
    const dir = join(scratch(), 'not', 'there', 'yet');
    expect(await createOutboxMailer(dir).send(message, 'contact-a')).toEqual({ ok: true });
    expect(readdirSync(dir)).toEqual(['contact-a.json']);
    expect(JSON.parse(readFileSync(join(dir, 'contact-a.json'), 'utf8'))).toEqual(message);
  });

  test('keeps health answers from other users of the machine: folder 0700, files 0600', async () => {
    const dir = join(scratch(), 'outbox');
    await createOutboxMailer(dir).send(message, 'contact-a');
    expect(statSync(dir).mode & 0o777).toBe(0o700);
    expect(statSync(join(dir, 'contact-a.json')).mode & 0o777).toBe(0o600);
  });

  test('makes the folder again if it is removed while the server runs', async () => {
    const dir = join(scratch(), 'outbox');
    const mailer = createOutboxMailer(dir);
    await mailer.send(message, 'contact-a');
    rmSync(dir, { recursive: true });
    expect(await mailer.send(message, 'contact-b')).toEqual({ ok: true });
    expect(readdirSync(dir)).toEqual(['contact-b.json']);
  });

  test('a repeated key writes nothing new and still counts as sent', async () => {
    const dir = scratch();
    const mailer = createOutboxMailer(dir);
    await mailer.send(message, 'contact-a');
    expect(await mailer.send({ ...message, text: 'changed' }, 'contact-a')).toEqual({ ok: true });
    expect(JSON.parse(readFileSync(join(dir, 'contact-a.json'), 'utf8')).text).toBe('Hello');
  });

  test('a folder it cannot write to is a failed send with the reason, not an exception', async () => {
    const file = join(scratch(), 'a-file');
    writeFileSync(file, '');
    expect(await createOutboxMailer(join(file, 'outbox')).send(message, 'contact-a')).toEqual({
      ok: false,
      reason: 'outbox not writable (ENOTDIR)',
    });
  });
});
