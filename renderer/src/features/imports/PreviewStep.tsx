import { Button, Group, NativeSelect, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DELIMITERS,
  ENCODINGS,
  type Delimiter,
  type Encoding,
} from '../../../../shared/domain/imports';
import { useImportStore } from './imports.store';
import { JobProgress } from './JobProgress';
import classes from './imports.module.css';

const DELIMITER_KEYS: Record<Delimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** Step 2: the file as it was read, with what was detected and can be corrected. */
export function PreviewStep() {
  const { t } = useTranslation();
  const inspection = useImportStore((s) => s.inspection);
  const fileName = useImportStore((s) => s.file?.name ?? '');
  const busy = useImportStore((s) => s.job !== null);
  const setOptions = useImportStore((s) => s.setOptions);
  const goTo = useImportStore((s) => s.goTo);
  if (!inspection) return null;
  const { headers, preview } = inspection;

  return (
    <Stack>
      <Text>
        {t('imports.preview.summary', {
          name: fileName,
          rows: inspection.rowCount,
          columns: headers.length,
        })}
      </Text>
      <Group align="flex-end">
        {inspection.format === 'csv' ? (
          <>
            <NativeSelect
              label={t('imports.preview.encoding')}
              value={inspection.encoding ?? ''}
              disabled={busy}
              data={ENCODINGS.map((e) => ({ value: e, label: t(`imports.encodings.${e}`) }))}
              onChange={(e) => void setOptions({ encoding: e.currentTarget.value as Encoding })}
            />
            <NativeSelect
              label={t('imports.preview.delimiter')}
              value={inspection.delimiter ?? ''}
              disabled={busy}
              data={DELIMITERS.map((d) => ({
                value: d,
                label: t(`imports.delimiters.${DELIMITER_KEYS[d]}`),
              }))}
              onChange={(e) => void setOptions({ delimiter: e.currentTarget.value as Delimiter })}
            />
          </>
        ) : (
          <NativeSelect
            label={t('imports.preview.sheet')}
            value={inspection.sheet ?? ''}
            disabled={busy}
            data={inspection.sheets}
            onChange={(e) => void setOptions({ sheet: e.currentTarget.value })}
          />
        )}
      </Group>
      <Text size="sm" c="dimmed">
        {t('imports.preview.hint')}
      </Text>
      <JobProgress />
      <ScrollArea type="auto" offsetScrollbars>
        <Table striped withTableBorder withColumnBorders fz="sm">
          <Table.Caption>{t('imports.preview.caption', { count: preview.length })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('imports.preview.row')}</Table.Th>
              {headers.map((h, i) => (
                <Table.Th key={i} scope="col" className={classes.previewCell}>
                  {h || t('imports.preview.untitled', { n: i + 1 })}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td>{inspection.previewRows[r]}</Table.Td>
                {headers.map((_, c) => (
                  <Table.Td key={c} className={classes.previewCell} title={row[c]}>
                    {row[c]}
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea>
      <Group>
        <Button variant="default" onClick={() => goTo('file')} disabled={busy}>
          {t('imports.preview.another')}
        </Button>
        <Button onClick={() => goTo('mapping')} disabled={busy}>
          {t('imports.preview.next')}
        </Button>
      </Group>
    </Stack>
  );
}
