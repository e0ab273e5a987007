import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { setTextSize, storedTextSize } from './text-size';

/** A+: large text for projection, remembered on this computer. */
export function LargeTextSwitch() {
  const { t } = useTranslation();
  const [large, setLarge] = useState(() => storedTextSize() === 'large');
  return (
    <button
      type="button"
      className="large-text-switch"
      data-testid="large-text"
      aria-pressed={large}
      aria-label={t('display.largeText')}
      title={t('display.largeTextHint')}
      onClick={() => {
        setTextSize(large ? 'normal' : 'large');
        setLarge(!large);
      }}
    >
      A+
    </button>
  );
}
