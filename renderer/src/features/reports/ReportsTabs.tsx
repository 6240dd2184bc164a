import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

/** The reports' two screens, as tabs that are links (each has its own address). */
export function ReportsTabs({
  meetingId,
  active,
}: {
  meetingId: number;
  active: 'dashboard' | 'exports';
}) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const base = `/meetings/${meetingId}/reports`;
  return (
    <Tabs
      value={active}
      onChange={(value) => navigate(value === 'exports' ? `${base}/exports` : base)}
      aria-label={t('reports.tabs.label')}
    >
      <Tabs.List>
        <Tabs.Tab value="dashboard">{t('reports.tabs.dashboard')}</Tabs.Tab>
        <Tabs.Tab value="exports">{t('reports.tabs.exports')}</Tabs.Tab>
      </Tabs.List>
    </Tabs>
  );
}
