import { describe, expect, it } from 'vitest';
import { createInstance } from 'i18next';
import { i18nOptions } from '../../../renderer/src/i18n';
import { localeFormatter } from '../../../renderer/src/i18n/locale-formatter';
import { headlineText } from '../../../renderer/src/ui/participant-headline';
import type { ParticipantFigures } from '../../../shared/domain/participant-figures';

async function headline(language: string, figures: Partial<ParticipantFigures>) {
  const i18n = createInstance();
  await i18n.use(localeFormatter).init(await i18nOptions(language));
  return headlineText(
    i18n.t,
    { total: 1, expected: 0, countries: 0, withoutCountry: 0, byStatus: {}, ...figures },
    language,
  );
}

const NNBSP = '\u202f';

describe('the meeting headline', () => {
  it('says what it counts: the registered or confirmed, and their countries', async () => {
    const figures = { total: 230, expected: 183, countries: 61 };
    expect(await headline('en', figures)).toBe(
      '183 expected (registered or confirmed) from 61 countries',
    );
    expect(await headline('fr', figures)).toBe(
      '183 attendus (inscrits ou confirmés) venant de 61 pays',
    );
  });

  it('uses the singular where French and English do', async () => {
    const figures = { expected: 1, countries: 1 };
    expect(await headline('en', figures)).toBe(
      '1 expected (registered or confirmed) from 1 country',
    );
    expect(await headline('fr', figures)).toBe('1 attendu (inscrit ou confirmé) venant de 1 pays');
  });

  it('groups thousands the language’s way', async () => {
    const figures = { total: 1500, expected: 1234, countries: 61 };
    expect(await headline('en', figures)).toBe(
      '1,234 expected (registered or confirmed) from 61 countries',
    );
    expect(await headline('fr', figures)).toBe(
      `1${NNBSP}234 attendus (inscrits ou confirmés) venant de 61 pays`,
    );
  });

  it('names apart the expected people whose country is not recorded', async () => {
    expect(await headline('en', { expected: 5, countries: 3, withoutCountry: 2 })).toBe(
      '5 expected (registered or confirmed) from 3 countries (2 with no country recorded)',
    );
    expect(await headline('fr', { expected: 2, countries: 0, withoutCountry: 2 })).toBe(
      '2 attendus (inscrits ou confirmés), aucun pays renseigné',
    );
  });

  it('does not read "0 from 0" when everybody is still invited', async () => {
    const figures = { total: 12, byStatus: { invited: 12 } };
    expect(await headline('en', figures)).toBe('12 invited, none registered or confirmed yet');
    expect(await headline('fr', figures)).toBe(
      '12 invités, aucun inscrit ni confirmé pour l’instant',
    );
  });

  it('lists every status present when nobody is expected', async () => {
    const figures = { total: 15, byStatus: { invited: 12, waitlisted: 2, declined: 1 } };
    expect(await headline('en', figures)).toBe(
      '12 invited, 2 waitlisted and 1 declined, none registered or confirmed yet',
    );
    expect(await headline('fr', figures)).toBe(
      '12 invités, 2 en liste d’attente et 1 a décliné, aucun inscrit ni confirmé pour l’instant',
    );
  });
});
