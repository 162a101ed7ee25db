// Makes a project copy's content "ready to go live": every settings placeholder replaced by an obviously
// made-up value, reviewers named, every clinical page reviewed. The launch check must pass on it, whatever
// the owner's current words are.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const FILLED = {
  phone: '(555) 010-0100',
  email: 'hello@example.com',
  booking: { url: 'https://scheduler.example/book', label: 'Book a free first call' },
  reviewers: {
    clinical: { name: 'Test Reviewer', credentials: 'LMFT' },
    medical: { name: 'Test Physician', credentials: 'MD' },
  },
};

function fill(value) {
  if (typeof value === 'string') return value.startsWith('PLACEHOLDER:') ? 'Filled in for the test' : value;
  if (Array.isArray(value)) return value.map(fill);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v)]));
  return value;
}

const day = (date) => date.toISOString().slice(0, 10);

/**
 * Fills the content of the project at `dir`.
 * @param {string} dir
 * @param {{ photos?: object, today?: Date }} [options] `photos`: the settings' photos block, naming files
 *   already in content/photos
 * @returns the settings written
 */
export function fillContent(dir, { photos, today = new Date() } = {}) {
  const file = join(dir, 'content/settings.json');
  const settings = { ...fill(JSON.parse(readFileSync(file, 'utf8'))), ...FILLED };
  if (photos) settings.photos = photos;
  writeFileSync(file, JSON.stringify(settings, null, 2));

  const nextYear = new Date(today.getTime() + 365 * 24 * 60 * 60 * 1000);
  const pages = join(dir, 'content/pages');
  for (const name of readdirSync(pages)) {
    const path = join(pages, name);
    const source = readFileSync(path, 'utf8');
    if (!/^clinical: true$/m.test(source)) continue;
    const reviewed = source
      .replace(/^(lastReviewed|nextReview): .*\n/gm, '')
      .replace(/^reviewedBy: .*$/m, `reviewedBy: medical\nlastReviewed: ${day(today)}\nnextReview: ${day(nextYear)}`);
    writeFileSync(path, reviewed);
  }
  return settings;
}
