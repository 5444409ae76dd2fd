/** A thin bar drawn for the eye; the words beside it say the same to everyone. */
export function ProgressMeter({
  fraction,
  className = '',
}: {
  fraction: number;
  className?: string;
}) {
  const clamped = Math.min(1, Math.max(0, fraction));
  return (
    <span className={`meter ${className}`} aria-hidden="true">
      <span className="meter__fill" style={{ transform: `scaleX(${clamped})` }} />
    </span>
  );
}
