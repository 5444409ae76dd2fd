// The read-aloud controls' icons, drawn like the others (components/Icons).
import { Icon } from '../components/Icons';

export const SpeakerIcon = () => (
  <Icon>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" />
    <path d="M15.5 9a4 4 0 0 1 0 6" />
    <path d="M18 6.5a7.5 7.5 0 0 1 0 11" />
  </Icon>
);

export const PauseIcon = () => (
  <Icon>
    <path d="M9 5.5v13" />
    <path d="M15 5.5v13" />
  </Icon>
);

export const PlayIcon = () => (
  <Icon>
    <path d="M8 5.5v13l10-6.5z" />
  </Icon>
);

export const StopIcon = () => (
  <Icon>
    <rect x="6.5" y="6.5" width="11" height="11" rx="1.5" />
  </Icon>
);

export const PreviousSentenceIcon = () => (
  <Icon>
    <path d="M14.5 6.5L9 12l5.5 5.5" />
  </Icon>
);

export const NextSentenceIcon = () => (
  <Icon>
    <path d="M9.5 6.5L15 12l-5.5 5.5" />
  </Icon>
);

export const PreviousSectionIcon = () => (
  <Icon>
    <path d="M6.5 6v12" />
    <path d="M17.5 6.5L11 12l6.5 5.5z" />
  </Icon>
);

export const NextSectionIcon = () => (
  <Icon>
    <path d="M17.5 6v12" />
    <path d="M6.5 6.5L13 12l-6.5 5.5z" />
  </Icon>
);
