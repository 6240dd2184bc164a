import { describe, expect, it } from 'vitest';
import { testBackend } from './helpers';
import { addMeeting, register } from './people-fixtures';

describe('registrations.listCompact', () => {
  it('gives the view its rows in name order, each organisation and country once', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const other = await addMeeting(backend);
    const police = await backend.call('organisations.create', {
      name: 'Direction de la Police judiciaire',
      acronym: 'DPJ',
      type: 'law_enforcement',
    });
    const unodc = await backend.call('organisations.create', {
      name: 'United Nations Office on Drugs and Crime',
      acronym: 'UNODC',
      type: 'international',
    });
    const diop = await register(
      backend,
      meetingId,
      { givenNames: 'Awa', familyNames: 'Diop', countryCode: 'SN', organisationId: police.id },
      { role: 'chair', status: 'registered' },
    );
    const nunez = await register(
      backend,
      meetingId,
      { givenNames: 'Ana', familyNames: 'Núñez', email: 'ana@policia.es', countryCode: 'ES' },
      { status: 'confirmed' },
    );
    const ba = await register(
      backend,
      meetingId,
      { givenNames: 'Moussa', familyNames: 'Ba', countryCode: 'SN', organisationId: unodc.id },
      { role: 'observer' },
    );
    const nobody = await register(backend, meetingId, { givenNames: 'Sam', familyNames: 'Adams' });
    await register(backend, other, { familyNames: 'Elsewhere', organisationId: police.id });

    const list = await backend.call('registrations.listCompact', { meetingId });
    expect(list.rows).toEqual([
      [nobody.id, nobody.personId, 'Sam', 'Adams', '', null, null, 'delegate', 'invited', 0],
      [ba.id, ba.personId, 'Moussa', 'Ba', '', unodc.id, 'SN', 'observer', 'invited', 0],
      [diop.id, diop.personId, 'Awa', 'Diop', '', police.id, 'SN', 'chair', 'registered', 0],
      [
        nunez.id,
        nunez.personId,
        'Ana',
        'Núñez',
        'ana@policia.es',
        null,
        'ES',
        'delegate',
        'confirmed',
        0,
      ],
    ]);
    expect([...list.organisations].sort((a, b) => a.id - b.id)).toEqual([
      {
        id: police.id,
        name: 'Direction de la Police judiciaire',
        acronym: 'DPJ',
        type: 'law_enforcement',
      },
      {
        id: unodc.id,
        name: 'United Nations Office on Drugs and Crime',
        acronym: 'UNODC',
        type: 'international',
      },
    ]);
    expect([...list.countries].sort((a, b) => a.code.localeCompare(b.code))).toEqual([
      { code: 'ES', policeRegion: 'europe' },
      { code: 'SN', policeRegion: 'africa' },
    ]);
    expect(await backend.call('registrations.listCompact', { meetingId: 999 })).toEqual({
      rows: [],
      organisations: [],
      countries: [],
    });
  });

  it('costs a fraction of the full rows: well under 2 MB for 10,000 participants', async () => {
    const backend = testBackend();
    const meetingId = await addMeeting(backend);
    const organisations = [];
    for (let i = 0; i < 20; i++)
      organisations.push(
        await backend.call('organisations.create', {
          name: `Direction centrale de la police judiciaire ${i}`,
          acronym: `DCPJ${i}`,
          type: 'law_enforcement',
          countryCode: 'FR',
        }),
      );
    backend.db.pragma('synchronous = OFF');
    for (let i = 0; i < 500; i++)
      await register(
        backend,
        meetingId,
        {
          givenNames: 'Marie-Françoise',
          familyNames: `Lefèvre-Dubois ${i}`,
          email: `marie-francoise.lefevre-dubois.${i}@interieur.gouv.fr`,
          countryCode: 'FR',
          position: 'Commissaire divisionnaire, cheffe de l’office central',
          organisationId: organisations[i % 20]!.id,
        },
        { dietary: 'Végétarienne', internalNotes: 'Arrives the evening before.' },
      );
    const bytes = (channel: 'registrations.list' | 'registrations.listCompact') =>
      backend.call(channel, { meetingId }).then((v) => Buffer.byteLength(JSON.stringify(v)));
    const compact = await bytes('registrations.listCompact');
    const full = await bytes('registrations.list');
    // Per row, with long French names and emails: 10,000 rows stay far below 2 MB.
    expect(compact / 500).toBeLessThan(150);
    expect(compact).toBeLessThan(full / 4);
  });
});
