// A copy of the project made ready to go live (every setting filled, reviewers named, a booking link) with a
// portrait and two office photos made on the spot: for the going-live browser tests and the photo benchmark.
import { join } from 'node:path';
import { copyProject } from './project-copy.mjs';
import { fillContent } from './filled-content.mjs';
import { writeFixturePhoto } from './fixture-photos.mjs';

export const LIVE_PHOTOS = {
  portrait: { file: 'portrait.jpg', alt: 'Test portrait: a pale circle above a dark shape' },
  office: [
    { file: 'office-1.jpg', alt: 'Test office photo, blue' },
    { file: 'office-2.jpg', alt: 'Test office photo, green' },
  ],
};

/**
 * Makes the copy and returns its folder.
 * @param {{ portrait?: [number, number], office?: [number, number] }} [sizes] width and height of the photos
 */
export async function makeLiveCopy({ portrait = [1200, 1500], office = [1600, 1067] } = {}) {
  const dir = copyProject('kap-live-');
  const photos = join(dir, 'content/photos');
  await writeFixturePhoto(photos, LIVE_PHOTOS.portrait.file, ...portrait);
  await writeFixturePhoto(photos, LIVE_PHOTOS.office[0].file, ...office, 200);
  await writeFixturePhoto(photos, LIVE_PHOTOS.office[1].file, ...office, 120);
  fillContent(dir, { photos: LIVE_PHOTOS });
  return dir;
}
