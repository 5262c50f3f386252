import type { DeliveryChoice } from '@/utils/delivery/deliver-nudge';
import type { DeliveryMode } from '@/utils/storage/preferences';

/** A delivery choice whose notifications show every nudge's words (the tests before issue 14's item 13). */
export const wordsShown = (delivery: DeliveryMode): DeliveryChoice => ({
  delivery,
  notificationWords: 'all',
  partnerName: '',
});
