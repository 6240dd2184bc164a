import { useEffect, useRef, useState } from 'react';
import { Anchor, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'wouter';
import { call, onBackendEvent } from '../../lib/api';
import { useMeetingList } from '../meetings/meetings.store';
import { STEPS, useImportStore, type ProgressEvent } from './imports.store';
import { FileStep } from './FileStep';
import { PreviewStep } from './PreviewStep';
import { MappingStep } from './MappingStep';
import { ValuesStep } from './ValuesStep';
import { CheckStep } from './CheckStep';
import { ImportStep } from './ImportStep';
import { WizardAlert } from './WizardAlert';
import classes from './imports.module.css';

/** Import from a spreadsheet: file, preview, columns, check, import; nothing is written before the last. */
export function ImportPage() {
  const { t } = useTranslation();
  const meetingId = Number(useParams<{ id: string }>().id);
  const [title, setTitle] = useState('');
  useMeetingList();
  const step = useImportStore((s) => s.step);
  // The furthest step the registrar may go back to: what the backend has answered so far.
  const reached = useImportStore((s) =>
    STEPS.indexOf(
      s.result
        ? 'import'
        : s.report
          ? 'check'
          : s.inspection
            ? 'mapping'
            : s.file
              ? 'preview'
              : 'file',
    ),
  );
  const goTo = useImportStore((s) => s.goTo);

  useEffect(() => {
    useImportStore.getState().open(meetingId);
    void call('meetings.get', { id: meetingId }).then((r) => r.ok && setTitle(r.value.title));
    return onBackendEvent((event, payload) => {
      if (event === 'job.progress') useImportStore.getState().progress(payload as ProgressEvent);
    });
  }, [meetingId]);

  // Keyboard and screen-reader users land on the new step, not on the button that led there.
  const stepRef = useRef<HTMLDivElement>(null);
  const firstStep = useRef(true);
  useEffect(() => {
    if (firstStep.current) firstStep.current = false;
    else stepRef.current?.focus();
  }, [step]);

  const active = STEPS.indexOf(step);
  const locked = useImportStore((s) => s.job !== null || s.result !== null);
  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Anchor component={Link} href={`/meetings/${meetingId}/participants`} size="sm">
          <Group gap={4}>
            <IconArrowLeft size={14} aria-hidden />
            {t('imports.backToParticipants')}
          </Group>
        </Anchor>
        <Title order={2}>{t('imports.title')}</Title>
        {title && <Text c="dimmed">{t('imports.intoMeeting', { title })}</Text>}
      </Stack>
      <nav aria-label={t('imports.stepsLabel')}>
        <Stepper
          active={active}
          onStepClick={(i) => goTo(STEPS[i]!)}
          allowNextStepsSelect={false}
          size="sm"
        >
          {STEPS.map((s, i) => (
            <Stepper.Step
              key={s}
              label={t(`imports.steps.${s}`)}
              allowStepSelect={!locked && i < active && i <= reached}
              aria-current={i === active ? 'step' : undefined}
            />
          ))}
        </Stepper>
      </nav>
      <WizardAlert />
      <div
        ref={stepRef}
        tabIndex={-1}
        role="region"
        aria-label={t(`imports.steps.${step}`)}
        className={classes.step}
      >
        {step === 'file' && <FileStep meetingId={meetingId} />}
        {step === 'preview' && <PreviewStep />}
        {step === 'mapping' && <MappingStep />}
        {step === 'values' && <ValuesStep />}
        {step === 'check' && <CheckStep />}
        {step === 'import' && <ImportStep meetingId={meetingId} />}
      </div>
    </Stack>
  );
}
