import { useEffect } from 'react';
import { Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleX, type Icon } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { outcomeTone, type OutcomeTone } from '../../../../../shared/domain/attendance';
import { formatInstant } from '../../../../../shared/domain/time';
import { errorText } from '../../../ui/errors';
import { formatClock } from '../attendance-format';
import { useDeskStore, type DeskAnswer } from './desk.store';
import { DeskCard } from './DeskCard';
import { playTone } from './desk-sounds';
import classes from './desk.module.css';

const ICONS: Record<OutcomeTone, Icon> = {
  success: IconCircleCheck,
  notice: IconAlertTriangle,
  refusal: IconCircleX,
};

/** The line under the word: when, why, and what to do. */
function useDetail(answer: DeskAnswer, query: string): string | null {
  const { t, i18n } = useTranslation();
  const timeZone = useDeskStore((s) => s.info?.meeting.timeZone ?? 'UTC');
  const time = (iso: string | null) => (iso ? formatClock(iso, timeZone) : '');
  switch (answer.outcome) {
    case 'checked_in':
      return answer.repeat
        ? t('attendance.detail.repeat', { time: time(answer.checkedInAt) })
        : t('attendance.detail.at', { time: time(answer.checkedInAt) });
    case 'checked_out':
      return t('attendance.detail.outAt', { time: time(answer.checkedOutAt) });
    case 'already':
      return t('attendance.detail.already', { time: time(answer.checkedInAt) });
    case 'not_registered':
      return answer.otherMeeting
        ? t(
            answer.matches.length
              ? 'attendance.detail.otherMeetingHere'
              : 'attendance.detail.otherMeeting',
            {
              title: answer.otherMeeting,
            },
          )
        : null;
    case 'reissued':
      return t('attendance.detail.reissued', {
        when: answer.replacedAt ? formatInstant(answer.replacedAt, timeZone, i18n.language) : '',
      });
    case 'unreadable':
      return t(`attendance.detail.unreadable.${answer.unreadable ?? 'not_a_badge'}`);
    case 'no_match':
      return t('attendance.detail.noMatch', { query });
    default:
      return t(`attendance.detail.${answer.outcome}`, { defaultValue: '' }) || null;
  }
}

/** The answer to the last Enter: unmistakable in colour, word and sound. */
export function DeskAnswerPanel() {
  const { t } = useTranslation();
  const answer = useDeskStore((s) => s.answer);
  const error = useDeskStore((s) => s.error);
  const seq = useDeskStore((s) => s.answerSeq);
  const query = useDeskStore((s) => s.answerQuery);
  const muted = useDeskStore((s) => s.muted);
  const tone: OutcomeTone | null = answer ? outcomeTone(answer.outcome) : error ? 'refusal' : null;

  useEffect(() => {
    if (tone && seq > 0 && !muted) playTone(tone);
    // Once per answer: the sequence number changes even when the same answer comes twice.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [seq]);

  if (!answer && !error)
    return (
      <Text c="dimmed" size="lg" ta="center" py="xl">
        {t('attendance.desk.ready')}
      </Text>
    );
  const ToneIcon = ICONS[tone!];
  const layoutNote =
    answer?.layout &&
    t('attendance.detail.layout', { layout: t(`attendance.layout.${answer.layout}`) });
  return (
    <div
      className={classes.answer}
      data-testid="desk-answer"
      data-outcome={answer?.outcome ?? 'error'}
      data-tone={tone}
      data-seq={seq}
    >
      <Group gap="md" wrap="nowrap" align="center">
        <ToneIcon size={56} aria-hidden />
        <div role="status" aria-live="assertive" aria-atomic>
          <div className={classes.word}>
            {answer ? t(`attendance.outcome.${answer.outcome}`) : t('attendance.outcome.error')}
          </div>
          <AnswerDetail
            answer={answer}
            query={query}
            errorMessage={error ? errorText(error) : null}
          />
          {layoutNote && <Text size="sm">{layoutNote}</Text>}
        </div>
      </Group>
      {answer?.card && <DeskCard card={answer.card} checkedIn={answer.outcome === 'checked_in'} />}
    </div>
  );
}

function AnswerDetail(props: {
  answer: DeskAnswer | null;
  query: string;
  errorMessage: string | null;
}) {
  if (!props.answer) return <Text size="xl">{props.errorMessage}</Text>;
  return <Detail answer={props.answer} query={props.query} />;
}

function Detail({ answer, query }: { answer: DeskAnswer; query: string }) {
  const detail = useDetail(answer, query);
  return detail ? <Text size="xl">{detail}</Text> : null;
}
