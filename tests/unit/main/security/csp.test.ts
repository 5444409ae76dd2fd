// The Content-Security-Policy: denied by default, and allowing only what the
// built renderer needs. Each expectation fails if its directive is loosened.
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../../main/security/csp';

function directives(policy: string): Map<string, string[]> {
  const parsed = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    expect(parsed.has(name), `${name} is given twice`).toBe(false);
    parsed.set(name, sources);
  }
  return parsed;
}

const policy = directives(CONTENT_SECURITY_POLICY);

describe('the content security policy', () => {
  it("denies everything by default ('none')", () => {
    expect(policy.get('default-src')).toEqual(["'none'"]);
  });

  it('allows exactly what the renderer needs, and nothing else', () => {
    expect(Object.fromEntries(policy)).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'self'"],
      'style-src': ["'self'"],
      // Images only from the app's own origin: no data:, no remote image ever loads.
      'img-src': ["'self'"],
      'font-src': ["'self'"],
      'connect-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
    });
  });

  it('has no inline script, eval, wildcard or remote source anywhere', () => {
    for (const [name, sources] of policy) {
      for (const source of sources) {
        expect(source, name).not.toMatch(/unsafe|\*|^https?:|^wss?:|^blob:|^filesystem:/);
      }
    }
  });

  it('keeps scripts, connections, frames, forms and plugins to nothing or the app', () => {
    expect(policy.get('script-src')).toEqual(["'self'"]);
    for (const name of [
      'connect-src',
      'object-src',
      'base-uri',
      'form-action',
      'frame-ancestors',
    ]) {
      expect(policy.get(name), name).toEqual(["'none'"]);
    }
    // No frame-src or child-src: frames fall back to default-src 'none'.
    expect(policy.has('frame-src')).toBe(false);
    expect(policy.has('child-src')).toBe(false);
  });
});
