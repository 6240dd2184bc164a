import { useRef } from 'react';
import {
  Alert,
  Button,
  Group,
  List,
  Stack,
  Text,
  TextInput,
  Textarea,
  Tooltip,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  PLACEHOLDERS,
  type DocumentKind,
  type TemplateProblem,
} from '../../../../../shared/domain/document-template';
import classes from './documents.module.css';

export interface Draft {
  body: string;
  signatoryName: string;
  signatoryTitle: string;
}

interface Props {
  kind: DocumentKind;
  draft: Draft;
  problems: readonly TemplateProblem[];
  onChange(draft: Draft): void;
}

/** A problem as the sentence the user reads: "Line 4: “{dyas}” is not a placeholder…". */
export function useProblemText() {
  const { t } = useTranslation();
  return (problem: TemplateProblem) => {
    const { code, ...params } = problem;
    return t(`errors.template.${code}`, {
      ...params,
      ...('placeholder' in params ? { placeholder: `{${params.placeholder}}` } : {}),
    });
  };
}

/**
 * The template's text, with the placeholders it may use beside it (a click writes one where the
 * cursor is), its problems named with their line, and the signatory under the signature.
 */
export function TemplateEditor({ kind, draft, problems, onChange }: Props) {
  const { t } = useTranslation();
  const area = useRef<HTMLTextAreaElement>(null);
  const problemText = useProblemText();

  const insert = (placeholder: string) => {
    const el = area.current;
    const text = `{${placeholder}}`;
    const start = el?.selectionStart ?? draft.body.length;
    const end = el?.selectionEnd ?? start;
    onChange({ ...draft, body: draft.body.slice(0, start) + text + draft.body.slice(end) });
    // Put the cursor after what was written, once React has updated the text.
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(start + text.length, start + text.length);
    });
  };

  return (
    <Stack gap="sm">
      <Textarea
        ref={area}
        className={classes.editor}
        label={t('reports.templates.text')}
        description={t('reports.templates.syntax')}
        autosize
        minRows={14}
        maxRows={30}
        value={draft.body}
        error={problems.length > 0}
        aria-describedby={problems.length > 0 ? 'template-problems' : undefined}
        onChange={(e) => onChange({ ...draft, body: e.currentTarget.value })}
        spellCheck
      />
      {problems.length > 0 && (
        <Alert
          color="red"
          id="template-problems"
          role="alert"
          title={t('reports.templates.problems')}
        >
          <List size="sm">
            {problems.map((p, i) => (
              <List.Item key={i}>{problemText(p)}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="placeholders-label">
          {t('reports.templates.placeholders')}
        </Text>
        <Group gap={6} role="group" aria-labelledby="placeholders-label">
          {PLACEHOLDERS[kind].map((p) => (
            <Tooltip key={p} label={t(`reports.templates.placeholder.${p}`)} openDelay={300}>
              <Button
                size="compact-xs"
                variant="light"
                ff="monospace"
                onClick={() => insert(p)}
                aria-label={t('reports.templates.insert', {
                  placeholder: `{${p}}`,
                  meaning: t(`reports.templates.placeholder.${p}`),
                })}
              >
                {`{${p}}`}
              </Button>
            </Tooltip>
          ))}
        </Group>
      </Stack>
      <Group grow align="flex-start">
        <TextInput
          label={t('reports.templates.signatoryName')}
          value={draft.signatoryName}
          maxLength={200}
          onChange={(e) => onChange({ ...draft, signatoryName: e.currentTarget.value })}
        />
        <TextInput
          label={t('reports.templates.signatoryTitle')}
          value={draft.signatoryTitle}
          maxLength={300}
          onChange={(e) => onChange({ ...draft, signatoryTitle: e.currentTarget.value })}
        />
      </Group>
    </Stack>
  );
}
