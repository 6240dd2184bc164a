/**
 * The words printed on badges, in the meeting's working languages: a badge is read by people of
 * every delegation, so its labels carry each working language Plenary has words for, side by side
 * ("Delegate · Délégué"). Names, organisations and countries are the person's, printed once.
 */
import en from '../../../../shared/i18n/en.json' with { type: 'json' };
import fr from '../../../../shared/i18n/fr.json' with { type: 'json' };
import type { Gender, PoliceRegion, Role } from '../../../../shared/domain/people';
import { badgeLanguages, type BadgeLanguage } from '../../../../shared/domain/badges';

type DocumentLabels = typeof en.attendance.badges.document;

const LABELS: Record<BadgeLanguage, DocumentLabels> = {
  en: en.attendance.badges.document,
  fr: fr.attendance.badges.document,
};
const REGIONS: Record<BadgeLanguage, Record<PoliceRegion, string>> = {
  en: en.region,
  fr: fr.region,
};

/** One text per language, the same ones said once ("VIP", "Europe"), joined with a middle dot. */
function joined(texts: string[]): string {
  return [...new Set(texts)].join(' · ');
}

/** The texts of a badge, for the languages chosen. */
export interface BadgeText {
  languages: BadgeLanguage[];
  /** The first language: dates and country names are written in it. */
  main: BadgeLanguage;
  title: string;
  role(role: Role, gender: Gender | null): string;
  region(region: PoliceRegion): string;
  regionLabel: string;
  dietary: string;
  accessibility: string;
  nothingStated: string;
}

export function badgeText(working: readonly string[]): BadgeText {
  const languages = badgeLanguages(working);
  const all = <T>(pick: (labels: DocumentLabels, language: BadgeLanguage) => T) =>
    languages.map((language) => pick(LABELS[language], language));
  return {
    languages,
    main: languages[0]!,
    title: LABELS[languages[0]!].title,
    role(role, gender) {
      return joined(
        all((labels) => {
          if (gender === 'female') return labels.rolesFemale[role];
          if (gender === 'male') return labels.rolesMale[role];
          return labels.roles[role];
        }),
      );
    },
    region: (region) => joined(all((_, language) => REGIONS[language][region])),
    regionLabel: joined(all((labels) => labels.region)),
    dietary: joined(all((labels) => labels.dietary)),
    accessibility: joined(all((labels) => labels.accessibility)),
    nothingStated: joined(all((labels) => labels.nothingStated)),
  };
}
