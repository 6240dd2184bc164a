import { Alert, Box, Image, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Output } from '../../../../../shared/api';
import type { DocumentImage } from '../../../../../shared/api/reports-documents';
import classes from './documents.module.css';

export type Preview = Output<'reports.previewDocument'>;

interface Props {
  preview: Preview | null;
  letterhead: DocumentImage | undefined;
  signature: DocumentImage | undefined;
  signatoryName: string;
  signatoryTitle: string;
  /** Certificates are centred, letters read from the left. */
  centred: boolean;
}

/**
 * The document as it will be printed, for one person: a page with the letterhead, the filled
 * text and the signature. The same blocks the PDF is laid out from, so what is read here is what
 * is printed.
 */
export function DocumentPreview(props: Props) {
  const { t } = useTranslation();
  const { preview } = props;
  const align = props.centred ? 'center' : 'left';
  return (
    <Stack gap="xs">
      {preview && preview.missing.length > 0 && (
        <Alert color="yellow" variant="light">
          {t('reports.templates.missing', {
            name: preview.person?.name ?? '',
            placeholders: preview.missing.map((p) => `{${p}}`).join(', '),
          })}
        </Alert>
      )}
      <Paper
        withBorder
        shadow="xs"
        className={classes.page}
        role="document"
        aria-label={t('reports.templates.previewLabel')}
      >
        {props.letterhead && (
          <Image
            src={props.letterhead.dataUrl}
            alt={t('reports.templates.image.letterhead')}
            className={classes.letterhead}
          />
        )}
        <Stack gap={4} mt={props.letterhead ? 'md' : 'xl'}>
          {preview?.blocks.map((block, i) =>
            block.kind === 'gap' ? (
              <Box key={i} h={10} />
            ) : block.kind === 'title' ? (
              <Title key={i} order={3} ta="center" c="#1c5d99">
                {block.text}
              </Title>
            ) : (
              <Text key={i} size="sm" ta={align}>
                {block.kind === 'item' && !props.centred ? `•\u00a0 ${block.text}` : block.text}
              </Text>
            ),
          )}
        </Stack>
        {(props.signature || props.signatoryName || props.signatoryTitle) && (
          <Stack gap={2} mt="lg" align={props.centred ? 'center' : 'flex-start'}>
            {props.signature && (
              <Image
                src={props.signature.dataUrl}
                alt={t('reports.templates.image.signature')}
                className={classes.signature}
              />
            )}
            {props.signatoryName && (
              <Text size="sm" fw={700}>
                {props.signatoryName}
              </Text>
            )}
            {props.signatoryTitle && (
              <Text size="xs" c="dimmed">
                {props.signatoryTitle}
              </Text>
            )}
          </Stack>
        )}
      </Paper>
    </Stack>
  );
}
