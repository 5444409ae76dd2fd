import { useState } from 'react';
import { useScrollFrame } from '../hooks/useScrollFrame';
import { pageProgress } from '../lib/reading-position';

/** A hairline along the top bar that fills as the reader scrolls through the article. */
export function ReadingProgress() {
  const [progress, setProgress] = useState(0);
  // Rounded so that only visible changes re-render this component.
  useScrollFrame(() => setProgress(Math.round(pageProgress() * 1000) / 1000));
  const percent = Math.round(progress * 100);

  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label="Reading progress"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent}%`}
    >
      <div className="reading-progress__fill" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
