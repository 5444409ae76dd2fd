import { useEffect, type RefObject } from 'react';
import { findBlockElement } from '../lib/reading-position';

const FLASH_MS = 1600;

/**
 * Briefly tints the block a search result opened at, so the eye finds it.
 * Drawn with the Web Animations API: no class or attribute of an element React
 * owns is touched, and nothing moves for readers who asked for less motion.
 */
export function useFlashBlock(
  articleRef: RefObject<HTMLElement | null>,
  blockId: string | undefined,
  enabled: boolean,
): void {
  useEffect(() => {
    if (!enabled || !blockId) return;
    const element = findBlockElement(articleRef.current ?? document, blockId);
    if (!(element instanceof HTMLElement) || typeof element.animate !== 'function') return;
    const tint =
      getComputedStyle(element).getPropertyValue('--flash').trim() || 'rgb(255 214 10 / 0.35)';
    const animation = element.animate(
      [
        { backgroundColor: tint },
        { backgroundColor: tint, offset: 0.4 },
        { backgroundColor: 'transparent' },
      ],
      { duration: FLASH_MS, easing: 'ease-out' },
    );
    return () => animation.cancel();
  }, [articleRef, blockId, enabled]);
}
