import { useMemo, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Select,
  Stack,
  TextInput,
} from '@mantine/core';
import {
  IconArrowMerge,
  IconBuildingCommunity,
  IconDots,
  IconEdit,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { countryName } from '../../../../shared/domain/countries';
import { normaliseName, ORGANISATION_TYPES } from '../../../../shared/domain/people';
import { errorText } from '../../ui/errors';
import { ListEmptyState } from '../../ui/ListEmptyState';
import { NoneText } from '../../ui/NoneText';
import { PageHeader } from '../../ui/PageHeader';
import { VirtualTable, type Column } from '../people/VirtualTable';
import { useOrganisationList, type Organisation } from './organisations.store';
import { OrganisationFormModal } from './OrganisationFormModal';
import { MergeOrganisationModal } from './MergeOrganisationModal';
import { formatNumber } from '../../../../shared/domain/numbers';

type Dialog = { kind: 'create' } | { kind: 'edit' | 'merge'; organisation: Organisation } | null;

/** Organisations people belong to: find, open, correct, and fold duplicates together. */
export function OrganisationsPage() {
  const { t, i18n } = useTranslation();
  const [, navigate] = useLocation();
  const language = i18n.language;
  const { list, loaded, error } = useOrganisationList();
  const [query, setQuery] = useState('');
  const [type, setType] = useState<string | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);

  const sorted = useMemo(() => {
    const collator = new Intl.Collator(language);
    return [...list]
      .map((o) => ({
        org: o,
        // Searchable text: name, acronym and country in both languages, accents folded.
        key: normaliseName(
          [
            o.name,
            o.acronym,
            o.countryCode ?? '',
            o.countryCode ? countryName(o.countryCode, 'en') : '',
            o.countryCode ? countryName(o.countryCode, 'fr') : '',
          ].join(' '),
        ),
      }))
      .sort((a, b) => collator.compare(a.org.name, b.org.name));
  }, [list, language]);
  const needle = normaliseName(query);
  const rows = useMemo(
    () =>
      sorted
        .filter((r) => (!type || r.org.type === type) && (!needle || r.key.includes(needle)))
        .map((r) => r.org),
    [sorted, type, needle],
  );
  const filtering = needle !== '' || type !== null;

  const columns: Column<Organisation>[] = [
    {
      id: 'name',
      header: t('organisations.columns.name'),
      width: 'minmax(16rem, 2.6fr)',
      render: (o) => (
        <Anchor
          component={Link}
          href={`/organisations/${o.id}`}
          tabIndex={-1}
          fw={500}
          size="sm"
          title={o.name}
        >
          {o.name}
        </Anchor>
      ),
    },
    {
      id: 'acronym',
      header: t('organisations.columns.acronym'),
      width: 'minmax(6rem, 1fr)',
      render: (o) => o.acronym || <NoneText />,
    },
    {
      id: 'type',
      header: t('organisations.columns.type'),
      width: 'minmax(15rem, 1.6fr)',
      render: (o) => t(`orgType.${o.type}`),
    },
    {
      id: 'country',
      header: t('organisations.columns.country'),
      width: 'minmax(9rem, 1.2fr)',
      render: (o) => (o.countryCode ? countryName(o.countryCode, language) : <NoneText />),
    },
    {
      id: 'people',
      header: t('organisations.columns.people'),
      width: '7rem',
      align: 'end',
      render: (o) => (
        <Badge variant={o.peopleCount > 0 ? 'light' : 'outline'} color="indigo">
          {formatNumber(o.peopleCount, language)}
        </Badge>
      ),
    },
    {
      id: 'actions',
      header: t('organisations.columns.actions'),
      width: '5.5rem',
      align: 'end',
      render: (o) => (
        <Menu position="bottom-end" withinPortal>
          <Menu.Target>
            <ActionIcon
              variant="subtle"
              color="gray"
              aria-label={t('organisations.actionsFor', { name: o.name })}
            >
              <IconDots size={18} aria-hidden />
            </ActionIcon>
          </Menu.Target>
          <Menu.Dropdown>
            <Menu.Item
              leftSection={<IconEdit size={16} aria-hidden />}
              onClick={() => setDialog({ kind: 'edit', organisation: o })}
            >
              {t('organisations.edit')}
            </Menu.Item>
            <Menu.Item
              leftSection={<IconArrowMerge size={16} aria-hidden />}
              disabled={list.length < 2}
              onClick={() => setDialog({ kind: 'merge', organisation: o })}
            >
              {t('organisations.mergeInto')}
            </Menu.Item>
          </Menu.Dropdown>
        </Menu>
      ),
    },
  ];

  return (
    <Stack gap="md">
      <PageHeader
        title={t('organisations.title')}
        status={
          loaded &&
          !error &&
          list.length > 0 &&
          (filtering
            ? t('organisations.matches', { count: rows.length, total: list.length })
            : t('organisations.count', { count: list.length }))
        }
        actions={
          <Button
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => setDialog({ kind: 'create' })}
          >
            {t('organisations.new')}
          </Button>
        }
      />
      {error && (
        <Alert color="red" role="alert" title={t('organisations.loadFailed')}>
          {errorText(error)}
        </Alert>
      )}
      {!loaded && <Loader aria-label={t('common.loading')} />}
      {loaded && !error && list.length === 0 && (
        <ListEmptyState
          icon={<IconBuildingCommunity size={28} aria-hidden />}
          title={t('organisations.empty.title')}
          body={t('organisations.empty.body')}
          action={
            <Button variant="light" onClick={() => setDialog({ kind: 'create' })}>
              {t('organisations.empty.create')}
            </Button>
          }
        />
      )}
      {list.length > 0 && (
        <>
          <Group align="flex-end">
            <TextInput
              type="search"
              label={t('organisations.search')}
              placeholder={t('organisations.searchPlaceholder')}
              leftSection={<IconSearch size={16} aria-hidden />}
              value={query}
              onChange={(e) => setQuery(e.currentTarget.value)}
              w={360}
            />
            <Select
              label={t('organisations.typeFilter')}
              placeholder={t('organisations.allTypes')}
              clearable
              data={ORGANISATION_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))}
              value={type}
              onChange={setType}
              w={260}
            />
          </Group>
          {rows.length === 0 ? (
            <ListEmptyState
              icon={<IconSearch size={26} aria-hidden />}
              title={t('organisations.noMatch.title')}
              body={t('organisations.noMatch.body')}
              action={
                <Button
                  variant="default"
                  onClick={() => {
                    setQuery('');
                    setType(null);
                  }}
                >
                  {t('organisations.noMatch.clear')}
                </Button>
              }
            />
          ) : (
            <VirtualTable
              label={t('organisations.tableLabel')}
              rows={rows}
              columns={columns}
              rowKey={(o) => o.id}
              onOpen={(o) => navigate(`/organisations/${o.id}`)}
              height="calc(100dvh - 18rem)"
              resetKey={`${needle}|${type ?? ''}`}
              minWidth="60rem"
            />
          )}
        </>
      )}
      {dialog?.kind === 'create' && (
        <OrganisationFormModal organisation={null} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'edit' && (
        <OrganisationFormModal organisation={dialog.organisation} onClose={() => setDialog(null)} />
      )}
      {dialog?.kind === 'merge' && (
        <MergeOrganisationModal
          source={dialog.organisation}
          list={list}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
