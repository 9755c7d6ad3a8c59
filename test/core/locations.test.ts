import { expect } from '@open-wc/testing';
import { distanceKm, groupByCountryAndRegion, recruitingFirst, sortByDistance } from '../../src/core/locations.js';
import type { TrialLocation } from '../../src/core/schema.js';
import { demoConfig } from '../helpers.js';

const site = (name: string, country: string, region?: string, geo?: { lat: number; lon: number }, recruiting?: boolean): TrialLocation =>
  ({ name, country, ...(region ? { region } : {}), ...(geo ? { geo } : {}), ...(recruiting === undefined ? {} : { recruiting }) }) as TrialLocation;

describe('locations', () => {
  it('measures great-circle distances', () => {
    const newYork = { lat: 40.7128, lon: -74.006 };
    const london = { lat: 51.5074, lon: -0.1278 };
    expect(distanceKm(newYork, london)).to.be.closeTo(5570, 15);
    expect(distanceKm(london, london)).to.equal(0);
  });

  it('sorts nearest first, keeping sites without a position last and in order', () => {
    const sites = [site('Far', 'US', 'CA', { lat: 34, lon: -118 }), site('Unknown', 'US'), site('Near', 'US', 'NY', { lat: 40.7, lon: -74 }), site('Unknown 2', 'US')];
    const sorted = sortByDistance(sites, { lat: 40.71, lon: -74.0 });
    expect(sorted.map((s) => s.location.name)).to.deep.equal(['Near', 'Far', 'Unknown', 'Unknown 2']);
    expect(sorted[0]!.km).to.be.below(2);
    expect(sorted[2]!.km).to.equal(undefined);
  });

  it('puts recruiting sites first', () => {
    const sites = [site('Closed', 'US', undefined, undefined, false), site('Open', 'US', undefined, undefined, true), site('Unknown', 'US')];
    expect(recruitingFirst(sites).map((s) => s.name)).to.deep.equal(['Open', 'Unknown', 'Closed']);
  });

  it('groups by country (largest first) and region (by name, no region last)', () => {
    const sites = [site('a', 'Canada', 'Ontario'), site('b', 'United States', 'Texas'), site('c', 'United States', 'Alaska'), site('d', 'United States'), site('e', 'United States', 'Texas')];
    const groups = groupByCountryAndRegion(sites);
    expect(groups.map((g) => [g.country, g.count])).to.deep.equal([
      ['United States', 4],
      ['Canada', 1],
    ]);
    expect(groups[0]!.regions.map((r) => [r.region, r.locations.length])).to.deep.equal([
      ['Alaska', 1],
      ['Texas', 2],
      ['', 1],
    ]);
  });

  it('survives a malformed language tag', () => {
    expect(() => groupByCountryAndRegion([site('a', 'US')], 'not a tag!!')).not.to.throw();
  });

  // Its speed: `npm run bench:core`.
  it('groups and sorts 1,148 sites', async () => {
    const config = await demoConfig('lung-cancer-chemo-io');
    const sites = config.locations!;
    expect(sites.length).to.equal(1148);
    const groups = groupByCountryAndRegion(sites);
    const sorted = sortByDistance(sites, { lat: 41.88, lon: -87.63 });
    expect(groups.reduce((sum, g) => sum + g.count, 0)).to.equal(1148);
    expect(sorted[0]!.location.city).to.equal('Chicago');
  });
});
