// Each highlight colour's name, as a catalogue id: the colour pickers, the
// Notebook's filter and the lists name colours alike.
import type { HighlightColor } from '../../../common/annotations';
import type { MessageId } from '../i18n/catalogues';

export const COLOR_LABEL_IDS: Record<HighlightColor, MessageId> = {
  yellow: 'highlight.color.yellow',
  green: 'highlight.color.green',
  blue: 'highlight.color.blue',
  pink: 'highlight.color.pink',
  contrast: 'highlight.color.contrast',
};
