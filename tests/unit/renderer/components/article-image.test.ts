// @vitest-environment jsdom
// An image block as the reader draws it: the collection's file from the
// app's origin, lazily, at its intrinsic size, with its alt text; a button
// that opens it larger in a modal dialog and gives focus back on closing; a
// placeholder naming it when it fails to load. The block element's text
// stays '' throughout, so highlights' offsets never move.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../../common/model';
import { ArticleImage } from '../../../../renderer/src/components/ArticleImage/ArticleImage';
import { inEnglish } from '../in-english';

const BLOCK: Block = {
  id: 'bimage1',
  kind: 'image',
  text: '',
  image: {
    src: 'assets/0123456789abcdef0123456789abcdef.png',
    alt: 'Explanation of tree mode parameters.',
    width: 640,
    height: 480,
  },
};

beforeAll(() => {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  // jsdom has <dialog> but not its modal behaviour: open and close it as a browser does.
  const proto = HTMLDialogElement.prototype;
  proto.showModal = function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function (this: HTMLDialogElement) {
    if (!this.hasAttribute('open')) return;
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
});

let container: HTMLElement;
let root: Root;
beforeEach(() => {
  container = document.createElement('main');
  document.body.append(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function draw(block: Block = BLOCK) {
  act(() => root.render(inEnglish(createElement(ArticleImage, { block }))));
  return container.querySelector<HTMLElement>(`[data-block-id="${block.id}"]`)!;
}

describe('ArticleImage', () => {
  it("draws the collection's file from the app's origin, lazily, at its own size, with its alt text", () => {
    const element = draw();
    const img = element.querySelector('img')!;
    expect(img.getAttribute('src')).toBe('/collection/assets/0123456789abcdef0123456789abcdef.png');
    expect(img.getAttribute('alt')).toBe('Explanation of tree mode parameters.');
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['640', '480']);
    expect(img.getAttribute('loading')).toBe('lazy');
    expect(element.textContent).toBe('');
  });

  it('renders the same on the server (the first screen is drawn before the page is live)', () => {
    const html = renderToStaticMarkup(inEnglish(createElement(ArticleImage, { block: BLOCK })));
    expect(html).toContain('loading="lazy"');
    expect(html).toContain('width="640"');
    expect(html).toContain('alt="Explanation of tree mode parameters."');
  });

  it('opens larger in a modal dialog from a button, and gives focus back when it closes', () => {
    const element = draw();
    const button = element.querySelector('button')!;
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    expect(button.getAttribute('aria-label')).toBe(
      'Explanation of tree mode parameters. (open larger)',
    );
    button.focus();
    act(() => button.click());
    const dialog = document.querySelector('dialog')!;
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.getAttribute('aria-label')).toBe('Explanation of tree mode parameters.');
    expect(dialog.querySelector('img')!.getAttribute('loading')).toBe('eager');
    expect(dialog.querySelector('img')!.style.width).toMatch(/1280px/);
    // Outside the block element: its text is still ''.
    expect(element.contains(dialog)).toBe(false);
    expect(element.textContent).toBe('');
    expect(document.activeElement).toBe(dialog.querySelector('button[aria-label="Close"]'));

    act(() => dialog.close()); // what Esc does
    expect(document.querySelector('dialog')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('closes from its Close button', () => {
    const button = draw().querySelector('button')!;
    act(() => button.click());
    act(() => document.querySelector<HTMLButtonElement>('dialog button')!.click());
    expect(document.querySelector('dialog')).toBeNull();
  });

  it('shows a placeholder naming the image when the file fails to load, adding no text', () => {
    const img = draw().querySelector('img')!;
    act(() => {
      img.dispatchEvent(new Event('error'));
    });
    const placeholder = container.querySelector<HTMLElement>('[data-block-id="bimage1"]')!;
    expect(placeholder.querySelector('img')).toBeNull();
    expect(placeholder.getAttribute('role')).toBe('img');
    expect(placeholder.getAttribute('aria-label')).toBe(
      'Image not available: Explanation of tree mode parameters.',
    );
    expect(placeholder.textContent).toBe('');
  });

  it('names an image without alt text plainly', () => {
    const element = draw({ ...BLOCK, image: { ...BLOCK.image!, alt: '' } });
    expect(element.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(element.querySelector('button')!.getAttribute('aria-label')).toBe(
      'Open the image larger',
    );
  });
});
