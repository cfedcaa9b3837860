/**
 * Loaded before every browser test file (web-test-runner.config.mjs, `testRunnerHtml`). A failed
 * assertion whose actual or expected value is a DOM node (`expect(part(el, 'retry')).to.equal(null)`)
 * would make the runner serialise the node with everything it reaches, which never ends: the
 * whole file then "does not finish" and its failure is lost. Such values are replaced by a short
 * description of the node before the failure leaves chai.
 */
import { chai } from '@open-wc/testing';

function describeNode(value: unknown): unknown {
  if (typeof Node === 'undefined' || !(value instanceof Node)) return value;
  if (value instanceof Element) return `<${value.localName}> ${value.outerHTML.replace(/\s+/g, ' ').slice(0, 300)}`;
  return `${value.nodeName}: ${(value.textContent ?? '').replace(/\s+/g, ' ').slice(0, 300)}`;
}

chai.use((api) => {
  const assert = api.Assertion.prototype.assert;
  api.Assertion.prototype.assert = function (...args: Parameters<typeof assert>) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error && typeof error === 'object' && 'actual' in error) {
        const failure = error as { actual?: unknown; expected?: unknown };
        failure.actual = describeNode(failure.actual);
        failure.expected = describeNode(failure.expected);
      }
      throw error;
    }
  };
});
