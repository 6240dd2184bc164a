import { useId, useState, type DragEvent } from 'react';
import { Button, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconFileSpreadsheet } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { IMPORT_MAX_MB } from '../../../../shared/domain/imports';
import { useImportStore } from './imports.store';
import { JobProgress } from './JobProgress';
import { LastImport } from './LastImport';
import classes from './imports.module.css';

const ACCEPT =
  '.csv,.tsv,.txt,.xlsx,text/csv,text/plain,text/tab-separated-values,' +
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Step 1: pick the file with the button (keyboard) or drop it on the area (mouse). */
export function FileStep({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation();
  const inputId = useId();
  const titleId = useId();
  const hintId = useId();
  const [dragging, setDragging] = useState(false);
  const chooseFile = useImportStore((s) => s.chooseFile);
  const busy = useImportStore((s) => s.job !== null);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && !busy) void chooseFile(file);
  };

  return (
    <Stack>
      <section
        className={classes.dropArea}
        data-dragging={dragging}
        aria-labelledby={titleId}
        aria-describedby={hintId}
        onDragOver={(e) => {
          e.preventDefault();
          e.dataTransfer.dropEffect = 'copy';
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Stack align="center" gap="sm">
          <ThemeIcon variant="light" size={48} radius="xl">
            <IconFileSpreadsheet size={26} aria-hidden />
          </ThemeIcon>
          <Text fw={600} id={titleId}>
            {t('imports.file.dropTitle')}
          </Text>
          <Text size="sm" c="dimmed">
            {t('imports.file.or')}
          </Text>
          <div>
            <input
              id={inputId}
              className={classes.fileInput}
              type="file"
              accept={ACCEPT}
              disabled={busy}
              aria-describedby={hintId}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) void chooseFile(file);
              }}
            />
            <Button component="label" htmlFor={inputId} disabled={busy}>
              {t('imports.file.choose')}
            </Button>
          </div>
          <Text size="sm" c="dimmed" id={hintId}>
            {t('imports.file.hint', { max: IMPORT_MAX_MB })}
          </Text>
        </Stack>
      </section>
      <JobProgress />
      <LastImport meetingId={meetingId} />
    </Stack>
  );
}
