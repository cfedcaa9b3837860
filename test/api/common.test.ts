import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import * as z from 'zod/mini';
import { Count, IsoDate, IsoDateTime, LocalizedText, PositiveInt, Text } from '../../src/api/common.js';
import { TokenRequest } from '../../src/api/identity.js';
import { RestoreVersionRequest } from '../../src/api/narrative.js';

const ok = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;

describe('the contract\'s shared primitives', () => {
  it('refuse a NUL character and a lone surrogate in text, and keep emoji', () => {
    const text = Text(100);
    assert.equal(ok(text, 'a\u0000b'), false);
    assert.equal(ok(text, 'a\ud800b'), false);
    assert.equal(ok(text, 'a\udc00'), false);
    assert.equal(ok(text, 'Ça va 😀'), true);
    assert.equal(ok(TokenRequest, { externalId: 'a\u0000b', role: 'mentee' }), false);
  });

  it('limit text length, trimming first where asked', () => {
    assert.equal(ok(Text(3), 'abcd'), false);
    assert.equal(ok(Text(3, { trim: true, min: 1 }), '   '), false);
    assert.equal(ok(Text(3, { trim: true, min: 1 }), '  ab  '), true);
  });

  it('accept only real calendar dates', () => {
    for (const bad of ['2026-02-30', '0000-01-01', '9999-99-99', '2025-02-29', '2026-13-01', '2026-04-31']) assert.equal(ok(IsoDate, bad), false, bad);
    for (const good of ['2024-02-29', '2000-02-29', '0001-01-01', '9999-12-31', '2026-04-30']) assert.equal(ok(IsoDate, good), true, good);
  });

  it('accept only real dates and times', () => {
    for (const bad of ['2026-02-30T10:00:00Z', '2026-01-01T24:00:00Z', '2026-01-01T10:60Z', '2026-01-01T10:00:00+99:00', '2026-01-01 10:00Z']) assert.equal(ok(IsoDateTime, bad), false, bad);
    for (const good of ['2026-11-25T10:00:00Z', '2026-11-25T10:00Z', '2026-11-25T10:00:00.123+01:00']) assert.equal(ok(IsoDateTime, good), true, good);
  });

  it('bound whole numbers to 32 bits', () => {
    assert.equal(ok(PositiveInt, 2147483647), true);
    assert.equal(ok(PositiveInt, 2147483648), false);
    assert.equal(ok(Count, -1), false);
    assert.equal(ok(RestoreVersionRequest, { version: 1, restore: 2147483648 }), false);
  });

  it('keep localized text keyed by language tags', () => {
    assert.equal(ok(LocalizedText, { en: 'x', 'fr-CA': 'y' }), true);
    assert.equal(ok(LocalizedText, { en: 'x', 'a\u0000': 'y' }), false);
    assert.equal(ok(LocalizedText, { en: 'x', __proto__x: 'y' }), false);
  });
});
