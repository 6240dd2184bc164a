import { useMemo } from 'react';
import { Select, SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryCodes, countryName } from '../../../../shared/domain/countries';
import { useImportStore, type Report } from './imports.store';

const LEAVE_EMPTY = '__none__';

/** A country picker per spelling the import could not place: suggestions first, nothing guessed. */
export function CountryAnswers({ countries }: { countries: Report['countries'] }) {
  const { t, i18n } = useTranslation();
  const answers = useImportStore((s) => s.countryAnswers);
  const answer = useImportStore((s) => s.answerCountry);
  const language = i18n.language;
  const all = useMemo(() => {
    const collator = new Intl.Collator(language);
    return countryCodes()
      .map((c) => ({ value: c, label: countryName(c, language) }))
      .sort((a, b) => collator.compare(a.label, b.label));
  }, [language]);

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      {countries.map((c) => {
        const suggested = new Set(c.suggestions);
        const data = [
          {
            group: t('imports.check.countryChoices'),
            items: [{ value: LEAVE_EMPTY, label: t('imports.check.leaveEmpty') }],
          },
          ...(c.suggestions.length
            ? [
                {
                  group: t('imports.check.suggested'),
                  items: all.filter((o) => suggested.has(o.value)),
                },
              ]
            : []),
          {
            group: t('imports.check.allCountries'),
            items: all.filter((o) => !suggested.has(o.value)),
          },
        ];
        const current = answers[c.value];
        return (
          <Select
            key={c.value}
            label={t('imports.check.countryFor', { value: c.value })}
            description={t('imports.check.inRows', { count: c.count, rows: c.rows.join(', ') })}
            placeholder={t('imports.check.chooseCountry')}
            data={data}
            searchable
            value={current === undefined ? null : (current ?? LEAVE_EMPTY)}
            onChange={(v) => answer(c.value, v === null ? undefined : v === LEAVE_EMPTY ? null : v)}
            nothingFoundMessage={t('imports.check.noCountry')}
            error={current === undefined ? t('imports.check.countryNeeded') : undefined}
            comboboxProps={{ withinPortal: true }}
          />
        );
      })}
    </SimpleGrid>
  );
}
