import { describe, expect, it } from 'vitest';
import {
  applyHeaderMapping,
  suggestMapping,
  toHeaderMapping,
} from '../../shared/domain/import-fields';

describe('mapping suggestions', () => {
  it('maps French headers', () => {
    const headers = [
      'Civilité',
      'Nom',
      'Prénom(s)',
      'Pays',
      'Courriel',
      'Organisation',
      'Fonction',
      'Téléphone',
      'Nationalité',
      'Sexe',
      'Langues',
      'Rôle',
      'Statut',
      'Régime alimentaire',
      'Lettre de visa',
    ];
    expect(suggestMapping(headers)).toEqual({
      title: 0,
      familyNames: 1,
      givenNames: 2,
      country: 3,
      email: 4,
      organisation: 5,
      position: 6,
      phone: 7,
      nationality: 8,
      gender: 9,
      languages: 10,
      role: 11,
      status: 12,
      dietary: 13,
      visaLetter: 14,
    });
  });

  it('maps "E-mail", "Adresse e-mail" and "Nom de l’organisation"', () => {
    expect(suggestMapping(['Nom', 'E-mail'])).toEqual({ familyNames: 0, email: 1 });
    expect(suggestMapping(['Nom', 'Adresse e-mail professionnelle'])).toEqual({
      familyNames: 0,
      email: 1,
    });
    expect(suggestMapping(['Nom', 'Nom de l’organisation', 'Sigle'])).toEqual({
      familyNames: 0,
      organisation: 1,
      organisationAcronym: 2,
    });
  });

  it('maps English headers, whatever their case and punctuation', () => {
    expect(
      suggestMapping([
        'FIRST NAME',
        'Last name',
        'E-mail address',
        'Organization',
        'Type of organisation',
        'Job title',
        'Country represented',
        'Country of nationality',
        'Badge name',
      ]),
    ).toEqual({
      givenNames: 0,
      familyNames: 1,
      email: 2,
      organisation: 3,
      organisationType: 4,
      position: 5,
      country: 6,
      nationality: 7,
      badgeName: 8,
    });
  });

  it('uses a single "Name" column only when there are no split name columns', () => {
    expect(suggestMapping(['Name', 'Email'])).toEqual({ fullName: 0, email: 1 });
    expect(suggestMapping(['Name', 'First name', 'Surname'])).toEqual({
      givenNames: 1,
      familyNames: 2,
    });
  });

  it('leaves unknown headers unmapped and never maps one column twice', () => {
    const mapping = suggestMapping(['Foo', 'Pays', 'Country']);
    expect(mapping).toEqual({ country: 1 });
  });
});

describe('remembered mappings', () => {
  it('follow the headers when the columns move', () => {
    const remembered = toHeaderMapping({ familyNames: 0, email: 1 }, ['Nom', 'Courriel']);
    expect(remembered).toEqual({ familyNames: 'Nom', email: 'Courriel' });
    expect(applyHeaderMapping(remembered, ['Courriel', 'Pays', 'nom'])).toEqual({
      email: 0,
      familyNames: 2,
    });
  });

  it('do not apply to a file missing one of the remembered headers', () => {
    expect(applyHeaderMapping({ familyNames: 'Nom', email: 'Courriel' }, ['Nom', 'Pays'])).toBe(
      null,
    );
  });
});
