/**
 * A form's submit button in its actions row. While the submission is pending, it is disabled and
 * says so, so a second click cannot send the form twice.
 */
export function SubmitRow({ pending, label, pendingLabel }: { pending: boolean; label: string; pendingLabel: string }) {
  return (
    <div className="gp-form-actions">
      <button className="gp-button" type="submit" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
    </div>
  );
}
