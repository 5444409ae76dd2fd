import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useScrollGeometry } from '../hooks/useScrollGeometry';

const NONE: readonly Element[] = [];

/**
 * A hairline along the top bar that fills as the reader scrolls through the
 * article. The fill follows the scroll in CSS (a scroll-driven animation,
 * reader.css), on the compositor; the whole percent, for assistive
 * technology and as the fill where scroll timelines are missing, comes from
 * the scroll position without reading layout, and re-renders only when it
 * changes.
 */
export function ReadingProgress() {
  const intl = useIntl();
  const [percent, setPercent] = useState(0);
  useScrollGeometry(
    () => NONE,
    ({ documentHeight }, scrollY) => {
      const scrollable = documentHeight - window.innerHeight;
      // A page that fits the window is read whole.
      const progress = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, scrollY / scrollable));
      setPercent(Math.round(progress * 100));
    },
  );

  return (
    <div
      className="reading-progress"
      role="progressbar"
      aria-label={intl.formatMessage({ id: 'reader.progress' })}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={intl.formatNumber(percent / 100, { style: 'percent' })}
    >
      <div className="reading-progress__fill" style={{ transform: `scaleX(${percent / 100})` }} />
    </div>
  );
}
