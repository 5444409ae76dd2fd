// The English catalogue, the reference for every other language. Ids name
// where a message appears (view.part.role); values are ICU messages, so a
// count is a plural and a date or number is formatted for the locale.
export const en = {
  'format.readingTime': '{minutes, number} min read',
  'format.progress.finished': 'Finished',
  'format.progress.read': 'Read {progress, number, ::percent}',
  'format.words': '{words, plural, one {# word} other {# words}}',
  'format.words.compact': '{words, number, ::compact-short .#} words',

  'screen.bridgeMissing.title': 'This window is not connected to the app',
  'screen.bridgeMissing.body':
    'The page could not find the reader’s connection to the app (<code>window.reader</code>), so it cannot load any articles.',
  'screen.bridgeMissing.fix':
    'Start the app with <code>npm start</code> instead of opening <code>index.html</code> in a browser.',
  'screen.collectionUnavailable.title': 'The article collection is missing or damaged',
  'screen.collectionUnavailable.body':
    'The app could not open its compiled collection of articles:',
  'screen.collectionUnavailable.fix':
    'Rebuild it from the articles in <code>content/</code> with <code>npm run content:build</code>, then restart the app.',

  'library.stats.updated': 'updated {date}',
  'library.count.all': '{count, plural, one {# article} other {# articles}}',
  'library.count.filtered':
    '{shown, number} of {count, plural, one {# article} other {# articles}}',
  'library.empty.title': 'This collection has no articles yet',
  'library.empty.body':
    'Put Markdown, plain text or HTML files in <code>content/articles</code>, run <code>npm run content:build</code>, and restart the app.',
  'library.noMatch.text': 'No articles match “{filter}”',
  'library.noMatch.tag': 'No articles carry this tag',
  'library.noMatch.language': 'No articles are in this language',
  'library.noMatch.clear': 'Clear filter',
  'library.card.loading': 'Loading…',

  'article.byline': 'By {author}',

  'search.results.none': 'Nothing matches <q>{query}</q>.',
  'search.results.summary':
    '{lowerBound, select, true {At least {total, plural, one {# article} other {# articles}}} other {{total, plural, one {# article} other {# articles}}}}',
  'search.results.summaryShown':
    '{lowerBound, select, true {At least {total, plural, one {# article} other {# articles}}} other {{total, plural, one {# article} other {# articles}}}}, best {shown, number} shown',
  'search.results.closeSpellings': 'No exact matches; these are close spellings.',
  'search.results.label': 'Search results',
  'search.results.yourNote': 'Your note',
  'search.results.more': 'More results',

  'appBar.backToLibrary': 'Back to library',
  'appBar.library': 'Library',

  'notebook.title': 'Notebook',
  'notebook.deleted': 'Deleted.',
  'notebook.undo': 'Undo',
  'notebook.empty.title': 'Nothing saved yet.',
  'notebook.empty.body':
    'Select text in an article and choose Highlight (or press h), or press b to bookmark the paragraph you are reading. Everything you mark is gathered here.',
  'notebook.empty.openLibrary': 'Open the library',
  'notebook.count.all': '{count, plural, one {# passage} other {# passages}}',
  'notebook.count.filtered':
    '{shown, plural, one {# passage} other {# passages}} of {count, number}',
  'notebook.noMatch': 'Nothing matches these filters.',
  'notebook.noMatch.clear': 'Show everything',
  'notebook.unanchored.title': 'Unanchored',
  'notebook.unanchored.body':
    'Their article is gone or its text changed too much to find these passages again. The saved quotes are kept here.',
  'notebook.item.goTo': 'Go to passage',
  'notebook.item.edit': 'Edit',
  'notebook.item.meta':
    '{kind, select, bookmark {Bookmark} yellow {Yellow highlight} green {Green highlight} blue {Blue highlight} pink {Pink highlight} other {High contrast highlight}} in <cite>{title}</cite>, {date}',

  'appBar.shortcuts': 'Keyboard shortcuts',
  'appBar.shortcuts.title': 'Keyboard shortcuts (?)',

  'settings.title': 'Reading settings',
  'settings.theme': 'Theme',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Light',
  'settings.theme.dark': 'Dark',
  'settings.theme.sepia': 'Sepia',
  'settings.textSize': 'Text size',
  'settings.textSize.smaller': 'Smaller text',
  'settings.textSize.larger': 'Larger text',
  'settings.textSize.value': '{size, number} px',
  'settings.textSize.reset': 'Reset text size',
  'settings.lineWidth': 'Line width',
  'settings.lineWidth.narrow': 'Narrow',
  'settings.lineWidth.medium': 'Medium',
  'settings.lineWidth.wide': 'Wide',

  'library.loading': 'Opening the library…',
  'library.failed.title': 'The library could not be opened',
  'library.failed.fix': 'Restart the app to try again.',
  'library.filter.label': 'Filter articles',
  'library.filter.placeholder': 'Filter by title, author, tag…',
  'library.filter.clear': 'Clear filter',
  'library.filter.tag': 'Filter by tag',
  'library.filter.allTags': 'All tags',
  'library.filter.language': 'Filter by language',
  'library.filter.allLanguages': 'All languages',
  'library.filter.option': '{name} ({count, number})',
  'library.sort': 'Sort by',
  'library.sort.title': 'Title',
  'library.sort.published': 'Newest first',
  'library.sort.readingTime': 'Shortest first',
  'library.sort.recent': 'Recently read',

  'article.source.title': 'Opens {href} in your browser',
  'article.source.link': 'Original at {host}',

  'tags.label': 'Tags:',
  'tags.separator': ',',

  'appBar.backToLibrary.title': 'Back to library (Esc)',

  'reader.contents': 'Contents',
  'reader.contents.title': 'Contents (t)',
  'reader.contents.label': 'Table of contents',
  'reader.contents.close': 'Close contents',
  'reader.removed.title': 'This article is no longer in the collection',
  'reader.removed.body':
    'The collection was rebuilt without it. Highlights and notes you made in it are kept in the Notebook.',
  'reader.backToLibrary': 'Back to the library',
  'reader.notFound.title': 'This article is not in the collection',
  'reader.failed.title': 'This article could not be opened',

  'library.list.label': 'Articles',

  'search.label': 'Search',
  'search.indexing': 'Indexing the library…',
  'search.indexing.progress': 'Indexing progress',
  'search.gettingReady': 'Search is getting ready…',
  'search.unavailable': 'Search is unavailable: {message}',
  'search.searching': 'Searching…',
  'search.failed': 'Search failed: {message}',

  'history.label': 'History',
  'history.back': 'Back',
  'history.backTo': 'Back to {name} ({key})',
  'history.forward': 'Forward',
  'history.forwardTo': 'Forward to {name} ({key})',

  'dialog.close': 'Close',

  'externalLink.title': 'Open {host} in your browser?',
  'externalLink.lead': 'This link leaves the reader. Your browser will open this address:',
  'externalLink.copied': 'Address copied.',
  'externalLink.copyFailed': 'Could not copy the address.',
  'externalLink.copy': 'Copy address',
  'externalLink.stay': 'Stay here',
  'externalLink.open': 'Open in browser',

  'matches.label': 'Matches in this article',
  'matches.find': 'Find in article',
  'matches.finding': 'Finding matches…',
  'matches.unavailable': 'Matches unavailable: {message}',
  'matches.none': 'No matches',
  'matches.position': '{current, number} of {total, number}',
  'matches.previous': 'Previous match',
  'matches.previous.title': 'Previous match ([ or Shift+F3)',
  'matches.next': 'Next match',
  'matches.next.title': 'Next match (] or F3)',
  'matches.clear': 'Clear matches',

  'highlight.color.yellow': 'Yellow',
  'highlight.color.green': 'Green',
  'highlight.color.blue': 'Blue',
  'highlight.color.pink': 'Pink',
  'highlight.color.contrast': 'High contrast',
  'highlight.colour': 'Colour',
  'highlight.deleted.bookmark': 'Bookmark deleted.',
  'highlight.deleted.highlight': 'Highlight deleted.',
  'highlight.dismiss': 'Dismiss',

  'annotation.kind':
    '{kind, select, bookmark {Bookmark} yellow {Yellow highlight} green {Green highlight} blue {Blue highlight} pink {Pink highlight} other {High contrast highlight}}',
  'annotation.kind.prefix': '{kind}:',
  'annotation.note': 'Note',
  'annotation.tags': 'Tags <hint>(separated by commas)</hint>',
  'annotation.saveNote': 'Save note',
  'annotation.delete': 'Delete',

  'annotations.title': 'Annotations',
  'annotations.button.title': 'Highlights, notes and bookmarks',
  'annotations.close': 'Close annotations',
  'annotations.empty':
    'Select text to highlight it, or press b to bookmark the paragraph you are reading.',
  'annotations.unanchored.body':
    'The article changed and these passages could not be found again. Their text is kept.',
  'annotations.export.markdown': 'Export Markdown',
  'annotations.export.json': 'Export JSON',

  'selection.label': 'Selection',
  'selection.toolbar': 'Selected text',
  'selection.highlight': 'Highlight',
  'selection.highlight.title': 'Highlight (h)',
  'selection.colour': 'Highlight colour',
  'selection.colour.title': '{colour} ({key, number})',
  'selection.copy': 'Copy with citation',
  'selection.copied': 'Copied the passage with its citation.',
  'selection.copyFailed': 'The passage could not be copied to the clipboard.',

  'notebook.filter.find': 'Find in notes',
  'notebook.filter.find.placeholder': 'Find in quotes, notes and tags',
  'notebook.filter.all': 'All',
  'notebook.filter.bookmarks': 'Bookmarks',
  'notebook.filter.tag': 'Tag',
  'notebook.filter.article': 'Article',
  'notebook.filter.allArticles': 'All articles',
  'notebook.filter.sort': 'Sort',
  'notebook.sort.newest': 'Newest first',
  'notebook.sort.oldest': 'Oldest first',
  'notebook.sort.place': 'Article and place',

  'settings.readFailed': 'Your settings could not be read, so the defaults are in use: {message}',

  'notebook.export.webAnnotation': 'Export JSON (Web Annotation)',
  'notebook.import': 'Import JSON…',
  'notebook.import.label': 'Import annotations',
  'notebook.import.done':
    // Plurals though English has one form: other languages agree the word with the count.
    'Imported {file}: {added, plural, other {# added}}, {updated, plural, other {# updated}}, {skipped, plural, other {# skipped}}.',
  'notebook.import.failed': '{file} could not be imported: {message}',

  'caret.on':
    'Caret mode on. Arrow keys move the caret; hold Shift to select. Press F7 to turn it off.',
  'caret.off': 'Caret mode off.',
  'caret.badge.label': 'Caret mode',
  'caret.badge.text': 'Caret mode <kbd>F7</kbd>',
  'caret.badge.turnOff': 'Turn off',
  'readAloud.start': 'Read aloud',
  'readAloud.pause': 'Pause reading aloud',
  'readAloud.resume': 'Resume reading aloud',
  'readAloud.withKey': '{label} ({key})',
  'readAloud.state.playing': 'Reading aloud',
  'readAloud.state.paused': 'Paused',
  'readAloud.state.separator': ':',
  'readAloud.previousSection': 'Previous section',
  'readAloud.previousSentence': 'Previous sentence',
  'readAloud.bar.pause': 'Pause',
  'readAloud.bar.resume': 'Resume',
  'readAloud.nextSentence': 'Next sentence',
  'readAloud.nextSection': 'Next section',
  'readAloud.stop': 'Stop reading aloud',

  'speech.speed': 'Speed',
  'speech.slower': 'Slower',
  'speech.faster': 'Faster',
  'speech.resetSpeed': 'Reset speed',
  'speech.voice': 'Voice',
  'speech.voice.automatic': 'Automatic',
  'speech.voice.missing': 'The chosen voice (not installed)',
  'speech.voice.loading': 'Looking for the system’s voices…',
  'speech.voice.hint':
    'A voice reads the articles in its language; “Automatic” and other languages use the system’s voice for the article.',

  'print.save': 'Save as PDF…',
  'print.untitled': 'Article',
  'print.saved': 'Saved “{title}” as {path}',
  'print.failed': '“{title}” could not be saved as PDF: {message}',

  'reader.progress': 'Reading progress',

  'image.unavailable': 'Image not available',
  'image.unavailable.named': 'Image not available: {name}',
  'image.open': 'Open the image larger',
  'image.open.named': '{name} (open larger)',
  'image.label': 'Image',

  'footnote.list': 'Footnotes',
  'article.task.done': 'Task done',
  'article.aside': 'Note',
  'footnote.title': 'Footnote {label}',
  'footnote.back': 'Back to reference {label}',
  'footnote.close': 'Close footnote',

  'annotation.failed.change': 'The change could not be saved: {message}',
  'annotation.failed.delete': 'It could not be deleted: {message}',
  'annotation.failed.undo': 'Undo failed: {message}',
  'highlight.failed.load': 'Your highlights could not be loaded: {message}',
  'highlight.failed.check': 'Your highlights could not be checked: {message}',
  'highlight.failed.save': 'The highlight could not be saved: {message}',
  'bookmark.failed.save': 'The bookmark could not be saved: {message}',
  'notebook.failed.load': 'The notebook could not be loaded: {message}',
  'notebook.failed.status': 'The notebook’s state could not be read: {message}',
  'annotations.export.failed': 'The export failed: {message}',
  'reader.failed.update': 'The updated article could not be opened: {message}',
  'reader.failed.positions': 'Your reading places could not be read: {message}',
  'library.failed.page': 'Part of the library could not be loaded: {message}',
  'settings.saveFailed': 'Your setting could not be saved: {message}',
} as const;
