/**
 * The crisis lines, written once: the site footer, the form's "yes" panel and the confirmation all
 * show this list. Numbers are links so a phone can call or text them with one tap.
 */
export default function CrisisLines() {
  return (
    <ul className="crisis-lines">
      <li>
        Call <a href="tel:988">988</a> or text <a href="sms:988">988</a>, or chat at{' '}
        <a href="https://988lifeline.org/chat">988lifeline.org</a> (Suicide and Crisis Lifeline, free, any time).
      </li>
      <li>
        If you might act on thoughts of harming yourself, or someone is in danger, call <a href="tel:911">911</a> or go
        to the nearest emergency room.
      </li>
      <li>
        Text HOME to <a href="sms:741741?&body=HOME">741741</a> (Crisis Text Line).
      </li>
      <li>
        Veterans: dial <a href="tel:988">988</a> and then press 1.
      </li>
    </ul>
  );
}
