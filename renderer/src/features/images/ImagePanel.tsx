import { useTranslation } from 'react-i18next';
import { MAX_ALT_LENGTH, type ImageCardRecord } from '@shared/board/records';
import { readAsset } from '@shared/residency/assets';
import type { Editor } from '../../canvas/editor';

/**
 * A picture's side panel: what it shows (alt text) and its caption. Each field is saved when it
 * loses the focus or on Enter, as one undo step.
 */
export function ImagePanel({ editor, image }: { editor: Editor; image: ImageCardRecord }) {
  const { t, i18n } = useTranslation();
  const asset = readAsset(editor.doc, image.assetId);
  const save = (field: 'alt' | 'caption', value: string): void => {
    if (value !== (image[field] ?? '')) editor.update(image.id, { [field]: value });
  };
  const onEnter = (e: React.KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>): void => {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      e.currentTarget.blur();
    }
  };
  return (
    <section className="side-section" data-testid="image-panel" aria-label={t('residency.image.heading')}>
      <label>
        {t('residency.image.alt')}
        <textarea
          key={image.id + image.alt}
          data-testid="image-alt"
          rows={3}
          defaultValue={image.alt}
          placeholder={t('residency.image.noAlt')}
          maxLength={MAX_ALT_LENGTH}
          onKeyDown={onEnter}
          onBlur={(e) => save('alt', e.target.value)}
        />
      </label>
      <p className="muted">{t('residency.image.altHint')}</p>
      <label>
        {t('residency.image.caption')}
        <input
          key={image.id + (image.caption ?? '')}
          data-testid="image-caption"
          defaultValue={image.caption ?? ''}
          maxLength={MAX_ALT_LENGTH}
          onKeyDown={onEnter}
          onBlur={(e) => save('caption', e.target.value)}
        />
      </label>
      <p className="muted" data-testid="image-size">
        {asset
          ? t('residency.image.size', {
              width: asset.width,
              height: asset.height,
              kb: Math.round(asset.bytes.byteLength / 1024).toLocaleString(i18n.language),
            })
          : t('residency.image.missing')}
      </p>
    </section>
  );
}
