// Message ids are checked at compile time: formatMessage and
// FormattedMessage accept only the English catalogue's keys.
import type { MessageId } from './catalogues';

declare global {
  namespace FormatjsIntl {
    interface Message {
      ids: MessageId;
    }
  }
}
