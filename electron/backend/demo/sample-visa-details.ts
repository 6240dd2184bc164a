/**
 * Passport details for the sample meetings' visa-letter requests, so the letters can be tried at
 * once: obviously fictional numbers ('XS' and seven digits), births between 1960 and 1995 in the
 * capital of the passport's country, passports issued in the last six years for ten. One request
 * in six is left without details, as a registrar would find them: that is how the letters screen
 * shows what is missing. Loading twice adds nothing (a request that has details keeps them).
 */
import worldCountries from 'world-countries';
import type { Db } from '../db/connection';
import { createVisaDetailsRepo } from '../reports/templates/visa-details.repo';
import { createRandom } from './seeded-random';

const CAPITALS = new Map(worldCountries.map((c) => [c.cca2, c.capital[0] ?? '']));

const day = (year: number, month: number, date: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

export function addSampleVisaDetails(db: Db, meetingIds: readonly number[], now: string): void {
  const repo = createVisaDetailsRepo(db);
  const random = createRandom(20261114);
  db.transaction(() => {
    for (const meetingId of meetingIds)
      repo.requests(meetingId).forEach((request, i) => {
        if (i % 6 === 5 || request.details) return;
        const country = request.personNationalityCode ?? request.countryCode;
        const issued = 2020 + Math.floor(random.next() * 6);
        const month = 1 + Math.floor(random.next() * 12);
        const date = 1 + Math.floor(random.next() * 28);
        repo.save(request.registrationId, {
          passportNumber: `XS${String(1_000_000 + Math.floor(random.next() * 8_999_999))}`,
          nationalityCode: country,
          dateOfBirth: day(1960 + Math.floor(random.next() * 36), month, date),
          placeOfBirth: country ? (CAPITALS.get(country) ?? '') : '',
          passportIssuedOn: day(issued, month, date),
          passportExpiresOn: day(issued + 10, month, date === 1 ? 1 : date - 1),
          passportAuthority: '',
          updatedAt: now,
        });
      });
  })();
}
