import { useEffect, useMemo, useState } from 'react';
import {
  Badge,
  Button,
  Grid,
  Group,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useParams } from 'wouter';
import { parseTemplate, type DocumentKind } from '../../../../../shared/domain/document-template';
import { call } from '../../../lib/api';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { errorText } from '../../../ui/errors';
import { FormAlert } from '../../../ui/FormAlert';
import { showUndoable } from '../../participants/undo-notification';
import { ReportsPageHeader, ReportsPending } from '../ReportsPageHeader';
import { DocumentImages } from './DocumentImages';
import { DocumentPreview, type Preview } from './DocumentPreview';
import { TemplateEditor, type Draft } from './TemplateEditor';
import { useTemplates } from './use-templates';

type Language = 'en' | 'fr';
const key = (kind: DocumentKind, language: Language) => `${kind}.${language}`;

/**
 * The templates of certificates and visa letters, in English and French: the text with its
 * placeholders, the signatory, the letterhead and signature images, and a preview filled for a
 * real person of the meeting as the text is typed.
 */
export function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const { templates, error } = useTemplates(meetingId);
  const [kind, setKind] = useState<DocumentKind>('certificate');
  const [language, setLanguage] = useState<Language>(i18n.language.startsWith('fr') ? 'fr' : 'en');
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [person, setPerson] = useState<Record<string, number | undefined>>({});
  const [preview, setPreview] = useState<Preview | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);

  const saved = templates?.templates.find((x) => x.kind === kind && x.language === language);
  const ownDraft = drafts[key(kind, language)];
  const draft: Draft | null = useMemo(
    () =>
      ownDraft ??
      (saved
        ? {
            body: saved.body,
            signatoryName: saved.signatoryName,
            signatoryTitle: saved.signatoryTitle,
          }
        : null),
    [ownDraft, saved],
  );
  const dirty =
    !!saved &&
    !!draft &&
    (draft.body !== saved.body ||
      draft.signatoryName !== saved.signatoryName ||
      draft.signatoryTitle !== saved.signatoryTitle);
  const problems = useMemo(
    () => (draft ? parseTemplate(draft.body, kind).problems : []),
    [draft, kind],
  );
  const chosenPerson = person[kind];

  // The preview follows the text a quarter of a second after typing stops.
  useEffect(() => {
    if (!draft) return;
    let live = true;
    const timer = setTimeout(() => {
      void call('reports.previewDocument', {
        meetingId,
        kind,
        language,
        body: draft.body,
        ...(chosenPerson ? { registrationId: chosenPerson } : {}),
      }).then((r) => live && r.ok && setPreview(r.value));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [meetingId, kind, language, draft, chosenPerson, templates]);

  const header = (
    <ReportsPageHeader
      title={t('reports.templates.title')}
      meetingId={meetingId}
      active="documents"
    />
  );
  if (error || !templates || !draft || !saved)
    return <ReportsPending header={header} error={error} />;

  const setDraft = (next: Draft) => {
    setFormError(null);
    setDrafts((d) => ({ ...d, [key(kind, language)]: next }));
  };
  const forget = () =>
    setDrafts((d) => {
      const { [key(kind, language)]: _dropped, ...rest } = d;
      return rest;
    });

  const save = async () => {
    setSaving(true);
    const result = await call('reports.saveTemplate', { meetingId, kind, language, ...draft });
    setSaving(false);
    if (!result.ok) {
      setFormError(errorText(result.error));
      return;
    }
    forget();
    notifications.show({ color: 'green', message: t('reports.templates.saved') });
  };

  const reset = async () => {
    setConfirmReset(false);
    const result = await call('reports.resetTemplate', { meetingId, kind, language });
    if (!result.ok) {
      setFormError(errorText(result.error));
      return;
    }
    forget();
    const { previous } = result.value;
    showUndoable(t('reports.templates.resetDone'), t('reports.templates.undo'), () => {
      void call('reports.saveTemplate', {
        meetingId,
        kind: previous.kind,
        language: previous.language,
        body: previous.body,
        signatoryName: previous.signatoryName,
        signatoryTitle: previous.signatoryTitle,
      });
    });
  };

  const images = templates.images;
  return (
    <Stack gap="lg">
      {header}
      <Text size="sm" c="dimmed" maw={900}>
        {t('reports.templates.intro')}
      </Text>
      <Group gap="lg">
        <SegmentedControl
          aria-label={t('reports.templates.kind')}
          value={kind}
          onChange={(v) => setKind(v as DocumentKind)}
          data={(['certificate', 'visaLetter'] as const).map((k) => ({
            value: k,
            label: t(`reports.templates.kinds.${k}`),
          }))}
        />
        <SegmentedControl
          aria-label={t('reports.templates.language')}
          value={language}
          onChange={(v) => setLanguage(v as Language)}
          data={(['en', 'fr'] as const).map((l) => ({ value: l, label: t(`languages.${l}`) }))}
        />
        <Badge variant="light" color={dirty ? 'orange' : saved.custom ? 'blue' : 'gray'}>
          {t(
            dirty
              ? 'reports.templates.unsaved'
              : saved.custom
                ? 'reports.templates.custom'
                : 'reports.templates.builtInText',
          )}
        </Badge>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="sm">
            <TemplateEditor kind={kind} draft={draft} problems={problems} onChange={setDraft} />
            <FormAlert message={formError} />
            <Group gap="xs">
              <Button
                onClick={() => void save()}
                loading={saving}
                disabled={!dirty || problems.length > 0}
              >
                {t('reports.templates.save')}
              </Button>
              <Button variant="default" onClick={forget} disabled={!dirty}>
                {t('reports.templates.discard')}
              </Button>
              <Button
                variant="subtle"
                onClick={() => setConfirmReset(true)}
                disabled={!saved.custom}
              >
                {t('reports.templates.reset')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('reports.templates.preview')}
            </Title>
            {preview && preview.people.length > 0 ? (
              <Select
                label={t('reports.templates.previewFor')}
                searchable
                value={String(preview.person?.registrationId ?? '')}
                data={preview.people.map((p) => ({
                  value: String(p.registrationId),
                  label: p.name,
                }))}
                onChange={(v) => v && setPerson((p) => ({ ...p, [kind]: Number(v) }))}
                allowDeselect={false}
                limit={200}
              />
            ) : (
              preview && (
                <Text size="sm" c="dimmed">
                  {t(`reports.templates.nobody.${kind}`)}
                </Text>
              )
            )}
            <DocumentPreview
              preview={preview}
              letterhead={images.find((i) => i.role === 'letterhead')}
              signature={images.find((i) => i.role === 'signature')}
              signatoryName={draft.signatoryName}
              signatoryTitle={draft.signatoryTitle}
              centred={kind === 'certificate'}
            />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack gap="xs">
        <Title order={3} size="h5">
          {t('reports.templates.images')}
        </Title>
        <DocumentImages meetingId={meetingId} images={images} />
      </Stack>
      <ConfirmDialog
        opened={confirmReset}
        title={t('reports.templates.resetTitle')}
        confirmLabel={t('reports.templates.resetConfirm')}
        onConfirm={() => void reset()}
        onCancel={() => setConfirmReset(false)}
      >
        <Text size="sm">{t('reports.templates.resetBody')}</Text>
      </ConfirmDialog>
    </Stack>
  );
}
