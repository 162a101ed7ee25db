import { makePage } from '@keystatic/astro/ui';
import config from '../keystatic.config';

/** Keystatic's editor as one React component, hydrated on the client only (its own module so Astro can load it). */
export const Editor = makePage(config);
