import { readStored, writeStored } from '../../../lib/storage';

const KEY = 'confine.place';

/** The municipality chosen last time, so the next question needs one step less. */
export function rememberedPlace(): string | undefined {
  return readStored(KEY) ?? undefined;
}

export function rememberPlace(regionId: string): void {
  writeStored(KEY, regionId);
}
