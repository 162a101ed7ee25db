import CrisisLines from '../CrisisLines';

interface Props {
  /** Whether the panel's words are in the page. The CSS shows them only while "yes" is chosen. */
  present: boolean;
}

/**
 * Shown in place, at once, when someone answers "yes" to thoughts of ending their life or harming
 * themselves. The status region is always there, so adding the words is announced politely; focus
 * stays where the person is, and the form can still be sent.
 */
export default function CrisisPanel({ present }: Props) {
  return (
    <div className="crisis-status" role="status">
      {present && (
        <section className="crisis crisis-panel" aria-labelledby="crisis-panel-heading">
          <h3 id="crisis-panel-heading">Thank you for telling me. You do not have to wait for my reply</h3>
          <p>This form is not read around the clock. If you need someone now, help is there, day or night:</p>
          <CrisisLines />
          <p>You can still send this form, and I will get back to you.</p>
        </section>
      )}
    </div>
  );
}
