import type { Db } from '../db/connection';
import { invalidField, notFound } from '../errors';
import { nowIso } from '../../../shared/domain/time';
import { createOrganisationsRepo } from './organisations.repo';
import { createDirectoryRepo, type DirectoryFilter } from './directory.repo';
import { createPeopleRepo } from './people.repo';
import { searchMatch } from './search-terms';
import type { Person, PersonFields, PersonMeeting } from './types';
import type { ParsedInput } from '../../../shared/api';
import { sortDirectory } from '../../../shared/domain/people-directory';
import { foldSearchText } from '../../../shared/domain/search-text';

/** Folded names kept between directory loads, which re-sort the same names at every keystroke. */
const MAX_FOLDED = 200_000;

/** A memoised foldSearchText: folding is most of the cost of sorting 50,000 names. */
function memoisedFold(): (text: string) => string {
  const folded = new Map<string, string>();
  return (text) => {
    let key = folded.get(text);
    if (key === undefined) {
      if (folded.size >= MAX_FOLDED) folded.clear();
      folded.set(text, (key = foldSearchText(text)));
    }
    return key;
  };
}

/** People, entered once and registered to any number of meetings. */
export function createPeopleService(db: Db) {
  const repo = createPeopleRepo(db);
  const directory = createDirectoryRepo(db);
  const fold = memoisedFold();
  const organisations = createOrganisationsRepo(db);

  function get(id: number): Person {
    const person = repo.get(id);
    if (!person) throw notFound('The person');
    return person;
  }

  // The schema's foreign key would also refuse it, but as an unexplained internal error.
  function checkOrganisation(fields: PersonFields): void {
    if (fields.organisationId !== null && !organisations.exists(fields.organisationId))
      throw invalidField(['organisationId'], 'errors.organisationMissing');
  }

  // The row and its search document are written together or not at all.
  const insert = db.transaction((fields: PersonFields) => repo.insert(fields, nowIso()));
  const update = db.transaction((id: number, fields: PersonFields) =>
    repo.update(id, fields, nowIso()),
  );

  return {
    get,
    withMeetings: (id: number): Person & { meetings: PersonMeeting[] } => ({
      ...get(id),
      meetings: repo.meetingsOf(id),
    }),
    /** At most `limit` people matching `query`, by name: for pickers. */
    find: (query: string, limit: number) => directory.find(searchMatch(query), limit),
    /** The directory screen: its rows in the order asked, its filters' counts, and the total. */
    browse(input: ParsedInput<'people.browse'>) {
      const filter: DirectoryFilter = {
        match: searchMatch(input.query),
        countryCodes: input.countryCodes,
        organisationIds: input.organisationIds,
      };
      return {
        rows: sortDirectory(
          directory.rows(filter),
          input.sort,
          input.descending,
          input.language,
          fold,
        ),
        total: directory.total(),
        countries: directory.countryCounts(filter),
        organisations: directory.organisationCounts(filter),
      };
    },
    create(fields: PersonFields): Person {
      checkOrganisation(fields);
      return get(insert(fields));
    },
    update(id: number, fields: PersonFields): Person {
      get(id);
      checkOrganisation(fields);
      update(id, fields);
      return get(id);
    },
  };
}

export type PeopleService = ReturnType<typeof createPeopleService>;
