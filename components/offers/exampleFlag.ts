import { storage } from 'wxt/utils/storage';
import type { ExampleFlag } from '@/lib/db';

/**
 * Whether the shipped example profile was already created. It lives in extension storage, apart
 * from the profiles, so deleting the example does not bring it back on the next open.
 */
const exampleCreatedItem = storage.defineItem<boolean>('local:offers.exampleCreated', {
  fallback: false,
});

export const exampleFlag: ExampleFlag = {
  get: async () => (await exampleCreatedItem.getValue()) === true,
  set: async () => exampleCreatedItem.setValue(true),
};
