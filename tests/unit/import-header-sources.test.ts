import { describe, expect, it } from 'vitest';
import { recogniseColumns, type ImportField } from '../../shared/domain/import-fields';

/** The recognition as header → field (or 'not imported', or absent when nothing is known). */
function recognised(headers: readonly string[]) {
  const { mapping, knownUnmapped, source } = recogniseColumns(headers);
  const byColumn: Record<string, ImportField | 'not imported'> = {};
  for (const [field, column] of Object.entries(mapping))
    byColumn[headers[column]!] = field as ImportField;
  for (const column of knownUnmapped) byColumn[headers[column]!] = 'not imported';
  return { byColumn, source };
}

describe('headers of the tools people export from', () => {
  it('Indico registrant export: the default form, then the registration columns', () => {
    // generate_spreadsheet_from_registrations: "ID", "Name", the form's fields, then the static items.
    const headers = [
      'ID',
      'Name',
      'Title',
      'First Name',
      'Last Name',
      'Email Address',
      'Affiliation',
      'Position',
      'Country',
      'Phone Number',
      'Registration date',
      'Registration state',
      'Price',
      'Checked in',
      'Check-in date',
      'Tags',
    ];
    expect(recognised(headers)).toEqual({
      source: 'indico',
      byColumn: {
        ID: 'not imported',
        // The whole name repeated: the split columns are kept instead.
        Title: 'title',
        'First Name': 'givenNames',
        'Last Name': 'familyNames',
        'Email Address': 'email',
        Affiliation: 'organisation',
        Position: 'position',
        Country: 'country',
        'Phone Number': 'phone',
        'Registration date': 'not imported',
        'Registration state': 'status',
        Price: 'not imported',
        'Checked in': 'not imported',
        'Check-in date': 'not imported',
        Tags: 'not imported',
      },
    });
    // A form with only the name column keeps it whole.
    expect(recogniseColumns(['ID', 'Name', 'Email Address', 'Registration state']).mapping).toEqual(
      { fullName: 1, email: 2, status: 3 },
    );
  });

  it('pretix order positions: the attendee, not the buyer or the invoice address', () => {
    const headers = [
      'Event slug',
      'Order code',
      'Position ID',
      'Status',
      'Email',
      'Phone number',
      'Order date',
      'Order time',
      'Product',
      'Price',
      'Attendee name',
      'Attendee name: Given name',
      'Attendee name: Family name',
      'Attendee email',
      'Company',
      'Country',
      'Pseudonymization ID',
      'Invoice address name',
      'Invoice address name: Given name',
      'Invoice address name: Family name',
      'VAT ID',
      'Order locale',
    ];
    const { byColumn, source } = recognised(headers);
    expect(source).toBe('pretix');
    expect(byColumn).toMatchObject({
      Status: 'status',
      'Phone number': 'phone',
      'Attendee name: Given name': 'givenNames',
      'Attendee name: Family name': 'familyNames',
      'Attendee email': 'email',
      Company: 'organisation',
      Country: 'country',
      'Order date': 'not imported',
      'Invoice address name': 'not imported',
      'Invoice address name: Given name': 'not imported',
      'Invoice address name: Family name': 'not imported',
    });
    // The order's email is the buyer's: the attendee's own wins, and it is only a fallback.
    expect(byColumn.Email).toBeUndefined();
    expect(
      recogniseColumns(['Order code', 'Position ID', 'Email', 'Attendee name']).mapping,
    ).toEqual({ email: 2, fullName: 3 });
  });

  it('Eventbrite attendee report', () => {
    const headers = [
      'Order #',
      'Order Date',
      'First Name',
      'Last Name',
      'Email',
      'Quantity',
      'Ticket Type',
      'Attendee #',
      'Attendee Status',
      'Home Address 1',
      'Home Country',
      'Cell Phone',
      'Job Title',
      'Company',
      'Work Country',
      'Buyer First Name',
      'Buyer Last Name',
      'Buyer Email',
    ];
    const { byColumn, source } = recognised(headers);
    expect(source).toBe('eventbrite');
    expect(byColumn).toMatchObject({
      'Order #': 'not imported',
      'First Name': 'givenNames',
      'Last Name': 'familyNames',
      Email: 'email',
      'Ticket Type': 'not imported',
      'Attendee Status': 'status',
      'Home Address 1': 'not imported',
      'Cell Phone': 'phone',
      'Job Title': 'position',
      Company: 'organisation',
      'Work Country': 'country',
      'Buyer First Name': 'not imported',
      'Buyer Email': 'not imported',
    });
    expect(byColumn['Home Country']).toBeUndefined();
  });

  it('Google Forms responses, in English and in French', () => {
    expect(
      recognised([
        'Timestamp',
        'Email Address',
        'First name',
        'Last name',
        'Organization',
        'Country',
      ]),
    ).toEqual({
      source: 'googleForms',
      byColumn: {
        Timestamp: 'not imported',
        'Email Address': 'email',
        'First name': 'givenNames',
        'Last name': 'familyNames',
        Organization: 'organisation',
        Country: 'country',
      },
    });
    expect(
      recognised(['Horodateur', 'Adresse e-mail', 'Nom', 'Prénom', 'Organisme', 'Pays']),
    ).toEqual({
      source: 'googleForms',
      byColumn: {
        Horodateur: 'not imported',
        'Adresse e-mail': 'email',
        Nom: 'familyNames',
        Prénom: 'givenNames',
        Organisme: 'organisation',
        Pays: 'country',
      },
    });
  });

  it('Microsoft Forms responses: "Name" and French "Nom" are the whole name there', () => {
    expect(
      recognised([
        'ID',
        'Start time',
        'Completion time',
        'Email',
        'Name',
        'Organization',
        'Country',
      ]),
    ).toEqual({
      source: 'microsoftForms',
      byColumn: {
        ID: 'not imported',
        'Start time': 'not imported',
        'Completion time': 'not imported',
        Email: 'email',
        Name: 'fullName',
        Organization: 'organisation',
        Country: 'country',
      },
    });
    const french = recognised([
      'ID',
      'Heure de début',
      'Heure de fin',
      'Adresse de messagerie',
      'Nom',
      'Service',
      'Pays',
    ]);
    expect(french.source).toBe('microsoftForms');
    expect(french.byColumn).toMatchObject({ Nom: 'fullName', 'Adresse de messagerie': 'email' });
  });

  it('a French Excel sheet of a registrar: numbers, dates and "Statut de l’inscription"', () => {
    expect(
      recognised([
        'N°',
        'Civilité',
        'NOM',
        'Prénom',
        'Organisme',
        'Fonction',
        'Pays',
        'Courriel',
        'Téléphone',
        'Statut de l’inscription',
        'Date d’inscription',
        'Observations',
      ]),
    ).toEqual({
      source: null,
      byColumn: {
        'N°': 'not imported',
        Civilité: 'title',
        NOM: 'familyNames',
        Prénom: 'givenNames',
        Organisme: 'organisation',
        Fonction: 'position',
        Pays: 'country',
        Courriel: 'email',
        Téléphone: 'phone',
        'Statut de l’inscription': 'status',
        'Date d’inscription': 'not imported',
        Observations: 'notes',
      },
    });
  });

  it('another tool’s header still says what it holds in a home-made sheet', () => {
    expect(recogniseColumns(['Nom', 'Prénom', 'Affiliation', 'Registration date']).mapping).toEqual(
      { familyNames: 0, givenNames: 1, organisation: 2 },
    );
    expect(recogniseColumns(['Nom', 'Registration date']).knownUnmapped).toEqual([1]);
  });
});
