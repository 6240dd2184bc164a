import { useMemo } from 'react';
import { Anchor, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { countryName } from '../../../../shared/domain/countries';
import { sortName } from '../../../../shared/domain/people';
import { formatNumber } from '../../../../shared/domain/numbers';
import { NoneText } from '../../ui/NoneText';
import type { DirectoryRow } from './people.store';
import type { Column } from './VirtualTable';

/** The directory's columns: name and organisation lead to their pages; four of them sort. */
export function useDirectoryColumns(): Column<DirectoryRow>[] {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return useMemo<Column<DirectoryRow>[]>(
    () => [
      {
        id: 'name',
        header: t('people.columns.name'),
        width: 'minmax(14rem, 2fr)',
        sortable: true,
        render: (p) => (
          <Anchor component={Link} href={`/people/${p.id}`} tabIndex={-1} fw={500} size="sm">
            {sortName(p)}
          </Anchor>
        ),
      },
      {
        id: 'organisation',
        header: t('people.columns.organisation'),
        width: 'minmax(12rem, 2fr)',
        sortable: true,
        render: (p) =>
          p.organisationId !== null ? (
            <Anchor
              component={Link}
              href={`/organisations/${p.organisationId}`}
              tabIndex={-1}
              size="sm"
              c="inherit"
              title={p.organisationName}
            >
              {p.organisationName}
            </Anchor>
          ) : (
            <NoneText />
          ),
      },
      {
        id: 'country',
        header: t('people.columns.country'),
        width: 'minmax(9rem, 1fr)',
        sortable: true,
        render: (p) => (p.countryCode ? countryName(p.countryCode, language) : <NoneText />),
      },
      {
        id: 'email',
        header: t('people.columns.email'),
        width: 'minmax(12rem, 1.5fr)',
        render: (p) => p.email || <NoneText />,
      },
      {
        id: 'meetings',
        header: t('people.columns.meetings'),
        width: '8rem',
        align: 'end',
        sortable: true,
        render: (p) => (
          <Badge variant={p.meetingCount > 0 ? 'light' : 'outline'} color="indigo" size="md">
            {formatNumber(p.meetingCount, language)}
          </Badge>
        ),
      },
    ],
    [t, language],
  );
}
