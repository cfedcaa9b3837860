import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/ui/register.js';
import { VERSION } from '../../src/version.js';

function captureWarnings<T>(run: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    return { result: run(), warnings };
  } finally {
    console.warn = original;
  }
}

const ours = () =>
  class extends HTMLElement {
    static bridgewayVersion = VERSION;
  };
const First = ours();
class SameVersionCopy extends HTMLElement {
  static bridgewayVersion = VERSION;
}
class OtherVersionCopy extends HTMLElement {
  static bridgewayVersion = '9.9.9';
}

describe('defineElement', () => {
  it('defines a free tag', () => {
    const { result, warnings } = captureWarnings(() => defineElement('bw-reg-free', First));
    expect(result).to.equal('defined');
    expect(customElements.get('bw-reg-free')).to.equal(First);
    expect(warnings).to.deep.equal([]);
  });

  it('stays quiet when the same version of Bridgeway already defined the tag', () => {
    const Ours = ours();
    defineElement('bw-reg-same', Ours);
    const { result, warnings } = captureWarnings(() => [defineElement('bw-reg-same', Ours), defineElement('bw-reg-same', SameVersionCopy)]);
    expect(result).to.deep.equal(['same', 'same']);
    expect(warnings).to.deep.equal([]);
  });

  it('warns once, naming both versions and what to do, when another version holds the tag', () => {
    const Ours = ours();
    defineElement('bw-reg-other', Ours);
    const { result, warnings } = captureWarnings(() => [defineElement('bw-reg-other', OtherVersionCopy), defineElement('bw-reg-other', OtherVersionCopy)]);
    expect(result).to.deep.equal(['conflict', 'conflict']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain(`Bridgeway ${VERSION}`).and.contain('Bridgeway 9.9.9').and.contain('single copy');
    expect(customElements.get('bw-reg-other')).to.equal(Ours);
  });

  it('warns when a non-Bridgeway element holds the tag', () => {
    customElements.define('bw-reg-foreign', class extends HTMLElement {});
    const { result, warnings } = captureWarnings(() => defineElement('bw-reg-foreign', ours()));
    expect(result).to.equal('conflict');
    expect(warnings[0]).to.contain('not Bridgeway');
  });

  it('never throws, even for an invalid name or a registry that throws', () => {
    const throwing = {
      get: () => undefined,
      define: () => {
        throw new DOMException('scoped registry refused', 'NotSupportedError');
      },
    } as unknown as CustomElementRegistry;
    const { result, warnings } = captureWarnings(() => [defineElement('notvalid', ours()), defineElement('bw-reg-scoped', ours(), throwing)]);
    expect(result).to.deep.equal(['failed', 'failed']);
    expect(warnings).to.have.length(2);
  });
});
