/**
 * The list of participants as a meeting report's annex has it: by country, then organisation, then
 * name, in the document language's alphabetical order. People who did not consent to be listed
 * are counted in their country's total but never named, nor is their organisation shown for them.
 */

export interface ListEntry {
  registrationId: number;
  title: string;
  givenNames: string;
  familyNames: string;
  position: string;
  organisationName: string | null;
  organisationAcronym: string | null;
  countryCode: string | null;
  /** Consent to be named in this meeting's list (the registration's answer, else the person's). */
  listed: boolean;
}

export interface OrganisationGroup {
  /** Null for people with no organisation: listed last in their country. */
  name: string | null;
  acronym: string;
  people: ListEntry[];
}

export interface CountryGroup {
  /** Null when the country is not stated: listed last. */
  countryCode: string | null;
  name: string;
  organisations: OrganisationGroup[];
  listed: number;
  /** Counted, not named. */
  unlisted: number;
}

export interface ParticipantList {
  countries: CountryGroup[];
  participants: number;
  listed: number;
  unlisted: number;
  /** Distinct stated countries. */
  countryCount: number;
}

/** Groups and sorts the entries; `countryName` names a code in the document's language. */
export function groupParticipantList(
  entries: readonly ListEntry[],
  countryName: (code: string) => string,
  language: string,
  notStatedName: string,
): ParticipantList {
  const collator = new Intl.Collator(language, { sensitivity: 'base', numeric: true });
  const byCountry = new Map<string | null, ListEntry[]>();
  for (const e of entries) {
    const list = byCountry.get(e.countryCode);
    if (list) list.push(e);
    else byCountry.set(e.countryCode, [e]);
  }
  const countries: CountryGroup[] = [...byCountry].map(([code, people]) => {
    const named = people.filter((p) => p.listed);
    const byOrganisation = new Map<string | null, ListEntry[]>();
    for (const p of named) {
      const key = p.organisationName;
      const list = byOrganisation.get(key);
      if (list) list.push(p);
      else byOrganisation.set(key, [p]);
    }
    const organisations = [...byOrganisation].map(([name, members]) => ({
      name,
      acronym: members.find((m) => m.organisationAcronym)?.organisationAcronym ?? '',
      people: members.sort(
        (a, b) =>
          collator.compare(a.familyNames, b.familyNames) ||
          collator.compare(a.givenNames, b.givenNames) ||
          a.registrationId - b.registrationId,
      ),
    }));
    organisations.sort((a, b) =>
      a.name === null || b.name === null
        ? Number(a.name === null) - Number(b.name === null)
        : collator.compare(a.name, b.name),
    );
    return {
      countryCode: code,
      name: code === null ? notStatedName : countryName(code),
      organisations,
      listed: named.length,
      unlisted: people.length - named.length,
    };
  });
  countries.sort((a, b) =>
    a.countryCode === null || b.countryCode === null
      ? Number(a.countryCode === null) - Number(b.countryCode === null)
      : collator.compare(a.name, b.name),
  );
  const listed = countries.reduce((sum, c) => sum + c.listed, 0);
  return {
    countries,
    participants: entries.length,
    listed,
    unlisted: entries.length - listed,
    countryCount: countries.filter((c) => c.countryCode !== null).length,
  };
}
