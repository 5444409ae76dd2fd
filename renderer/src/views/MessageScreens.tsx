// Full-window messages for when the app cannot show its content at all. Each
// says what is wrong in plain words and what to do about it.
import type { ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { PRODUCT_NAME } from '../lib/product';

export function MessageScreen({
  title,
  children,
  kicker = PRODUCT_NAME,
}: {
  title: string;
  children: ReactNode;
  kicker?: string;
}) {
  return (
    <main className="message-screen">
      <div className="message-screen__card" role="alert">
        <p className="message-screen__kicker">{kicker}</p>
        <h1 className="message-screen__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}

const code = (chunks: ReactNode[]) => <code>{chunks}</code>;

export function BridgeMissingScreen() {
  const intl = useIntl();
  return (
    <MessageScreen title={intl.formatMessage({ id: 'screen.bridgeMissing.title' })}>
      <p>
        <FormattedMessage id="screen.bridgeMissing.body" values={{ code }} />
      </p>
      <p>
        <FormattedMessage id="screen.bridgeMissing.fix" values={{ code }} />
      </p>
    </MessageScreen>
  );
}

export function CollectionUnavailableScreen({ message }: { message: string }) {
  const intl = useIntl();
  return (
    <MessageScreen title={intl.formatMessage({ id: 'screen.collectionUnavailable.title' })}>
      <p>
        <FormattedMessage id="screen.collectionUnavailable.body" />
      </p>
      <p className="message-screen__detail">{message}</p>
      <p>
        <FormattedMessage id="screen.collectionUnavailable.fix" values={{ code }} />
      </p>
    </MessageScreen>
  );
}
