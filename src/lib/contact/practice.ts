import { bookingLink, type Booking } from '../booking';
import { isPlaceholder, PLACEHOLDER_PREFIX, type Settings } from '../settings-schema';

/** A setting as the form shows it: the value, or the owner's note when it is still a placeholder. */
export interface ShownSetting {
  text: string;
  placeholder: boolean;
}

/** The practice details the form shows (confirmation, failure message), resolved on the server. */
export interface PracticeDetails {
  phone: ShownSetting;
  email: ShownSetting;
  responseTime: ShownSetting;
  /** The booking link, shown on the confirmation; absent when none is set. */
  booking?: Booking;
}

function shown(value: string): ShownSetting {
  return isPlaceholder(value)
    ? { text: value.slice(PLACEHOLDER_PREFIX.length).trim(), placeholder: true }
    : { text: value, placeholder: false };
}

export function practiceDetails(settings: Settings): PracticeDetails {
  return {
    phone: shown(settings.phone),
    email: shown(settings.email),
    responseTime: shown(settings.responseTime),
    booking: bookingLink(settings),
  };
}
