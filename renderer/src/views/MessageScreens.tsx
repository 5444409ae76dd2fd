// Full-window messages for when the app cannot show its content at all. Each
// says what is wrong in plain words and what to do about it.
import type { ReactNode } from 'react';
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

export function BridgeMissingScreen() {
  return (
    <MessageScreen title="This window is not connected to the app">
      <p>
        The page could not find the reader’s connection to the app (<code>window.reader</code>), so
        it cannot load any articles.
      </p>
      <p>
        Start the app with <code>npm start</code> instead of opening <code>index.html</code> in a
        browser.
      </p>
    </MessageScreen>
  );
}

export function CollectionUnavailableScreen({ message }: { message: string }) {
  return (
    <MessageScreen title="The article collection is missing or damaged">
      <p>The app could not open its compiled collection of articles:</p>
      <p className="message-screen__detail">{message}</p>
      <p>
        Rebuild it from the articles in <code>content/</code> with{' '}
        <code>npm run content:build</code>, then restart the app.
      </p>
    </MessageScreen>
  );
}
