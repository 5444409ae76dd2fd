import { memo } from 'react';
import { useIntl } from 'react-intl';
import type { BlockTreeNode } from '../../../../common/block-tree';
import type { Block } from '../../../../common/model';
import type { ContainerNode } from '../../lib/article-parts';
import { BlockText, type BlockDecoration } from '../BlockText';
import { TreeNodes } from '../RichBlock/ContainerElement';
import {
  useArticleContext,
  useBlockDir,
  type DecorationsByBlock,
} from '../RichBlock/article-context';
import './ArticleTable.css';

/**
 * A table inside a region of its own that scrolls sideways, so a wide table
 * never widens the page: focusable, so the keyboard scrolls it too, and
 * named ("Table 2"), so that a screen reader says what the region is. The
 * header rows at its top are its head; every cell is one block.
 */
export function ArticleTable({
  node,
  decorations,
}: {
  node: ContainerNode;
  decorations: DecorationsByBlock;
}) {
  const { copy, tableNumbers } = useArticleContext();
  const intl = useIntl();
  const number = tableNumbers.get(node.container.id);
  const rows = node.children;
  let headRows = 0;
  while (headRows < rows.length && isHeaderRow(rows[headRows]!)) headRows++;
  const body = rows.slice(headRows);
  return (
    <div
      className="article__table"
      // A copy (in a footnote's popover) is no second region of the same name.
      role={copy ? undefined : 'region'}
      aria-label={
        copy
          ? undefined
          : number === undefined
            ? intl.formatMessage({ id: 'article.table' })
            : intl.formatMessage({ id: 'article.table.numbered' }, { number })
      }
      tabIndex={copy ? undefined : 0}
    >
      <table>
        {headRows > 0 && (
          <thead>
            {rows.slice(0, headRows).map((row) => (
              <Row key={rowKey(row)} row={row} decorations={decorations} inHead />
            ))}
          </thead>
        )}
        {body.length > 0 && (
          <tbody>
            {body.map((row) => (
              <Row key={rowKey(row)} row={row} decorations={decorations} inHead={false} />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}

const isHeaderRow = (node: BlockTreeNode) =>
  node.kind === 'container' && node.container.type === 'row' && node.container.header;

const rowKey = (node: BlockTreeNode) =>
  node.kind === 'block' ? node.block.id : `${node.container.type}-${node.container.id}`;

function Row({
  row,
  decorations,
  inHead,
}: {
  row: BlockTreeNode;
  decorations: DecorationsByBlock;
  inHead: boolean;
}) {
  // Anything but a row directly in a table gets a row and a cell of its own, spanning the table.
  if (row.kind === 'block' || row.container.type !== 'row')
    return (
      <tr>
        <td colSpan={1000}>
          <TreeNodes nodes={[row]} decorations={decorations} />
        </td>
      </tr>
    );
  return (
    <tr>
      {row.children.map((child) =>
        child.kind === 'block' && child.block.kind === 'cell' ? (
          <Cell
            key={child.block.id}
            block={child.block}
            decorations={decorations.get(child.block.id)}
            inHead={inHead}
          />
        ) : (
          // Anything else in a row still sits in a cell.
          <td key={rowKey(child)}>
            <TreeNodes nodes={[child]} decorations={decorations} />
          </td>
        ),
      )}
    </tr>
  );
}

/** One cell, memoised like every block: a new highlight re-renders its own cell only. */
const Cell = memo(function Cell({
  block,
  decorations,
  inHead,
}: {
  block: Block;
  decorations: readonly BlockDecoration[] | undefined;
  inHead: boolean;
}) {
  const { copy } = useArticleContext();
  const dir = useBlockDir(block.text);
  const cell = block.cell ?? { header: inHead };
  const Tag = cell.header ? 'th' : 'td';
  return (
    <Tag
      data-block-id={copy ? undefined : block.id}
      dir={dir}
      scope={cell.header ? (inHead ? 'col' : 'row') : undefined}
      colSpan={cell.colSpan}
      rowSpan={cell.rowSpan}
      style={cell.align ? { textAlign: cell.align } : undefined}
    >
      <BlockText
        text={block.text}
        marks={block.marks}
        decorations={copy ? undefined : decorations}
        blockId={copy ? undefined : block.id}
      />
    </Tag>
  );
});
