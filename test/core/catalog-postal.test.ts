import { expect } from '@open-wc/testing';
import {
  hasPostalTable,
  isPostalTable,
  lookupInTable,
  normalizePostalCode,
  POSTAL_COUNTRIES,
  postalChunkName,
  postalChunkPath,
  type PostalTable,
} from '../../src/core/postal.js';

const table: PostalTable = { country: 'US', precision: 'ZIP code centre', codes: { '98101': [47.61, -122.33], '98052': [47.68, -122.12] } };

describe('postal codes', () => {
  it('reads a US ZIP or ZIP+4, as people type them', () => {
    for (const typed of ['98101', ' 98101 ', '98101-1234', '98101 1234', '981011234', '٩٨١٠١', '９８１０１'])
      expect(normalizePostalCode(typed, 'US'), typed).to.equal('98101');
    expect(normalizePostalCode('98101', 'us')).to.equal('98101');
  });

  it('refuses what cannot be a ZIP', () => {
    for (const typed of ['', '9810', '981012', '98101-12', 'SW1A 1AA', 'abcde', '98101-12345']) expect(normalizePostalCode(typed, 'US'), typed).to.equal(undefined);
  });

  it('has no table (yet) for other countries, and says so', () => {
    expect(POSTAL_COUNTRIES).to.deep.equal(['US']);
    expect(hasPostalTable('US')).to.equal(true);
    expect(hasPostalTable('gb')).to.equal(false);
    expect(normalizePostalCode('SW1A 1AA', 'GB')).to.equal(undefined);
    expect(postalChunkName('10001', 'CA')).to.equal(undefined);
  });

  it('names the chunk by the first digit only', () => {
    expect(postalChunkName('98101-1234', 'US')).to.equal('US-9');
    expect(postalChunkName('01001', 'US')).to.equal('US-0');
    expect(postalChunkPath('10001', 'US')).to.equal('postal/US-1.json');
    expect(postalChunkPath('1000', 'US')).to.equal(undefined);
  });

  it('looks a code up in a chunk', () => {
    expect(lookupInTable(table, '98101-0001')).to.deep.equal({ lat: 47.61, lon: -122.33 });
    expect(lookupInTable(table, '98199')).to.equal(undefined);
    expect(lookupInTable(table, 'hello')).to.equal(undefined);
    // Inherited names are not codes.
    expect(lookupInTable({ ...table, codes: Object.create({ '12345': [1, 2] }) }, '12345')).to.equal(undefined);
    expect(lookupInTable({ ...table, codes: { '98101': 'x' as unknown as [number, number] } }, '98101')).to.equal(undefined);
  });

  it('tells a postal table from anything else a server may send', () => {
    expect(isPostalTable(table)).to.equal(true);
    for (const value of [null, 'text', [], { country: 'US', codes: {} }, { country: 'US', precision: 'x', codes: [] }])
      expect(isPostalTable(value), JSON.stringify(value)).to.equal(false);
  });
});
