import type { Booking } from '../lib/booking';

interface Props {
  booking: Booking | undefined;
  /** Words before the link, for where it is placed (e.g. "Rather pick a time to talk?"). */
  lead?: string;
}

/**
 * A plain link to the practice's scheduling page: no script, frame or request reaches the scheduler
 * until the person chooses it. Renders nothing when no booking link is set. Server-rendered only.
 */
export default function BookingLink({ booking, lead }: Props) {
  if (!booking) return null;
  return (
    <div className="booking">
      <p>
        {lead && <>{lead} </>}
        <a className="booking-link" href={booking.url}>
          {booking.label}
        </a>
      </p>
      <p className="booking-note">
        This opens {booking.host}, a separate scheduling service with its own privacy terms.
      </p>
    </div>
  );
}
