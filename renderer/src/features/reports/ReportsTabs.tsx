import { Tabs } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';

export type ReportsTab = 'dashboard' | 'exports' | 'documents' | 'visaLetters';

const PATHS: Record<ReportsTab, string> = {
  dashboard: '',
  exports: '/exports',
  documents: '/documents',
  visaLetters: '/visa-letters',
};

/** The reports' screens, as tabs that are links (each has its own address). */
export function ReportsTabs({ meetingId, active }: { meetingId: number; active: ReportsTab }) {
  const { t } = useTranslation();
  const [, navigate] = useLocation();
  const base = `/meetings/${meetingId}/reports`;
  return (
    <Tabs
      value={active}
      onChange={(value) => navigate(`${base}${PATHS[(value as ReportsTab | null) ?? 'dashboard']}`)}
      aria-label={t('reports.tabs.label')}
    >
      <Tabs.List>
        {(Object.keys(PATHS) as ReportsTab[]).map((tab) => (
          <Tabs.Tab key={tab} value={tab}>
            {t(`reports.tabs.${tab}`)}
          </Tabs.Tab>
        ))}
      </Tabs.List>
    </Tabs>
  );
}
