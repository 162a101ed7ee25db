import CrisisLines from '../CrisisLines';

/**
 * Shown at once, in place, to someone who answers "yes" to thoughts of ending their life or harming
 * themselves: calm words and the crisis lines. It never blocks sending the form.
 */
export default function CrisisPanel() {
  return (
    <section className="crisis crisis-panel" aria-labelledby="crisis-panel-heading">
      <h3 id="crisis-panel-heading">Thank you for telling me. You do not have to wait for my reply</h3>
      <p>This form is not read around the clock. If you need someone now, help is there, day or night:</p>
      <CrisisLines />
      <p>You can still send this form, and I will get back to you.</p>
    </section>
  );
}
