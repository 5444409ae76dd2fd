// Der deutsche Katalog. Anrede mit „Sie“, knapp wie in Desktop-Programmen;
// Anführungszeichen „…“, Tastennamen wie auf deutschen Tastaturen (Strg, Umschalt).
import type { Catalogue } from '../catalogues';

export const de: Catalogue = {
  'format.readingTime': '{minutes, number} Min. Lesezeit',
  'format.progress.finished': 'Gelesen',
  'format.progress.read': '{progress, number, ::percent} gelesen',
  'format.words': '{words, plural, one {# Wort} other {# Wörter}}',
  'format.words.compact': '{words, number, ::compact-short .#} Wörter',

  'screen.bridgeMissing.title': 'Dieses Fenster ist nicht mit der App verbunden',
  'screen.bridgeMissing.body':
    'Die Seite findet die Verbindung des Readers zur App nicht (<code>window.reader</code>) und kann daher keine Artikel laden.',
  'screen.bridgeMissing.fix':
    'Starten Sie die App mit <code>npm start</code>, statt <code>index.html</code> in einem Browser zu öffnen.',
  'screen.collectionUnavailable.title': 'Die Artikelsammlung fehlt oder ist beschädigt',
  'screen.collectionUnavailable.body':
    'Die App konnte ihre kompilierte Artikelsammlung nicht öffnen:',
  'screen.collectionUnavailable.fix':
    'Erstellen Sie sie mit <code>npm run content:build</code> aus den Artikeln in <code>content/</code> neu und starten Sie die App dann neu.',

  'library.stats.updated': 'aktualisiert am {date}',
  'library.count.all': '{count, plural, one {# Artikel} other {# Artikel}}',
  'library.count.filtered':
    '{shown, number} von {count, plural, one {# Artikel} other {# Artikeln}}',
  'library.empty.title': 'Diese Sammlung enthält noch keine Artikel',
  'library.empty.body':
    'Legen Sie Markdown-, Text- oder HTML-Dateien in <code>content/articles</code> ab, führen Sie <code>npm run content:build</code> aus und starten Sie die App neu.',
  'library.noMatch.text': 'Keine Artikel entsprechen „{filter}“',
  'library.noMatch.tag': 'Keine Artikel haben dieses Schlagwort',
  'library.noMatch.language': 'Keine Artikel in dieser Sprache',
  'library.noMatch.clear': 'Filter löschen',
  'library.card.loading': 'Wird geladen…',

  'article.byline': 'Von {author}',

  'search.results.none': 'Keine Treffer für <q>{query}</q>.',
  'search.results.summary':
    '{lowerBound, select, true {Mindestens {total, plural, one {# Artikel} other {# Artikel}}} other {{total, plural, one {# Artikel} other {# Artikel}}}}',
  'search.results.summaryShown':
    '{lowerBound, select, true {Mindestens {total, plural, one {# Artikel} other {# Artikel}}} other {{total, plural, one {# Artikel} other {# Artikel}}}}, die besten {shown, number} angezeigt',
  'search.results.closeSpellings': 'Keine exakten Treffer; dies sind ähnliche Schreibweisen.',
  'search.results.label': 'Suchergebnisse',
  'search.results.yourNote': 'Ihre Notiz',
  'search.results.more': 'Weitere Ergebnisse',

  'appBar.backToLibrary': 'Zurück zur Bibliothek',
  'appBar.library': 'Bibliothek',

  'notebook.title': 'Notizbuch',
  'notebook.deleted': 'Gelöscht.',
  'notebook.undo': 'Rückgängig',
  'notebook.empty.title': 'Noch nichts gespeichert.',
  'notebook.empty.body':
    'Markieren Sie Text in einem Artikel und wählen Sie „Hervorheben“ (oder drücken Sie h), oder drücken Sie b, um ein Lesezeichen auf den Absatz zu setzen, den Sie gerade lesen. Alles, was Sie markieren, wird hier gesammelt.',
  'notebook.empty.openLibrary': 'Bibliothek öffnen',
  'notebook.count.all': '{count, plural, one {# Passage} other {# Passagen}}',
  'notebook.count.filtered':
    '{shown, plural, one {# Passage} other {# Passagen}} von {count, number}',
  'notebook.noMatch': 'Nichts entspricht diesen Filtern.',
  'notebook.noMatch.clear': 'Alles anzeigen',
  'notebook.unanchored.title': 'Nicht zugeordnet',
  'notebook.unanchored.body':
    'Ihr Artikel ist nicht mehr vorhanden oder sein Text hat sich zu stark geändert, um diese Passagen wiederzufinden. Die gespeicherten Zitate bleiben hier erhalten.',
  'notebook.item.goTo': 'Zur Passage',
  'notebook.item.edit': 'Bearbeiten',
  'notebook.item.meta':
    '{kind, select, bookmark {Lesezeichen} yellow {Gelbe Hervorhebung} green {Grüne Hervorhebung} blue {Blaue Hervorhebung} pink {Rosa Hervorhebung} other {Kontrastreiche Hervorhebung}} in <cite>{title}</cite>, {date}',

  'appBar.shortcuts': 'Tastenkürzel',
  'appBar.shortcuts.title': 'Tastenkürzel (?)',

  'settings.title': 'Leseeinstellungen',
  'settings.theme': 'Design',
  'settings.theme.system': 'System',
  'settings.theme.light': 'Hell',
  'settings.theme.dark': 'Dunkel',
  'settings.theme.sepia': 'Sepia',
  'settings.textSize': 'Schriftgröße',
  'settings.textSize.smaller': 'Kleinere Schrift',
  'settings.textSize.larger': 'Größere Schrift',
  'settings.textSize.value': '{size, number} px',
  'settings.textSize.reset': 'Schriftgröße zurücksetzen',
  'settings.lineWidth': 'Zeilenbreite',
  'settings.lineWidth.narrow': 'Schmal',
  'settings.lineWidth.medium': 'Mittel',
  'settings.lineWidth.wide': 'Breit',

  'library.loading': 'Bibliothek wird geöffnet…',
  'library.failed.title': 'Die Bibliothek konnte nicht geöffnet werden',
  'library.failed.fix': 'Starten Sie die App neu, um es erneut zu versuchen.',
  'library.filter.label': 'Artikel filtern',
  'library.filter.placeholder': 'Titel, Autor, Schlagwort…',
  'library.filter.clear': 'Filter löschen',
  'library.filter.tag': 'Nach Schlagwort filtern',
  'library.filter.allTags': 'Alle Schlagwörter',
  'library.filter.language': 'Nach Sprache filtern',
  'library.filter.allLanguages': 'Alle Sprachen',
  'library.filter.option': '{name} ({count, number})',
  'library.sort': 'Sortieren nach',
  'library.sort.title': 'Titel',
  'library.sort.published': 'Neueste zuerst',
  'library.sort.readingTime': 'Kürzeste zuerst',
  'library.sort.recent': 'Zuletzt gelesen',

  'article.source.title': 'Öffnet {href} in Ihrem Browser',
  'article.source.link': 'Original auf {host}',

  'tags.label': 'Schlagwörter:',
  'tags.separator': ',',

  'appBar.backToLibrary.title': 'Zurück zur Bibliothek (Esc)',

  'reader.contents': 'Inhalt',
  'reader.contents.title': 'Inhalt (t)',
  'reader.contents.label': 'Inhaltsverzeichnis',
  'reader.contents.close': 'Inhalt schließen',
  'reader.removed.title': 'Dieser Artikel ist nicht mehr in der Sammlung',
  'reader.removed.body':
    'Die Sammlung wurde ohne ihn neu erstellt. Ihre Hervorhebungen und Notizen darin bleiben im Notizbuch erhalten.',
  'reader.backToLibrary': 'Zurück zur Bibliothek',
  'reader.notFound.title': 'Dieser Artikel ist nicht in der Sammlung',
  'reader.failed.title': 'Dieser Artikel konnte nicht geöffnet werden',

  'library.list.label': 'Artikel',

  'search.label': 'Suche',
  'search.indexing': 'Bibliothek wird indiziert…',
  'search.indexing.progress': 'Fortschritt der Indizierung',
  'search.gettingReady': 'Suche wird vorbereitet…',
  'search.unavailable': 'Suche nicht verfügbar: {message}',
  'search.searching': 'Suche läuft…',
  'search.failed': 'Suche fehlgeschlagen: {message}',

  'history.label': 'Verlauf',
  'history.back': 'Zurück',
  'history.backTo':
    'Zurück {place, select, library {zur Bibliothek} notebook {zum Notizbuch} here {zu einer anderen Stelle in diesem Artikel} article {zu „{title}“} other {zum vorherigen Artikel}} ({key})',
  'history.forward': 'Vorwärts',
  'history.forwardTo':
    'Vorwärts {place, select, library {zur Bibliothek} notebook {zum Notizbuch} here {zu einer anderen Stelle in diesem Artikel} article {zu „{title}“} other {zum nächsten Artikel}} ({key})',

  'dialog.close': 'Schließen',

  'externalLink.title': '{host} in Ihrem Browser öffnen?',
  'externalLink.lead': 'Dieser Link verlässt den Reader. Ihr Browser öffnet diese Adresse:',
  'externalLink.copied': 'Adresse kopiert.',
  'externalLink.copyFailed': 'Die Adresse konnte nicht kopiert werden.',
  'externalLink.copy': 'Adresse kopieren',
  'externalLink.stay': 'Hier bleiben',
  'externalLink.open': 'Im Browser öffnen',

  'matches.label': 'Treffer in diesem Artikel',
  'matches.find': 'Im Artikel suchen',
  'matches.finding': 'Treffer werden gesucht…',
  'matches.unavailable': 'Treffer nicht verfügbar: {message}',
  'matches.none': 'Keine Treffer',
  'matches.position': '{current, number} von {total, number}',
  'matches.previous': 'Vorheriger Treffer',
  'matches.previous.title': 'Vorheriger Treffer ([ oder Umschalt+F3)',
  'matches.next': 'Nächster Treffer',
  'matches.next.title': 'Nächster Treffer (] oder F3)',
  'matches.clear': 'Treffer löschen',

  'highlight.color.yellow': 'Gelb',
  'highlight.color.green': 'Grün',
  'highlight.color.blue': 'Blau',
  'highlight.color.pink': 'Rosa',
  'highlight.color.contrast': 'Hoher Kontrast',
  'highlight.colour': 'Farbe',
  'highlight.deleted.bookmark': 'Lesezeichen gelöscht.',
  'highlight.deleted.highlight': 'Hervorhebung gelöscht.',
  'highlight.dismiss': 'Ausblenden',

  'annotation.kind':
    '{kind, select, bookmark {Lesezeichen} yellow {Gelbe Hervorhebung} green {Grüne Hervorhebung} blue {Blaue Hervorhebung} pink {Rosa Hervorhebung} other {Kontrastreiche Hervorhebung}}',
  'annotation.kind.prefix': '{kind}:',
  'annotation.note': 'Notiz',
  'annotation.tags': 'Schlagwörter <hint>(durch Kommas getrennt)</hint>',
  'annotation.saveNote': 'Notiz speichern',
  'annotation.delete': 'Löschen',

  'annotations.title': 'Anmerkungen',
  'annotations.button.title': 'Hervorhebungen, Notizen und Lesezeichen',
  'annotations.close': 'Anmerkungen schließen',
  'annotations.empty':
    'Markieren Sie Text, um ihn hervorzuheben, oder drücken Sie b, um ein Lesezeichen auf den Absatz zu setzen, den Sie gerade lesen.',
  'annotations.unanchored.body':
    'Der Artikel hat sich geändert, und diese Passagen wurden nicht wiedergefunden. Ihr Text bleibt erhalten.',
  'annotations.export.markdown': 'Als Markdown exportieren',
  'annotations.export.json': 'Als JSON exportieren',

  'selection.label': 'Auswahl',
  'selection.toolbar': 'Markierter Text',
  'selection.highlight': 'Hervorheben',
  'selection.highlight.title': 'Hervorheben (h)',
  'selection.colour': 'Farbe der Hervorhebung',
  'selection.colour.title': '{colour} ({key, number})',
  'selection.copy': 'Mit Quellenangabe kopieren',
  'selection.copied': 'Passage mit Quellenangabe kopiert.',
  'selection.copyFailed': 'Die Passage konnte nicht in die Zwischenablage kopiert werden.',

  'notebook.filter.find': 'In Notizen suchen',
  'notebook.filter.find.placeholder': 'In Zitaten, Notizen und Schlagwörtern suchen',
  'notebook.filter.all': 'Alle',
  'notebook.filter.bookmarks': 'Lesezeichen',
  'notebook.filter.tag': 'Schlagwort',
  'notebook.filter.article': 'Artikel',
  'notebook.filter.allArticles': 'Alle Artikel',
  'notebook.filter.sort': 'Sortierung',
  'notebook.sort.newest': 'Neueste zuerst',
  'notebook.sort.oldest': 'Älteste zuerst',
  'notebook.sort.place': 'Artikel und Stelle',

  'settings.readFailed':
    'Ihre Einstellungen konnten nicht gelesen werden, daher gelten die Standardwerte: {message}',

  'notebook.export.webAnnotation': 'Als JSON exportieren (Web Annotation)',
  'notebook.import': 'JSON importieren…',
  'notebook.import.label': 'Anmerkungen importieren',
  'notebook.import.done':
    '{file} importiert: {added, plural, one {# hinzugefügt} other {# hinzugefügt}}, {updated, plural, one {# aktualisiert} other {# aktualisiert}}, {skipped, plural, one {# übersprungen} other {# übersprungen}}.',
  'notebook.import.failed': '{file} konnte nicht importiert werden: {message}',

  'caret.on':
    'Cursor-Navigation an. Die Pfeiltasten bewegen den Cursor; mit gedrückter Umschalttaste wird markiert. F7 schaltet sie aus.',
  'caret.off': 'Cursor-Navigation aus.',
  'caret.badge.label': 'Cursor-Navigation',
  'caret.badge.text': 'Cursor-Navigation <kbd>F7</kbd>',
  'caret.badge.turnOff': 'Ausschalten',
  'readAloud.start': 'Vorlesen',
  'readAloud.pause': 'Vorlesen anhalten',
  'readAloud.resume': 'Vorlesen fortsetzen',
  'readAloud.withKey': '{label} ({key})',
  'readAloud.state.playing': 'Wird vorgelesen',
  'readAloud.state.paused': 'Angehalten',
  'readAloud.state.separator': ':',
  'readAloud.previousSection': 'Vorheriger Abschnitt',
  'readAloud.previousSentence': 'Vorheriger Satz',
  'readAloud.bar.pause': 'Anhalten',
  'readAloud.bar.resume': 'Fortsetzen',
  'readAloud.nextSentence': 'Nächster Satz',
  'readAloud.nextSection': 'Nächster Abschnitt',
  'readAloud.stop': 'Vorlesen beenden',

  'speech.speed': 'Tempo',
  'speech.slower': 'Langsamer',
  'speech.faster': 'Schneller',
  'speech.resetSpeed': 'Tempo zurücksetzen',
  'speech.voice': 'Stimme',
  'speech.voice.automatic': 'Automatisch',
  'speech.voice.missing': 'Die gewählte Stimme (nicht installiert)',
  'speech.voice.loading': 'Stimmen des Systems werden gesucht…',
  'speech.voice.hint':
    'Eine Stimme liest die Artikel in ihrer Sprache; bei „Automatisch“ und anderen Sprachen liest die Systemstimme für die Sprache des Artikels.',

  'print.save': 'Als PDF speichern…',
  'print.untitled': 'Artikel',
  'print.saved': '„{title}“ als {path} gespeichert',
  'print.failed': '„{title}“ konnte nicht als PDF gespeichert werden: {message}',

  'reader.progress': 'Lesefortschritt',

  'image.unavailable': 'Bild nicht verfügbar',
  'image.unavailable.named': 'Bild nicht verfügbar: {name}',
  'image.open': 'Bild vergrößert öffnen',
  'image.open.named': '{name} (vergrößert öffnen)',
  'image.label': 'Bild',

  'footnote.list': 'Fußnoten',
  'article.task.done': 'Aufgabe erledigt',
  'article.aside': 'Hinweis',
  'footnote.title': 'Fußnote {label}',
  'footnote.back': 'Zurück zum Verweis {label}',
  'footnote.close': 'Fußnote schließen',

  'annotation.failed.change': 'Die Änderung konnte nicht gespeichert werden: {message}',
  'annotation.failed.delete': 'Das Löschen ist fehlgeschlagen: {message}',
  'annotation.failed.undo': 'Rückgängig machen fehlgeschlagen: {message}',
  'highlight.failed.load': 'Ihre Hervorhebungen konnten nicht geladen werden: {message}',
  'highlight.failed.check': 'Ihre Hervorhebungen konnten nicht geprüft werden: {message}',
  'highlight.failed.save': 'Die Hervorhebung konnte nicht gespeichert werden: {message}',
  'bookmark.failed.save': 'Das Lesezeichen konnte nicht gespeichert werden: {message}',
  'notebook.failed.load': 'Das Notizbuch konnte nicht geladen werden: {message}',
  'notebook.failed.status': 'Der Zustand des Notizbuchs konnte nicht gelesen werden: {message}',
  'annotations.export.failed': 'Der Export ist fehlgeschlagen: {message}',
  'reader.failed.update': 'Der aktualisierte Artikel konnte nicht geöffnet werden: {message}',
  'reader.failed.positions': 'Ihre Lesepositionen konnten nicht gelesen werden: {message}',
  'library.failed.page': 'Ein Teil der Bibliothek konnte nicht geladen werden: {message}',
  'settings.saveFailed': 'Ihre Einstellung konnte nicht gespeichert werden: {message}',

  'shortcuts.title': 'Tastenkürzel',
  'shortcuts.or': 'oder',
  'shortcuts.then': 'dann',
  'shortcuts.scope.everywhere': 'Überall',
  'shortcuts.scope.library': 'Bibliothek',
  'shortcuts.scope.reader': 'Lesen',
  'shortcuts.scope.caret': 'Cursor-Navigation (F7): mit der Tastatur bewegen und markieren',
  'shortcuts.scope.highlights': 'Hervorhebungen und Lesezeichen',
  'shortcuts.scope.notebook': 'Notizbuch',
  'key.mod': 'Strg',
  'key.alt': 'Alt',
  'key.shift': 'Umschalt',
  'key.escape': 'Esc',
  'key.home': 'Pos1',
  'key.end': 'Ende',
  'key.enter': 'Eingabe',
  'shortcut.leave-notebook': 'Offenen Editor schließen, sonst zurück zur Bibliothek',
  'shortcut.show-shortcuts': 'Tastenkürzel anzeigen',
  'shortcut.history-back': 'Zurück zur vorherigen Stelle (auch mit der Zurück-Taste der Maus)',
  'shortcut.history-forward': 'Wieder vorwärts (auch mit der Vorwärts-Taste der Maus)',
  'shortcut.cycle-theme': 'Design wechseln: hell, dunkel, Sepia, System',
  'shortcut.focus-search': 'Suchen',
  'shortcut.focus-filter': 'Artikel filtern',
  'shortcut.next-article': 'Nächster Artikel',
  'shortcut.previous-article': 'Vorheriger Artikel',
  'shortcut.first-article': 'Erster Artikel',
  'shortcut.last-article': 'Letzter Artikel',
  'shortcut.open-article': 'Artikel öffnen',
  'shortcut.cycle-sort': 'Sortierung ändern',
  'shortcut.search-library': 'Bibliothek durchsuchen',
  'shortcut.find-in-article': 'In diesem Artikel suchen',
  'shortcut.next-match': 'Nächster Treffer (solange Treffer markiert sind)',
  'shortcut.previous-match': 'Vorheriger Treffer (solange Treffer markiert sind)',
  'shortcut.clear-matches': 'Markierte Treffer löschen',
  'shortcut.read-aloud': 'Ab hier oder die Auswahl vorlesen, anhalten, fortsetzen',
  'shortcut.read-aloud-next-sentence': 'Nächster Satz (beim Vorlesen)',
  'shortcut.read-aloud-previous-sentence': 'Vorheriger Satz (beim Vorlesen)',
  'shortcut.read-aloud-next-section': 'Nächsten Abschnitt vorlesen (beim Vorlesen)',
  'shortcut.read-aloud-previous-section':
    'Diesen Abschnitt erneut vorlesen oder den vorherigen (beim Vorlesen)',
  'shortcut.back-to-library':
    'Offenes schließen oder Vorlesen beenden, sonst zurück zur Bibliothek',
  'shortcut.print-article': 'Diesen Artikel drucken',
  'shortcut.toggle-contents': 'Inhalt ein- oder ausblenden',
  'shortcut.scroll-down': 'Nach unten scrollen',
  'shortcut.scroll-up': 'Nach oben scrollen',
  'shortcut.next-section': 'Nächster Abschnitt',
  'shortcut.previous-section': 'Vorheriger Abschnitt',
  'shortcut.go-to-top': 'Zum Anfang',
  'shortcut.go-to-end': 'Zum Ende',
  'shortcut.larger-text': 'Größere Schrift',
  'shortcut.smaller-text': 'Kleinere Schrift',
  'shortcut.reset-text-size': 'Schriftgröße zurücksetzen',
  'shortcut.cycle-line-width': 'Zeilenbreite ändern',
  'shortcut.toggle-caret-mode': 'Cursor-Navigation: mit der Tastatur bewegen und markieren',
  'shortcut.caret-character': 'Zeichenweise (mit Umschalt: markieren)',
  'shortcut.caret-word': 'Wortweise (mit Umschalt: markieren)',
  'shortcut.caret-line': 'Zeilenweise (mit Umschalt: markieren)',
  'shortcut.caret-line-boundary': 'Zum Anfang oder Ende der Zeile (mit Umschalt: markieren)',
  'shortcut.caret-paragraph': 'Absatzweise (mit Umschalt: markieren)',
  'shortcut.caret-article-boundary': 'Zum Anfang oder Ende des Artikels (mit Umschalt: markieren)',
  'shortcut.select-sentence': 'Satz markieren (erneut: nächsten hinzufügen)',
  'shortcut.select-paragraph': 'Absatz markieren (erneut: nächsten hinzufügen)',
  'shortcut.highlight-selection': 'Markierten Text hervorheben',
  'shortcut.open-selection-toolbar':
    'Zur Symbolleiste des markierten Texts (Notiz, Kopieren, Farben)',
  'shortcut.toggle-bookmark':
    'Lesezeichen auf den Absatz setzen, den Sie lesen (erneut: entfernen)',
  'shortcut.colour-1': 'Hervorheben oder umfärben: Gelb',
  'shortcut.colour-2': 'Hervorheben oder umfärben: Grün',
  'shortcut.colour-3': 'Hervorheben oder umfärben: Blau',
  'shortcut.colour-4': 'Hervorheben oder umfärben: Rosa',
  'shortcut.colour-5': 'Hervorheben oder umfärben: hoher Kontrast',

  'speech.unavailable.noSpeech':
    'Vorlesen ist nicht verfügbar: Dieses Fenster hat keine Sprachausgabe (Web Speech API).',
  'speech.unavailable.noVoice':
    'Für das Vorlesen ist keine Stimme installiert. {platform, select, linux {Installieren Sie unter Linux speech-dispatcher mit einer Stimme dafür (zum Beispiel das Paket speech-dispatcher-espeak-ng) und starten Sie die App dann neu.} windows {Fügen Sie in den Windows-Einstellungen unter Zeit und Sprache › Spracherkennung eine Stimme hinzu und starten Sie die App dann neu.} mac {Fügen Sie in den Systemeinstellungen unter Bedienungshilfen › Gesprochene Inhalte eine Stimme hinzu und starten Sie die App dann neu.} other {Installieren Sie eine Stimme für die Sprachausgabe Ihres Systems und starten Sie die App dann neu.}}',
  'speech.voice.otherLanguages': 'Andere',
  'readAloud.noText': 'Dieser Artikel enthält keinen Text zum Vorlesen.',
  'readAloud.otherVoice':
    'Für {language} ist keine Stimme installiert: {voice} liest diesen Artikel.',
  'readAloud.finished': 'Vorlesen beendet: Ende des Artikels erreicht.',
  'readAloud.stopped':
    'Vorlesen abgebrochen: {reason, select, audioBusy {Die Audioausgabe wird von einem anderen Programm verwendet} audioHardware {Es wurde keine Audioausgabe gefunden} synthesisUnavailable {Die Sprachausgabe läuft nicht} synthesisFailed {Die Sprachausgabe ist fehlgeschlagen} languageUnavailable {Keine Stimme kann diese Sprache lesen} voiceUnavailable {Die gewählte Stimme ist nicht verfügbar} textTooLong {Ein Satz war zu lang für die Stimme} notAllowed {Das System hat die Sprachausgabe nicht erlaubt} interrupted {Etwas anderes hat die Sprachausgabe unterbrochen} canceled {Etwas anderes hat die Sprachausgabe abgebrochen} other {Die Sprachausgabe meldete „{code}“}}.',

  'anchoring.moved': 'mit seinem Text verschoben, als sich der Artikel änderte',
  'anchoring.approximate': 'der Artikel hat sich geändert; an die ähnlichste Passage gesetzt',
  'anchoring.orphan':
    '{cause, select, articleGone {Der Artikel ist nicht mehr in der Sammlung.} emptyQuote {Das gespeicherte Zitat ist leer.} shortQuote {Das Zitat ist kürzer als {min, number} Zeichen und kommt nicht mehr exakt vor.} longQuote {Das Zitat ist zu lang für eine ungefähre Suche.} noMatchNearby {In der Nähe der alten Stelle wurde keine ausreichend ähnliche Passage gefunden.} noMatch {Es wurde keine ausreichend ähnliche Passage gefunden.} emptyMatch {Der ähnlichste Treffer ist leer.} other {Die Passage wurde nicht wiedergefunden.}}',

  'article.table': 'Tabelle',
  'article.table.numbered': 'Tabelle {number, number}',
  'article.link.titled': '{title}: {url}',
  'article.link.web': '{title} (wird im Browser geöffnet)',
  'library.reloaded':
    'Die Sammlung wurde neu erstellt und ist aktuell: {count, plural, one {# Artikel} other {# Artikel}}.',
  'reader.failed.savePlace':
    'Ihre Position in „{title}“ konnte nicht gespeichert werden: {message}',
  'matches.query': 'Suche: <q>{query}</q>',

  'settings.language': 'Sprache',
  'settings.language.system': 'Wie im System',

  // Messages the main process sends (common/errors.ts READER_ERROR_TEXT_IDS).
  'error.storage': '{lead}: {reason}.',
  'error.storage.lead.highlights': 'Markierungen können nicht gespeichert werden',
  'error.storage.lead.change': 'Diese Änderung wurde nicht gespeichert',
  'error.storage.lead.settings': 'Ihre Einstellungen konnten nicht gespeichert werden',
  'error.storage.lead.readingPlace': 'Ihre Leseposition konnte nicht gespeichert werden',
  'error.storage.lead.pdf': 'Das PDF konnte nicht gespeichert werden',
  'error.storage.reason.full':
    'der Datenträger ist voll ({dir}); schaffen Sie Platz und versuchen Sie es erneut',
  'error.storage.reason.quota':
    'der Datenträger ist voll: Ihr Speicherkontingent ist aufgebraucht ({dir}); schaffen Sie Platz und versuchen Sie es erneut',
  'error.storage.reason.readOnly': 'der Ordner {dir} ist schreibgeschützt',
  'error.storage.reason.forbidden': 'die App darf nicht in {dir} schreiben',
  'error.storage.reason.fileInTheWay': 'wo der Ordner {dir} sein sollte, liegt eine Datei',
  'error.storage.reason.folderInTheWay': '{path} ist ein Ordner, wo eine Datei sein sollte',
  'error.storage.reason.io': 'der Datenträger meldete einen Lese- oder Schreibfehler ({path})',
  'error.storage.reason.other': '{path} konnte nicht geschrieben werden ({detail})',
  'error.search.notReady': 'Die Suche wird vorbereitet; versuchen Sie es gleich noch einmal.',
  'error.search.indexing':
    'Die Bibliothek wird indiziert ({percent, number} %); die Suche ist gleich bereit.',
  'error.article.notFound': 'Diese Sammlung enthält keinen Artikel „{id}“.',
  'error.collection.missing':
    'In {dir} wurde keine kompilierte Sammlung gefunden. Erstellen Sie sie mit `npm run content:build` neu.',
  'error.collection.damaged':
    'Die Sammlung in {dir} ist beschädigt oder stammt aus einer anderen Version ({path}: {detail}). Erstellen Sie sie mit `npm run content:build` neu.',
  'error.collection.articleMissing':
    'Die Artikeldatei {path} fehlt. Erstellen Sie die Sammlung mit `npm run content:build` neu.',
  'error.collection.articleDamaged':
    'Die Artikeldatei {path} ist beschädigt. Erstellen Sie die Sammlung mit `npm run content:build` neu.',
  'error.collection.unreadable': '{path} kann nicht gelesen werden: {detail}',
  'error.collection.notJson':
    '{path} ist kein gültiges JSON ({detail}). Erstellen Sie die Sammlung mit `npm run content:build` neu.',
  'error.storage.lock.otherCopy':
    'Markierungen können nicht gespeichert werden: Eine andere Kopie der App (Prozess {pid}) verwendet {dir}. Schließen Sie sie und starten Sie diese erneut; läuft keine andere Kopie, löschen Sie {path}.',
  'error.storage.lock.contended':
    'Markierungen können nicht gespeichert werden: Die Sperre {path} wird immer wieder von einer anderen Kopie der App belegt.',
  'error.import.tooLarge':
    'Die Datei hat {chars, number} Zeichen; höchstens {max, number} können auf einmal importiert werden.',
};
