import type { ImageMetadata } from 'astro';
import { PHOTOS_FOLDER, type Settings } from './settings-schema';

/** Every image in content/photos/, imported so Astro's image pipeline can resize and convert it. */
const files = import.meta.glob<{ default: ImageMetadata }>(
  '../../content/photos/*.{jpg,jpeg,png,webp,avif,JPG,JPEG,PNG}',
  {
    eager: true,
  },
);
const byName = new Map(Object.entries(files).map(([path, module]) => [path.split('/').pop()!, module.default]));

export interface Photo {
  src: ImageMetadata;
  alt: string;
}

/** The image named in the settings; a name with no file stops the build, naming the field and the file. */
function resolve(photo: { file: string; alt: string }, field: string): Photo | undefined {
  if (!photo.file) return undefined;
  const src = byName.get(photo.file);
  if (!src) {
    throw new Error(
      `content/settings.json › ${field}: there is no file ${PHOTOS_FOLDER}/${photo.file}. Add it, or correct the name.`,
    );
  }
  return { src, alt: photo.alt };
}

/** The portrait and office photos named in the settings (the schema has already required their alt text). */
export function practicePhotos(settings: Pick<Settings, 'photos'>) {
  return {
    portrait: resolve(settings.photos.portrait, 'photos.portrait.file'),
    office: settings.photos.office.flatMap((p, i) => resolve(p, `photos.office[${i}].file`) ?? []),
  };
}
