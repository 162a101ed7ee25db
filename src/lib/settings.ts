import raw from '../../content/settings.json';
import { parseSettings } from './settings-schema';

/** The validated owner settings. A mistake in content/settings.json fails the build here. */
export const settings = parseSettings(raw);
