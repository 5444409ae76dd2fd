import { describe, expect, it } from 'vitest';
import { estimateHtmlDepth } from '../../../compiler/html-depth';

describe('estimateHtmlDepth', () => {
  it('counts elements that must be closed', () => {
    expect(estimateHtmlDepth('<div><section><b>x</b></section></div>')).toBe(3);
    expect(estimateHtmlDepth(`${'<div>'.repeat(20_000)}x`)).toBe(20_000);
  });

  it('does not count void, self-closed or optional-end elements', () => {
    expect(estimateHtmlDepth('<p>a<p>b<li>c<br><img src=x><hr/><span/>')).toBe(0);
    expect(estimateHtmlDepth(`<ul>${'<li>item '.repeat(5000)}</ul>`)).toBe(1);
  });

  it('ignores tags inside comments, scripts, styles and titles', () => {
    const hidden = '<div>'.repeat(5000);
    expect(
      estimateHtmlDepth(
        `<!-- ${hidden} --><script>"${hidden}"</script><style>${hidden}</style><title>${hidden}</title><div>x</div>`,
      ),
    ).toBe(1);
  });
});
