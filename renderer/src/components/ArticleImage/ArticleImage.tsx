import type { Block } from '../../../../common/model';
import { assetUrl } from '../../../../common/asset-url';

/**
 * An image block: the collection's own file, served from the app's origin,
 * with its intrinsic size so the page does not jump while it loads. Its
 * block text is empty, so it never shifts a highlight's offsets.
 */
export function ArticleImage({ block }: { block: Block }) {
  const { image } = block;
  if (!image) return null;
  return (
    <img
      data-block-id={block.id}
      className="article__image"
      src={assetUrl(image.src)}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
    />
  );
}
