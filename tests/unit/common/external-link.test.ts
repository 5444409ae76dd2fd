import { describe, expect, it } from 'vitest';
import { externalHref, linkHost } from '../../../common/external-link';

describe('externalHref', () => {
  it.each(['https://example.org/a?b=1', 'http://example.org/'])('links to %s', (url) => {
    expect(externalHref(url)).toBe(url);
  });

  it.each([
    undefined,
    '',
    'javascript:alert(1)',
    ' javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    'app://reader/index.html',
    'mailto:x@example.org',
    '//example.org/',
    'not a url',
  ])('refuses %s', (url) => {
    expect(externalHref(url)).toBeUndefined();
  });

  it.each([
    ['https://user:password@example.org/a', 'https://example.org/a'],
    ['https://user@example.org/', 'https://example.org/'],
    ['http://:secret@example.org/x?y=1#z', 'http://example.org/x?y=1#z'],
  ])('drops the credentials of %s', (url, expected) => {
    expect(externalHref(url)).toBe(expected);
  });

  it('names the host without www', () => {
    expect(linkHost('https://www.example.org/x')).toBe('example.org');
  });
});
