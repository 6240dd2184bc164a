import { memo, useEffect, useMemo, useState, type MouseEvent } from 'react';
import { Box, Group, Loader, Text, useMantineTheme } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { countryName } from '../../../../shared/domain/countries';
import type { Bucket } from '../../../../shared/domain/reports';
import { classOf, mapClasses } from '../../../../shared/domain/reports-stats';
import { loadWorldShapes, MAP_HEIGHT, MAP_WIDTH, type WorldShapes } from './map-geometry';
import classes from './reports.module.css';

interface Props {
  /** Figures per country code (not stated left out). */
  byCountry: ReadonlyMap<string, Bucket>;
}

interface Hover {
  code: string;
  x: number;
  y: number;
}

/** The shapes alone, memoised: hovering re-renders the tooltip, not 241 paths. */
const Shapes = memo(function Shapes({
  shapes,
  fillOf,
}: {
  shapes: WorldShapes;
  fillOf: (code: string | null) => string;
}) {
  return (
    <g>
      {shapes.countries.map((c, i) => (
        <path
          key={c.code ?? `${c.name}-${i}`}
          d={c.d}
          fill={fillOf(c.code)}
          data-code={c.code ?? undefined}
          className={classes.country}
        />
      ))}
    </g>
  );
});

/**
 * Participants per country on a world map (Equal Earth projection), coloured in up to five
 * classes with a legend; hovering a country shows its figures. The map is an image for screen
 * readers, which get the same figures from the table that goes with it.
 */
export function WorldMap({ byCountry }: Props) {
  const { t, i18n } = useTranslation();
  const theme = useMantineTheme();
  const [shapes, setShapes] = useState<WorldShapes | null>(null);
  const [hover, setHover] = useState<Hover | null>(null);
  useEffect(() => {
    let live = true;
    void loadWorldShapes().then((s) => live && setShapes(s));
    return () => {
      live = false;
    };
  }, []);

  const bounds = useMemo(
    () => mapClasses([...byCountry.values()].map((b) => b.registered)),
    [byCountry],
  );
  const palette = useMemo(() => {
    const blues = theme.colors.blue;
    const picks = [2, 4, 5, 7, 9];
    return bounds.map(
      (_, i) =>
        blues[picks[Math.round((i * (picks.length - 1)) / Math.max(1, bounds.length - 1))]!]!,
    );
  }, [bounds, theme]);
  const empty = theme.colors.gray[2]!;
  const fillOf = useMemo(
    () => (code: string | null) => {
      const bucket = code ? byCountry.get(code) : undefined;
      const index = bucket ? classOf(bucket.registered, bounds) : -1;
      return index < 0 ? empty : palette[index]!;
    },
    [byCountry, bounds, palette, empty],
  );

  const onMove = (event: MouseEvent<SVGSVGElement>) => {
    const code = (event.target as Element).getAttribute('data-code');
    if (!code) return setHover(null);
    const box = event.currentTarget.getBoundingClientRect();
    setHover({ code, x: event.clientX - box.left, y: event.clientY - box.top });
  };

  const hovered = hover ? byCountry.get(hover.code) : undefined;
  const tooltip = hover
    ? (() => {
        const country = countryName(hover.code, i18n.language);
        const registered = hovered?.registered ?? 0;
        return hovered?.attended !== null && hovered?.attended !== undefined
          ? t('reports.dashboard.map.hoverAttended', {
              country,
              registered,
              attended: hovered.attended,
            })
          : t('reports.dashboard.map.hover', { country, registered });
      })()
    : null;

  const legend = bounds.map((upper, i) => {
    const lower = i === 0 ? 1 : bounds[i - 1]! + 1;
    return { colour: palette[i]!, label: lower === upper ? String(upper) : `${lower}–${upper}` };
  });

  return (
    <Box pos="relative">
      {shapes ? (
        <svg
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          className={classes.map}
          role="img"
          aria-label={t('reports.dashboard.map.label', { count: byCountry.size })}
          data-testid="world-map"
          onMouseMove={onMove}
          onMouseLeave={() => setHover(null)}
        >
          <path d={shapes.sphere} className={classes.sea} />
          <Shapes shapes={shapes} fillOf={fillOf} />
        </svg>
      ) : (
        <Box h={300}>
          <Loader aria-label={t('common.loading')} />
        </Box>
      )}
      {hover && tooltip && (
        <div
          className={classes.tooltip}
          role="tooltip"
          style={{ insetInlineStart: hover.x + 12, top: hover.y + 12 }}
        >
          {tooltip}
        </div>
      )}
      <Group gap="md" mt="xs" aria-label={t('reports.dashboard.map.legend')} role="list">
        <Text size="xs" c="dimmed">
          {t('reports.dashboard.map.legend')}
        </Text>
        {[{ colour: empty, label: t('reports.dashboard.map.none') }, ...legend].map((entry) => (
          <Group key={entry.label} gap={4} role="listitem">
            <span className={classes.swatch} style={{ background: entry.colour }} aria-hidden />
            <Text size="xs">{entry.label}</Text>
          </Group>
        ))}
      </Group>
    </Box>
  );
}
