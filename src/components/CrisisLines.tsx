/**
 * The crisis lines, written once: the site footer, the "in a crisis" answer on /faq, the form's "yes"
 * panel and the confirmation all show this list, so they can never disagree. Numbers are links so a
 * phone can call or text them with one tap. Source for the 988 options (Spanish, Veterans):
 * 988lifeline.org/get-help/what-to-expect.
 */
export default function CrisisLines() {
  return (
    <ul className="crisis-lines">
      <li>
        Call <a href="tel:988">988</a> or text <a href="sms:988">988</a>, or chat at{' '}
        <a href="https://988lifeline.org/chat">988lifeline.org</a> (Suicide and Crisis Lifeline, free, any time).
      </li>
      <li>
        In Spanish (<span lang="es">en español</span>): call <a href="tel:988">988</a> and press 2, or text AYUDA to{' '}
        <a href="sms:988?&body=AYUDA">988</a>.
      </li>
      <li>
        If you might act on thoughts of harming yourself, or someone is in danger, call <a href="tel:911">911</a> or go
        to the nearest emergency room.
      </li>
      <li>
        Text HOME to <a href="sms:741741?&body=HOME">741741</a> (Crisis Text Line).
      </li>
      <li>
        Veterans: dial <a href="tel:988">988</a> and then press 1, or text <a href="sms:838255">838255</a>.
      </li>
    </ul>
  );
}
