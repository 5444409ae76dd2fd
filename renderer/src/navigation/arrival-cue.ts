// A brief tint on the block a link led to, so the eye finds where it landed.
// Drawn with the Web Animations API, so no class or attribute of an element
// React owns is touched. For readers who asked for less motion the tint
// does not fade: it shows, holds, and goes.

const CUE_MS = 1600;
const FALLBACK_TINT = 'rgb(255 214 10 / 0.35)';

export function showArrivalCue(element: HTMLElement): Animation | null {
  if (typeof element.animate !== 'function') return null;
  const tint = getComputedStyle(element).getPropertyValue('--flash').trim() || FALLBACK_TINT;
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  const keyframes: Keyframe[] = still
    ? [{ backgroundColor: tint }, { backgroundColor: tint }]
    : [
        { backgroundColor: tint },
        { backgroundColor: tint, offset: 0.4 },
        { backgroundColor: 'transparent' },
      ];
  return element.animate(keyframes, { duration: CUE_MS, easing: still ? 'linear' : 'ease-out' });
}
