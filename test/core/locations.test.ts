import { expect } from '@open-wc/testing';
import {
  cityLevelPoints,
  distanceKm,
  distanceUnitFor,
  groupByCountryAndRegion,
  honestDistance,
  orderPlaces,
  roundDistance,
  sortByDistance,
} from '../../src/core/locations.js';
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
    const sites = [
      site('Far', 'US', 'CA', { lat: 34, lon: -118 }),
      site('Unknown', 'US'),
      site('Near', 'US', 'NY', { lat: 40.7, lon: -74 }),
      site('Unknown 2', 'US'),
    ];
    const sorted = sortByDistance(sites, { lat: 40.71, lon: -74.0 });
    expect(sorted.map((s) => s.location.name)).to.deep.equal(['Near', 'Far', 'Unknown', 'Unknown 2']);
    expect(sorted[0]!.km).to.be.below(2);
    expect(sorted[2]!.km).to.equal(undefined);
  });

  describe('orderPlaces (one order for the card, the pre-screener and the packet)', () => {
    const here = { lat: 47.6062, lon: -122.3321 }; // Seattle
    const sites = [
      site('Closed near', 'US', 'WA', { lat: 47.61, lon: -122.33 }, false),
      site('Open far', 'US', 'CA', { lat: 34.0522, lon: -118.2437 }, true),
      site('Unmarked mid', 'US', 'OR', { lat: 45.5152, lon: -122.6784 }),
      site('Closed far', 'US', 'NY', { lat: 40.7128, lon: -74.006 }, false),
      site('Open, no position', 'US', undefined, undefined, true),
    ];

    it('puts the places taking volunteers first and never mixes the others in', () => {
      const { taking, notTaking } = orderPlaces(sites, 'recruiting');
      expect(taking.map((e) => e.location.name)).to.deep.equal(['Open far', 'Unmarked mid', 'Open, no position']);
      expect(notTaking.map((e) => e.location.name)).to.deep.equal(['Closed near', 'Closed far']);
      expect(taking.every((e) => e.takesVolunteers)).to.equal(true);
      expect(notTaking.some((e) => e.takesVolunteers)).to.equal(false);
      expect(taking[0]!.distance).to.equal(undefined);
    });

    it('sorts each group by distance, nearest first, places without a position last', () => {
      const { taking, notTaking } = orderPlaces(sites, 'recruiting', { from: here, unit: 'mile' });
      // The nearest place of all is not taking volunteers: it is not offered first.
      expect(taking.map((e) => e.location.name)).to.deep.equal(['Unmarked mid', 'Open far', 'Open, no position']);
      expect(notTaking.map((e) => e.location.name)).to.deep.equal(['Closed near', 'Closed far']);
      expect(taking[0]!.distance).to.deep.equal({ kind: 'about', value: 150, unit: 'mile' });
      expect(taking[2]!.km).to.equal(undefined);
    });

    it('follows the study status: a closed or not-yet-open study has no place to join', () => {
      for (const status of ['active_not_recruiting', 'completed', 'suspended', 'terminated', 'withdrawn', 'not_yet_recruiting'] as const) {
        const { taking, notTaking } = orderPlaces(sites, status);
        expect(taking, status).to.have.length(0);
        expect(notTaking, status).to.have.length(sites.length);
      }
      expect(orderPlaces(sites, 'enrolling_by_invitation').taking).to.have.length(3);
    });
  });

  describe('honest distances', () => {
    it('rounds: under 1 → less than 1; under 10 → whole; under 100 → nearest 5; else nearest 10', () => {
      const mi = (miles: number) => roundDistance(miles * 1.609344, 'mile');
      expect(mi(0.3)).to.deep.equal({ kind: 'under', value: 1, unit: 'mile' });
      expect(mi(0.99)).to.deep.equal({ kind: 'under', value: 1, unit: 'mile' });
      expect(mi(1.2)).to.deep.equal({ kind: 'about', value: 1, unit: 'mile' });
      expect(mi(7.6)).to.deep.equal({ kind: 'about', value: 8, unit: 'mile' });
      expect(mi(12.4)).to.deep.equal({ kind: 'about', value: 10, unit: 'mile' });
      expect(mi(13)).to.deep.equal({ kind: 'about', value: 15, unit: 'mile' });
      expect(mi(118)).to.deep.equal({ kind: 'about', value: 120, unit: 'mile' });
      expect(mi(2461)).to.deep.equal({ kind: 'about', value: 2460, unit: 'mile' });
      expect(roundDistance(42, 'kilometer')).to.deep.equal({ kind: 'about', value: 40, unit: 'kilometer' });
    });

    it('says "near <city>" instead of a figure close to a point that is only the city\'s', () => {
      expect(honestDistance(0.5, 'mile', { city: 'Seattle' }, true)).to.deep.equal({ kind: 'near', city: 'Seattle' });
      expect(honestDistance(0.5, 'mile', { city: 'Seattle' }, false)).to.deep.equal({ kind: 'under', value: 1, unit: 'mile' });
      // Far from the city, the figure to its centre is honest once rounded.
      expect(honestDistance(200, 'kilometer', { city: 'Seattle' }, true)).to.deep.equal({ kind: 'about', value: 200, unit: 'kilometer' });
      // No city to name: the rounded figure.
      expect(honestDistance(0.5, 'mile', {}, true).kind).to.equal('under');
    });

    it('knows a city-level point: shared by several places, or given to 2 decimals or fewer', () => {
      const points = cityLevelPoints([
        site('a', 'US', 'WA', { lat: 47.60621, lon: -122.33207 }),
        site('b', 'US', 'WA', { lat: 47.60621, lon: -122.33207 }),
        site('c', 'US', 'WA', { lat: 47.65, lon: -122.3 }),
        site('d', 'US', 'WA', { lat: 47.66154, lon: -122.31366 }),
      ]);
      expect([...points].sort()).to.deep.equal(['47.60621,-122.33207', '47.65,-122.3']);
    });

    it('gives every Seattle site of an imported study "near Seattle", not "0.3 mi away"', async () => {
      const config = await demoConfig('lung-cancer-chemo-io');
      const seattle = { lat: 47.62, lon: -122.35 };
      const { taking, notTaking } = orderPlaces(config.locations!, config.status, { from: seattle, unit: 'mile' });
      const inSeattle = [...taking, ...notTaking].filter((e) => e.location.city === 'Seattle');
      expect(inSeattle.length).to.be.greaterThan(1);
      for (const entry of inSeattle) expect(entry.distance).to.deep.equal({ kind: 'near', city: 'Seattle' });
    });

    it('uses miles where people think in miles', () => {
      expect(distanceUnitFor('en')).to.equal('mile');
      expect(distanceUnitFor('en-GB')).to.equal('mile');
      expect(distanceUnitFor('en-CA')).to.equal('kilometer');
      expect(distanceUnitFor('es')).to.equal('kilometer');
      expect(distanceUnitFor('not a tag!!')).to.equal('kilometer');
    });
  });

  it('groups by country (largest first) and region (by name, no region last)', () => {
    const sites = [
      site('a', 'Canada', 'Ontario'),
      site('b', 'United States', 'Texas'),
      site('c', 'United States', 'Alaska'),
      site('d', 'United States'),
      site('e', 'United States', 'Texas'),
    ];
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
