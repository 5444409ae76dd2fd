/** A marker pen: the highlights panel's toggle. Decorative; the button has a name. */
export function HighlightsIcon() {
  return (
    <svg
      className="icon"
      width={18}
      height={18}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d="M9 15l-3 3H3v-3l9.5-9.5a2.1 2.1 0 013 3L9 15z" />
      <path d="M13 20h8" />
    </svg>
  );
}
