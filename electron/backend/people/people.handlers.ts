import type { BackendContext } from '../context';
import type { FeatureHandlers } from '../handler-types';
import { createCountriesService, refreshCountries } from './countries.service';
import { createOrganisationsService } from './organisations.service';
import { createPeopleService } from './people.service';

type PeopleSliceHandlers = FeatureHandlers<'countries'> &
  FeatureHandlers<'organisations'> &
  FeatureHandlers<'people'>;

/** Countries, organisations and people. Brings the countries up to date first, if they changed. */
export function peopleHandlers(ctx: BackendContext): PeopleSliceHandlers {
  refreshCountries(ctx.db);
  const countries = createCountriesService(ctx.db);
  const organisations = createOrganisationsService(ctx.db);
  const people = createPeopleService(ctx.db);
  // Rows of the participants view carry names of organisations and regions of countries.
  const changed = (...features: string[]) =>
    features.forEach((feature) => ctx.emit('data.changed', { feature }));
  const after = <T>(value: T, ...features: string[]): T => {
    changed(...features);
    return value;
  };

  return {
    'countries.list': () => countries.list(),
    'countries.setRegion': ({ code, policeRegion }) =>
      after(countries.setRegion(code, policeRegion), 'countries', 'registrations'),
    'countries.resetRegion': ({ code }) =>
      after(countries.resetRegion(code), 'countries', 'registrations'),
    'organisations.list': () => organisations.list(),
    'organisations.create': (input) => after(organisations.create(input), 'organisations'),
    'organisations.update': ({ id, organisation }) =>
      after(organisations.update(id, organisation), 'organisations', 'people', 'registrations'),
    'organisations.merge': ({ keepId, mergeId }) =>
      after(organisations.merge(keepId, mergeId), 'organisations', 'people', 'registrations'),
    'organisations.get': ({ id }) => organisations.details(id),
    'people.directory': ({ query, limit }) => people.find(query, limit),
    'people.browse': (input) => people.browse(input),
    'people.get': ({ id }) => people.withMeetings(id),
    'people.create': (input) => after(people.create(input), 'people'),
    'people.update': ({ id, person }) =>
      after(people.update(id, person), 'people', 'registrations'),
  };
}
