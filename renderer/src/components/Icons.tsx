// Small stroke icons drawn inline (no image requests under the CSP). They are
// decoration: every button that carries one also has an accessible name.
import type { ReactNode } from 'react';

/**
 * `pointing` marks an icon that shows a direction along the line (Back,
 * Forward): it is drawn for left-to-right and turns round in a
 * right-to-left interface, where going back points to the right.
 */
export function Icon({
  children,
  size = 18,
  pointing = false,
}: {
  children: ReactNode;
  size?: number;
  pointing?: boolean;
}) {
  return (
    <svg
      className={pointing ? 'icon icon--pointing' : 'icon'}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.75"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const ExternalIcon = () => (
  <Icon size={14}>
    <path d="M14 4h6v6" />
    <path d="M20 4l-9 9" />
    <path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
  </Icon>
);

export const BackIcon = () => (
  <Icon pointing>
    <path d="M15 18l-6-6 6-6" />
  </Icon>
);

export const BookIcon = () => (
  <Icon size={20}>
    <path d="M4 5.5A1.5 1.5 0 0 1 5.5 4H11v15H5.5A1.5 1.5 0 0 0 4 20.5z" />
    <path d="M20 5.5A1.5 1.5 0 0 0 18.5 4H13v15h5.5a1.5 1.5 0 0 1 1.5 1.5z" />
  </Icon>
);

export const SearchIcon = () => (
  <Icon size={16}>
    <circle cx="11" cy="11" r="6.5" />
    <path d="M20 20l-4.2-4.2" />
  </Icon>
);

export const ChevronUpIcon = () => (
  <Icon size={16}>
    <path d="M6 15l6-6 6 6" />
  </Icon>
);

export const ChevronDownIcon = () => (
  <Icon size={16}>
    <path d="M6 9l6 6 6-6" />
  </Icon>
);

export const FilterIcon = () => (
  <Icon size={16}>
    <path d="M4 6h16M7 12h10M10 18h4" />
  </Icon>
);

export const ContentsIcon = () => (
  <Icon>
    <path d="M9 6h11M9 12h11M9 18h11" />
    <circle cx="4.5" cy="6" r="0.6" fill="currentColor" />
    <circle cx="4.5" cy="12" r="0.6" fill="currentColor" />
    <circle cx="4.5" cy="18" r="0.6" fill="currentColor" />
  </Icon>
);

export const KeyboardIcon = () => (
  <Icon>
    <rect x="2.5" y="6" width="19" height="12" rx="2" />
    <path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M8 14h8" />
  </Icon>
);

export const CloseIcon = () => (
  <Icon size={16}>
    <path d="M6 6l12 12M18 6L6 18" />
  </Icon>
);

export const CheckIcon = () => (
  <Icon size={14}>
    <path d="M5 12.5l4.5 4.5L19 7.5" />
  </Icon>
);

/** The "Aa" of reading settings, drawn as text so it matches the reading font. */
export const TypeIcon = () => (
  <span className="type-icon" aria-hidden="true">
    <span className="type-icon__big">A</span>
    <span className="type-icon__small">a</span>
  </span>
);

/** Three bars whose length shows a line width choice. */
export function LineWidthIcon({ fraction }: { fraction: number }) {
  const width = 4 + 16 * fraction;
  const left = 12 - width / 2;
  return (
    <Icon>
      <path d={`M${left} 7h${width}M${left} 12h${width}M${left} 17h${width * 0.7}`} />
    </Icon>
  );
}
