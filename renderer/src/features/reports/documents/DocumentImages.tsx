import { useRef, useState } from 'react';
import { Button, Group, Image, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPhotoUp, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { DocumentImage } from '../../../../../shared/api/reports-documents';
import {
  IMAGE_ROLES,
  MAX_IMAGE_BYTES,
  type ImageRole,
} from '../../../../../shared/domain/document-images';
import { call } from '../../../lib/api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { errorText } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { megabytes, readAsBase64 } from '../../imports/file-reading';
import classes from './documents.module.css';

/** The letterhead and the signature: chosen from a file, checked by the backend, removable. */
export function DocumentImages({
  meetingId,
  images,
}: {
  meetingId: number;
  images: readonly DocumentImage[];
}) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
      {IMAGE_ROLES.map((role) => (
        <ImageSlot
          key={role}
          meetingId={meetingId}
          role={role}
          image={images.find((i) => i.role === role)}
          title={t(`reports.templates.image.${role}`)}
        />
      ))}
    </SimpleGrid>
  );
}

function ImageSlot(props: {
  meetingId: number;
  role: ImageRole;
  image: DocumentImage | undefined;
  title: string;
}) {
  const { t, i18n } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { image, role } = props;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    // A huge file is refused before it is read into the page at all.
    if (file.size > MAX_IMAGE_BYTES) {
      setError(
        t('errors.image.tooLarge', {
          name: file.name,
          size: megabytes(file.size, i18n.language),
          max: MAX_IMAGE_BYTES / 1024 / 1024,
        }),
      );
      return;
    }
    setBusy(true);
    const picked = await readAsBase64(file);
    const result = await call('reports.setImage', {
      meetingId: props.meetingId,
      role,
      file: { name: picked.name, base64: picked.base64 },
    });
    setBusy(false);
    if (!result.ok) setError(errorText(result.error));
    else
      notifications.show({
        color: 'green',
        message: t('reports.templates.image.saved', { name: file.name }),
      });
  };

  const remove = async () => {
    setConfirming(false);
    const result = await call('reports.removeImage', { meetingId: props.meetingId, role });
    if (!result.ok) setError(errorText(result.error));
  };

  return (
    <Paper withBorder p="sm" component="section" aria-label={props.title}>
      <Stack gap="xs">
        <Title order={4} size="h6">
          {props.title}
        </Title>
        <Text size="xs" c="dimmed">
          {t(`reports.templates.image.${role}Hint`)}
        </Text>
        {image ? (
          <Group gap="sm" wrap="nowrap">
            <Image src={image.dataUrl} alt={props.title} className={classes.thumbnail} />
            <Text size="xs" c="dimmed">
              {image.size < 1024 * 1024
                ? t('reports.templates.image.detailsKb', {
                    name: image.fileName,
                    width: image.width,
                    height: image.height,
                    size: Math.ceil(image.size / 1024),
                  })
                : t('reports.templates.image.detailsMb', {
                    name: image.fileName,
                    width: image.width,
                    height: image.height,
                    size: megabytes(image.size, i18n.language),
                  })}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('reports.templates.image.none')}
          </Text>
        )}
        <FormAlert message={error} />
        <Group gap="xs">
          <input
            ref={input}
            type="file"
            accept="image/png,image/jpeg"
            hidden
            aria-label={t(`reports.templates.image.choose.${role}`)}
            onChange={(e) => {
              void choose(e.currentTarget.files?.[0]);
              e.currentTarget.value = '';
            }}
          />
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPhotoUp size={14} aria-hidden />}
            loading={busy}
            onClick={() => input.current?.click()}
          >
            {image
              ? t(`reports.templates.image.replace.${role}`)
              : t(`reports.templates.image.choose.${role}`)}
          </Button>
          {image && (
            <Button
              size="xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={14} aria-hidden />}
              onClick={() => setConfirming(true)}
            >
              {t(`reports.templates.image.remove.${role}`)}
            </Button>
          )}
        </Group>
      </Stack>
      <ConfirmDialog
        opened={confirming}
        title={t(`reports.templates.image.removeTitle.${role}`)}
        confirmLabel={t('reports.templates.image.removeConfirm')}
        danger
        onConfirm={() => void remove()}
        onCancel={() => setConfirming(false)}
      >
        <Text size="sm">{t('reports.templates.image.removeBody')}</Text>
      </ConfirmDialog>
    </Paper>
  );
}
