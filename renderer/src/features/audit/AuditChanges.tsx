import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { auditChangeText } from '../../../../shared/domain/audit-text';
import type { AuditEntry } from './use-audit-log';

/** The fields an entry changed, one per line; values taken out for privacy say so. */
export function AuditChanges({ entry, timeZone }: { entry: AuditEntry; timeZone: string }) {
  const { t, i18n } = useTranslation();
  if (entry.changes.length === 0) return null;
  return (
    <List size="sm" listStyleType="none" spacing={2}>
      {entry.changes.map((change, i) => (
        <List.Item key={`${change.field}-${i}`}>
          <Text
            size="sm"
            fs={change.removed ? 'italic' : undefined}
            c={change.removed ? 'dimmed' : undefined}
          >
            {auditChangeText(change, t, i18n.language, timeZone)}
          </Text>
        </List.Item>
      ))}
    </List>
  );
}
