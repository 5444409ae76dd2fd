import { memo, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import type { BlockTreeNode } from '../../../../common/block-tree';
import type { ContainerNode } from '../../lib/article-parts';
import { ArticleTable } from '../ArticleTable/ArticleTable';
import { Footnote } from '../Footnote/Footnote';
import { BlockElement } from './BlockElement';
import { useArticleContext, type DecorationsByBlock } from './article-context';

/** The nodes in order, each as its element. */
export function TreeNodes({
  nodes,
  decorations,
}: {
  nodes: readonly BlockTreeNode[];
  decorations: DecorationsByBlock;
}): ReactNode {
  return nodes.map((node) =>
    node.kind === 'block' ? (
      <BlockElement
        key={node.block.id}
        block={node.block}
        decorations={decorations.get(node.block.id)}
      />
    ) : (
      <ContainerElement
        key={`${node.container.type}-${node.container.id}`}
        node={node}
        decorations={decorations}
      />
    ),
  );
}

/**
 * A container (list, item, quote, note, table, definition list, figure,
 * footnote) as its element, with everything inside it. Only the containers
 * re-render when decorations change; the blocks inside are memoised.
 */
export const ContainerElement = memo(function ContainerElement({
  node,
  decorations,
}: {
  node: ContainerNode;
  decorations: DecorationsByBlock;
}) {
  const { copy } = useArticleContext();
  const intl = useIntl();
  const { container, children } = node;
  const inside = <TreeNodes nodes={children} decorations={decorations} />;
  switch (container.type) {
    case 'list': {
      const items = children.map((child) =>
        child.kind === 'container' && child.container.type === 'item' ? (
          <ContainerElement
            key={`item-${child.container.id}`}
            node={child}
            decorations={decorations}
          />
        ) : (
          // Anything else directly in a list still needs an item around it.
          <li key={child.kind === 'block' ? child.block.id : `${child.container.id}`}>
            <TreeNodes nodes={[child]} decorations={decorations} />
          </li>
        ),
      );
      return container.ordered ? (
        <ol className="article__list" start={container.start}>
          {items}
        </ol>
      ) : (
        <ul className="article__list">{items}</ul>
      );
    }
    case 'item':
      return container.checked === undefined ? (
        <li>{inside}</li>
      ) : (
        <li className="article__task">
          {/* Read only: it shows what the author ticked. Its name says what it is; its state is announced. */}
          <input
            type="checkbox"
            className="article__task-box"
            checked={container.checked}
            disabled
            readOnly
            aria-label={intl.formatMessage({ id: 'article.task.done' })}
          />
          <div className="article__task-text">{inside}</div>
        </li>
      );
    case 'quote':
      return <blockquote className="article__quote">{inside}</blockquote>;
    case 'aside': {
      const labelId = copy ? undefined : `aside-${container.id}-label`;
      return (
        <aside
          className="article__aside"
          role="note"
          aria-labelledby={container.label ? labelId : undefined}
          aria-label={container.label ? undefined : intl.formatMessage({ id: 'article.aside' })}
        >
          {container.label && (
            <p className="article__aside-label" id={labelId}>
              {container.label}
            </p>
          )}
          {inside}
        </aside>
      );
    }
    case 'table':
      return <ArticleTable node={node} decorations={decorations} />;
    case 'definitions':
      return (
        <dl className="article__definitions">
          {children.map((child) =>
            child.kind === 'block' && child.block.kind === 'term' ? (
              <BlockElement
                key={child.block.id}
                block={child.block}
                decorations={decorations.get(child.block.id)}
                as="dt"
              />
            ) : child.kind === 'container' && child.container.type === 'description' ? (
              <dd key={`dd-${child.container.id}`}>
                <TreeNodes nodes={child.children} decorations={decorations} />
              </dd>
            ) : (
              // Anything else in a definition list reads as part of a description.
              <dd key={child.kind === 'block' ? child.block.id : `dd-${child.container.id}`}>
                <TreeNodes nodes={[child]} decorations={decorations} />
              </dd>
            ),
          )}
        </dl>
      );
    case 'footnote':
      return <Footnote node={node} decorations={decorations} />;
    case 'figure':
      return (
        <figure className="article__figure">
          {children.map((child) =>
            child.kind === 'block' && child.block.kind === 'caption' ? (
              <BlockElement
                key={child.block.id}
                block={child.block}
                decorations={decorations.get(child.block.id)}
                as="figcaption"
              />
            ) : (
              <TreeNodes
                key={child.kind === 'block' ? child.block.id : `${child.container.id}`}
                nodes={[child]}
                decorations={decorations}
              />
            ),
          )}
        </figure>
      );
    case 'row':
    case 'description':
      // Outside their table or definition list: their content, in order.
      return <div className={`article__${container.type}`}>{inside}</div>;
  }
});
