// Where a web link in an article leads, shown at the window's lower edge
// while the pointer is over the link or the keyboard focus is on it, as a
// browser's status bubble does: a reader sees the address before choosing to
// leave the app. Screen readers already hear it from the link's title, so the
// bubble itself is hidden from them.
import { useEffect, useState } from 'react';
import './link-address.css';

const WEB_LINK = 'a.article__link--web[href]';

export function LinkAddress() {
  const [address, setAddress] = useState<string | null>(null);

  useEffect(() => {
    let hovered: Element | null = null;
    let focused: Element | null = null;
    const show = () => {
      const link = focused ?? hovered;
      setAddress(link?.getAttribute('href') ?? null);
    };
    const linkOf = (target: EventTarget | null) =>
      target instanceof Element ? target.closest(WEB_LINK) : null;
    const onOver = (event: MouseEvent) => {
      hovered = linkOf(event.target);
      show();
    };
    const onFocusIn = (event: FocusEvent) => {
      focused = linkOf(event.target);
      show();
    };
    const onFocusOut = () => {
      focused = null;
      show();
    };
    document.addEventListener('mouseover', onOver);
    document.addEventListener('focusin', onFocusIn);
    document.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('mouseover', onOver);
      document.removeEventListener('focusin', onFocusIn);
      document.removeEventListener('focusout', onFocusOut);
    };
  }, []);

  if (address === null) return null;
  return (
    <div className="link-address" aria-hidden="true" data-testid="link-address">
      {address}
    </div>
  );
}
