import {
  useCallback,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type MouseEvent,
} from 'react';
import { createPortal } from 'react-dom';
import { useIntl } from 'react-intl';
import type { Block, Image } from '../../../../common/model';
import { assetUrl } from '../../../../common/asset-url';
import { CloseIcon } from '../Icons';
import './ArticleImage.css';

/**
 * An image block: the collection's own file, served from the app's origin,
 * loaded lazily, drawn at its intrinsic size (width and height given, so the
 * page does not jump while it loads) and never wider than the column. A
 * click, Enter or Space opens it larger in a modal dialog; Esc closes it and
 * focus goes back to the image. One that fails to load shows a placeholder
 * with its alt text.
 *
 * The block element holds no text of its own (block.text is ''), so it
 * never shifts a highlight's offsets: the alt text is the image's, and the
 * placeholder's words are drawn by CSS from an attribute, not text nodes.
 */
export function ArticleImage({ block }: { block: Block }) {
  const intl = useIntl();
  const { image } = block;
  const [failed, setFailed] = useState(false);
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  if (!image) return null;
  const name = image.alt.trim();
  if (failed) {
    return (
      <span
        data-block-id={block.id}
        className="article-image article-image--failed"
        role="img"
        aria-label={
          name === ''
            ? intl.formatMessage({ id: 'image.unavailable' })
            : intl.formatMessage({ id: 'image.unavailable.named' }, { name })
        }
        style={{ aspectRatio: `${image.width} / ${image.height}`, width: `${image.width}px` }}
      />
    );
  }
  return (
    <span data-block-id={block.id} className="article-image">
      <button
        type="button"
        className="article-image__open"
        aria-haspopup="dialog"
        aria-label={
          name === ''
            ? intl.formatMessage({ id: 'image.open' })
            : intl.formatMessage({ id: 'image.open.named' }, { name })
        }
        onClick={() => setOpen(true)}
      >
        <ImageElement image={image} onError={() => setFailed(true)} lazy />
      </button>
      {open && <ImageViewer image={image} onClose={close} />}
    </span>
  );
}

function ImageElement({
  image,
  onError,
  lazy = false,
  className = 'article-image__img',
  style,
}: {
  image: Image;
  onError?: () => void;
  lazy?: boolean;
  className?: string;
  style?: CSSProperties;
}) {
  return (
    <img
      className={className}
      style={style}
      src={assetUrl(image.src)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading={lazy ? 'lazy' : 'eager'}
      decoding="async"
      draggable={false}
      onError={onError}
    />
  );
}

/** Opened, an image may be drawn up to this many times its own size: larger only blurs it. */
const MAX_ENLARGEMENT = 2;

/**
 * The image as large as the window allows (up to MAX_ENLARGEMENT times its own size), in a
 * modal <dialog>: focus is trapped, Esc closes it, and focus goes back to
 * what opened it. Rendered into the body, outside the article, so it never
 * becomes part of a block's text.
 */
function ImageViewer({ image, onClose }: { image: Image; onClose: () => void }) {
  const intl = useIntl();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    const returnFocusTo = document.activeElement;
    dialog.showModal();
    closeRef.current?.focus();
    return () => {
      if (returnFocusTo instanceof HTMLElement) returnFocusTo.focus({ preventScroll: true });
    };
  }, []);

  const onClick = (event: MouseEvent) => {
    // A portal's events still bubble through React's tree, to the button that opened it.
    event.stopPropagation();
    if (event.target === dialogRef.current) dialogRef.current?.close(); // the backdrop
  };

  return createPortal(
    <dialog
      ref={dialogRef}
      className="image-viewer"
      aria-label={image.alt.trim() === '' ? intl.formatMessage({ id: 'image.label' }) : image.alt}
      onClose={onClose}
      // The reader's own keys (search, read aloud, highlight) stay off while it is open.
      onKeyDown={(event) => event.stopPropagation()}
      onClick={onClick}
    >
      <button
        ref={closeRef}
        type="button"
        className="icon-button image-viewer__close"
        aria-label={intl.formatMessage({ id: 'dialog.close' })}
        onClick={() => dialogRef.current?.close()}
      >
        <CloseIcon />
      </button>
      <ImageElement image={image} className="image-viewer__img" style={viewerSize(image)} />
    </dialog>,
    document.body,
  );
}

/**
 * The widest the image can be drawn in the window keeping its shape: the
 * window's width, the width its height allows, or MAX_ENLARGEMENT times its
 * own, whichever is least. Set through the style property (CSSOM, which the
 * CSP allows), since it depends on the image.
 */
function viewerSize(image: Image): CSSProperties {
  const ratio = image.width / image.height;
  return {
    width: `min(calc(100vw - 4rem), calc((100vh - 6rem) * ${ratio.toFixed(4)}), ${image.width * MAX_ENLARGEMENT}px)`,
    height: 'auto',
  };
}
