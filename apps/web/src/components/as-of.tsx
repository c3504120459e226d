import type { Platform } from '@widerspruch/catalog';
import { isStale, staleNotice } from '@widerspruch/core';
import { formatDate, locale, t } from '../i18n/i18n.js';
import { today } from '../state/store.js';

/**
 * "Stand der Angaben" for one platform: the day its facts were last checked and how well,
 * with a warning when that lies more than 180 days back.
 */
export function AsOf({ platform }: { platform: Pick<Platform, 'verified' | 'quality'> }) {
  const stale = isStale(platform.verified, today());
  return (
    <>
      <p class="as-of as-of-top">
        {t('fact.asOf', { date: formatDate(platform.verified) })} ·{' '}
        {t(`fact.quality.${platform.quality}`)}
      </p>
      {stale && (
        <p class="uncertain">
          <strong>
            {t('watch.stale')}
            {t('punct.colon')}
          </strong>{' '}
          {staleNotice(platform.verified, locale.value)}
        </p>
      )}
    </>
  );
}
