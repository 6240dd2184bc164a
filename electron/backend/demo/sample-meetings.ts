import type { MeetingFields } from '../meetings/meetings.repo';

/** The reference meetings of shared/SCENARIO.md, as an organiser would type them. */
export const SAMPLE_PROGRAMME: MeetingFields = {
  title: 'West Africa and Sahel Anti-Trafficking Programme — Launch Conference',
  kind: 'conference',
  venue: 'King Fahd Palace Hotel',
  city: 'Dakar',
  countryCode: 'SN',
  startDate: '2026-03-10',
  endDate: '2026-03-11',
  timeZone: 'Africa/Dakar',
  languages: ['fr', 'en'],
  description:
    'Launch of the regional programme against trafficking in human beings in West Africa and the Sahel, ' +
    'under which the operational and working-group meetings are held.',
  parentId: null,
  retentionDate: null,
};

export const SAMPLE_SPECIALISTS_GROUP: MeetingFields = {
  title: 'Specialists Group on Crimes against Children — Annual Meeting',
  kind: 'specialists_group',
  venue: 'General Secretariat',
  city: 'Lyon',
  countryCode: 'FR',
  startDate: '2026-11-14',
  endDate: '2026-11-17',
  timeZone: 'Europe/Paris',
  languages: ['en', 'fr'],
  description:
    'Four days of plenary sessions, case studies and regional workshops on online child sexual abuse: ' +
    'identifying victims and offenders, disrupting the networks that produce and circulate abuse ' +
    'material, prevention, the Darknet, and an award to a civil-society network active in 93 countries.',
  parentId: null,
  retentionDate: null,
};

export const SAMPLE_WORKING_GROUP: Omit<MeetingFields, 'parentId'> = {
  title: 'Regional Working Group on Human Trafficking — West Africa and the Sahel',
  kind: 'working_group',
  venue: 'Palais des Congrès',
  city: 'Cotonou',
  countryCode: 'BJ',
  startDate: '2026-09-22',
  endDate: '2026-09-24',
  timeZone: 'Africa/Porto-Novo',
  languages: ['fr', 'en'],
  description:
    'Follow-up to the multi-country operation against human trafficking (Chad, Mali, Mauritania, Niger, ' +
    'Senegal): outcomes of the operation, country reports, exchange of good and less good practices, ' +
    'and the way forward on prevention, protection and prosecution.',
  retentionDate: null,
};
