import { expect } from 'chai';
import { normalizeConfig } from '../../src/core/config.js';
import { deniedData, diffCategories, requiredGrants, resolveGrants } from '../../src/core/grants.js';
import { recordingReporter, sayingTo } from '../helpers/reporter.js';

const config = normalizeConfig(
  {
    categories: {
      necessary: { required: true, services: { session: { cookies: ['sid'] } } },
      analytics: { cookies: ['_stats'], services: { ga: { cookies: ['_ga', '_ga_*'] }, hj: { cookies: ['_hj*'] } } },
      marketing: { cookies: ['_fbp'], services: { youtube: { cookies: ['VISITOR_INFO1_LIVE'] } } },
    },
  },
  undefined,
  recordingReporter(),
);

describe('grants', () => {
  it('required grants are the required categories with all their services', () => {
    expect(requiredGrants(config)).to.deep.equal({ categories: ['necessary'], services: { necessary: ['session'] } });
  });

  it('a granted category gets all its services unless told which', () => {
    expect(resolveGrants(config, ['analytics'], undefined)).to.deep.equal({
      categories: ['necessary', 'analytics'],
      services: { necessary: ['session'], analytics: ['ga', 'hj'] },
    });
    expect(resolveGrants(config, ['analytics'], { analytics: ['hj'] }).services.analytics).to.deep.equal(['hj']);
    expect(resolveGrants(config, ['analytics'], { analytics: [] }).services.analytics).to.equal(undefined);
  });

  it('services of a category that is not granted are granted alone', () => {
    const grants = resolveGrants(config, [], { marketing: ['youtube'] });
    expect(grants.categories).to.deep.equal(['necessary']);
    expect(grants.services.marketing).to.deep.equal(['youtube']);
  });

  it('reports unknown categories and services and ignores them', () => {
    const reporter = recordingReporter();
    const grants = resolveGrants(config, ['analytics', 'ads'], { analytics: ['ga', 'matomo'], ads: ['x'] }, sayingTo(reporter));
    expect(grants.categories).to.deep.equal(['necessary', 'analytics']);
    expect(grants.services.analytics).to.deep.equal(['ga']);
    expect(reporter.errors).to.have.length(3);
    expect(reporter.errors.join('\n')).to.include('"ads"').and.include('"matomo"');
  });

  it('a required category cannot lose services', () => {
    expect(resolveGrants(config, [], { necessary: [] }).services.necessary).to.deep.equal(['session']);
  });

  it('diffs categories', () => {
    const before = resolveGrants(config, ['analytics'], undefined);
    const after = resolveGrants(config, ['marketing'], undefined);
    expect(diffCategories(before, after)).to.deep.equal({ granted: ['marketing'], withdrawn: ['analytics'] });
  });

  it('lists the patterns of a category not granted and of its services, never of a required one', () => {
    const grants = resolveGrants(config, ['marketing'], undefined);
    expect(deniedData(config, grants).names).to.deep.equal(['_stats', '_ga', '_ga_*', '_hj*']);
    expect(deniedData(config, requiredGrants(config)).names).to.deep.equal(['_stats', '_ga', '_ga_*', '_hj*', '_fbp', 'VISITOR_INFO1_LIVE']);
  });

  it('lists the patterns of a service not granted inside a granted category', () => {
    const grants = resolveGrants(config, ['analytics', 'marketing'], { analytics: ['ga'] });
    expect(deniedData(config, grants).names).to.deep.equal(['_hj*']);
  });

  it('keeps the cookies of a service granted alone', () => {
    const grants = resolveGrants(config, ['analytics'], { marketing: ['youtube'] });
    expect(deniedData(config, grants).names).to.deep.equal(['_fbp']);
  });

  it('lists IndexedDB databases beside the names', () => {
    const withDatabases = normalizeConfig(
      {
        categories: { analytics: { indexedDB: ['mp_*'], services: { ph: { indexedDB: [/^posthog/] } } } },
      },
      undefined,
      recordingReporter(),
    );
    const none = deniedData(withDatabases, requiredGrants(withDatabases));
    expect(none.databases).to.deep.equal(['mp_*', /^posthog/]);
    expect(deniedData(withDatabases, resolveGrants(withDatabases, ['analytics'], undefined)).databases).to.deep.equal([]);
  });
});
