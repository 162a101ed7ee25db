import { isPlaceholder, type Settings } from './settings-schema';

/** The booking link as the pages show it: only a real address, never a placeholder or an empty one. */
export interface Booking {
  url: string;
  label: string;
  /** The scheduler's host name, so the person knows where the link goes before choosing it. */
  host: string;
}

export function bookingLink(settings: Pick<Settings, 'booking'>): Booking | undefined {
  const { url, label } = settings.booking;
  if (!url || isPlaceholder(url) || !label || isPlaceholder(label)) return undefined;
  return { url, label, host: new URL(url).hostname };
}
