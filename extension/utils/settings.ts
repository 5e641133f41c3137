import { type CountMode, isCountMode } from '@declcheck/schema';
import { storage } from 'wxt/utils/storage';

/**
 * The count mode counters use. `template` follows the form (Word's 字数 for the 2020 form); a user whose portal
 * counts characters, or enforces maxlength, picks that instead.
 */
export type CountModeSetting = CountMode | 'template';

export const countModeSetting = storage.defineItem<CountModeSetting>('local:countMode', { fallback: 'template' });

/** The stored setting, or `template` when it holds something this version does not know. */
export async function readCountMode(): Promise<CountModeSetting> {
  const value = await countModeSetting.getValue();
  return value === 'template' || isCountMode(value) ? value : 'template';
}

/** Drafts not saved for this many days are deleted; the newest of a draft being worked on is never affected. */
export const DEFAULT_RETENTION_DAYS = 90;
export const retentionDaysSetting = storage.defineItem<number>('local:retentionDays', {
  fallback: DEFAULT_RETENTION_DAYS,
});

export async function readRetentionDays(): Promise<number> {
  const days = await retentionDaysSetting.getValue();
  return Number.isInteger(days) && days >= 1 && days <= 3650 ? days : DEFAULT_RETENTION_DAYS;
}

/** Where the user moved the overlay's panel: its distance from the window's right and bottom edges, in px. */
export interface PanelPlace {
  readonly right: number;
  readonly bottom: number;
}
export const panelPlaceSetting = storage.defineItem<PanelPlace | null>('local:panelPlace', { fallback: null });

/** The stored place, or none when it holds something this version does not know. */
export async function readPanelPlace(): Promise<PanelPlace | null> {
  const place = await panelPlaceSetting.getValue();
  return place && Number.isFinite(place.right) && Number.isFinite(place.bottom)
    ? { right: place.right, bottom: place.bottom }
    : null;
}
