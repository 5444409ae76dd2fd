// Le catalogue français. Typographie française : espace fine insécable
// (U+202F) avant « ; : ! ? », guillemets « » avec espaces insécables.
import type { Catalogue } from '../catalogues';

export const fr: Catalogue = {
  'format.readingTime': '{minutes, number} min de lecture',
  'format.progress.finished': 'Terminé',
  'format.progress.read': 'Lu à {progress, number, ::percent}',
  'format.words': '{words, plural, one {# mot} many {# de mots} other {# mots}}',
  'format.words.compact': '{words, number, ::compact-short .#} de mots',

  'screen.bridgeMissing.title': 'Cette fenêtre n’est pas reliée à l’application',
  'screen.bridgeMissing.body':
    'La page ne trouve pas sa connexion à l’application (<code>window.reader</code>)\u202f: elle ne peut charger aucun article.',
  'screen.bridgeMissing.fix':
    'Lancez l’application avec <code>npm start</code> au lieu d’ouvrir <code>index.html</code> dans un navigateur.',
  'screen.collectionUnavailable.title': 'La collection d’articles est absente ou endommagée',
  'screen.collectionUnavailable.body':
    'L’application n’a pas pu ouvrir sa collection d’articles compilée\u202f:',
  'screen.collectionUnavailable.fix':
    'Reconstruisez-la à partir des articles de <code>content/</code> avec <code>npm run content:build</code>, puis relancez l’application.',

  'library.stats.updated': 'mise à jour le {date}',
  'library.count.all': '{count, plural, one {# article} many {# d’articles} other {# articles}}',
  'library.count.filtered':
    '{shown, number} sur {count, plural, one {# article} many {# d’articles} other {# articles}}',
  'library.empty.title': 'Cette collection ne contient encore aucun article',
  'library.empty.body':
    'Placez des fichiers Markdown, texte ou HTML dans <code>content/articles</code>, lancez <code>npm run content:build</code>, puis relancez l’application.',
  'library.noMatch.text': 'Aucun article ne correspond à «\u00a0{filter}\u00a0»',
  'library.noMatch.tag': 'Aucun article ne porte cette étiquette',
  'library.noMatch.language': 'Aucun article dans cette langue',
  'library.noMatch.clear': 'Effacer le filtre',
  'library.card.loading': 'Chargement…',

  'article.byline': 'Par {author}',

  'search.results.none': 'Aucun résultat pour <q>{query}</q>.',
  'search.results.summary':
    '{lowerBound, select, true {Au moins {total, plural, one {# article} many {# d’articles} other {# articles}}} other {{total, plural, one {# article} many {# d’articles} other {# articles}}}}',
  'search.results.summaryShown':
    '{lowerBound, select, true {Au moins {total, plural, one {# article} many {# d’articles} other {# articles}}} other {{total, plural, one {# article} many {# d’articles} other {# articles}}}}, les {shown, number} meilleurs affichés',
  'search.results.closeSpellings': 'Aucun résultat exact\u202f; voici des orthographes proches.',
  'search.results.label': 'Résultats de la recherche',
  'search.results.yourNote': 'Votre note',
  'search.results.more': 'Plus de résultats',

  'appBar.backToLibrary': 'Retour à la bibliothèque',
  'appBar.library': 'Bibliothèque',

  'notebook.title': 'Carnet',
  'notebook.deleted': 'Supprimé.',
  'notebook.undo': 'Annuler',
  'notebook.empty.title': 'Rien d’enregistré pour l’instant.',
  'notebook.empty.body':
    'Sélectionnez du texte dans un article et choisissez Surligner (ou appuyez sur h), ou appuyez sur b pour marquer le paragraphe que vous lisez. Tout ce que vous marquez est rassemblé ici.',
  'notebook.empty.openLibrary': 'Ouvrir la bibliothèque',
  'notebook.count.all': '{count, plural, one {# passage} many {# de passages} other {# passages}}',
  'notebook.count.filtered':
    '{shown, plural, one {# passage} many {# de passages} other {# passages}} sur {count, number}',
  'notebook.noMatch': 'Rien ne correspond à ces filtres.',
  'notebook.noMatch.clear': 'Tout afficher',
  'notebook.unanchored.title': 'Passages détachés',
  'notebook.unanchored.body':
    'Leur article a disparu ou son texte a trop changé pour qu’on les retrouve. Les citations enregistrées sont conservées ici.',
  'notebook.item.goTo': 'Aller au passage',
  'notebook.item.edit': 'Modifier',
  'notebook.item.meta':
    '{kind, select, bookmark {Signet} yellow {Surlignage jaune} green {Surlignage vert} blue {Surlignage bleu} pink {Surlignage rose} other {Surlignage contrasté}} dans <cite>{title}</cite>, {date}',

  'appBar.shortcuts': 'Raccourcis clavier',
  'appBar.shortcuts.title': 'Raccourcis clavier (?)',

  'settings.title': 'Réglages de lecture',
  'settings.theme': 'Thème',
  'settings.theme.system': 'Système',
  'settings.theme.light': 'Clair',
  'settings.theme.dark': 'Sombre',
  'settings.theme.sepia': 'Sépia',
  'settings.textSize': 'Taille du texte',
  'settings.textSize.smaller': 'Texte plus petit',
  'settings.textSize.larger': 'Texte plus grand',
  'settings.textSize.value': '{size, number} px',
  'settings.textSize.reset': 'Taille par défaut',
  'settings.lineWidth': 'Largeur des lignes',
  'settings.lineWidth.narrow': 'Étroite',
  'settings.lineWidth.medium': 'Moyenne',
  'settings.lineWidth.wide': 'Large',

  'library.loading': 'Ouverture de la bibliothèque…',
  'library.failed.title': 'La bibliothèque n’a pas pu être ouverte',
  'library.failed.fix': 'Relancez l’application pour réessayer.',
  'library.filter.label': 'Filtrer les articles',
  'library.filter.placeholder': 'Filtrer par titre, auteur, étiquette…',
  'library.filter.clear': 'Effacer le filtre',
  'library.filter.tag': 'Filtrer par étiquette',
  'library.filter.allTags': 'Toutes les étiquettes',
  'library.filter.language': 'Filtrer par langue',
  'library.filter.allLanguages': 'Toutes les langues',
  'library.filter.option': '{name} ({count, number})',
  'library.sort': 'Trier par',
  'library.sort.title': 'Titre',
  'library.sort.published': 'Plus récents',
  'library.sort.readingTime': 'Plus courts',
  'library.sort.recent': 'Lus récemment',

  'article.source.title': 'Ouvre {href} dans votre navigateur',
  'article.source.link': 'Original sur {host}',

  'tags.label': 'Étiquettes\u202f:',
  'tags.separator': ',',

  'appBar.backToLibrary.title': 'Retour à la bibliothèque (Échap)',

  'reader.contents': 'Sommaire',
  'reader.contents.title': 'Sommaire (t)',
  'reader.contents.label': 'Table des matières',
  'reader.contents.close': 'Fermer le sommaire',
  'reader.removed.title': 'Cet article ne fait plus partie de la collection',
  'reader.removed.body':
    'La collection a été reconstruite sans lui. Les surlignages et notes que vous y avez faits sont conservés dans le Carnet.',
  'reader.backToLibrary': 'Retour à la bibliothèque',
  'reader.notFound.title': 'Cet article ne fait pas partie de la collection',
  'reader.failed.title': 'Cet article n’a pas pu être ouvert',
  'library.list.label': 'Articles',

  'search.label': 'Rechercher',
  'search.indexing': 'Indexation de la bibliothèque…',
  'search.indexing.progress': 'Progression de l’indexation',
  'search.gettingReady': 'La recherche se prépare…',
  'search.unavailable': 'La recherche est indisponible\u202f: {message}',
  'search.searching': 'Recherche…',
  'search.failed': 'La recherche a échoué\u202f: {message}',

  'history.label': 'Historique',
  'history.back': 'Précédent',
  'history.backTo':
    'Revenir {place, select, library {à la bibliothèque} notebook {au carnet} here {à un autre endroit de cet article} article {à «\u00a0{title}\u00a0»} other {à l’article précédent}} ({key})',
  'history.forward': 'Suivant',
  'history.forwardTo':
    'Aller {place, select, library {à la bibliothèque} notebook {au carnet} here {à un autre endroit de cet article} article {à «\u00a0{title}\u00a0»} other {à l’article suivant}} ({key})',
  'dialog.close': 'Fermer',

  'externalLink.title': 'Ouvrir {host} dans votre navigateur\u202f?',
  'externalLink.lead': 'Ce lien quitte le lecteur. Votre navigateur ouvrira cette adresse\u202f:',
  'externalLink.copied': 'Adresse copiée.',
  'externalLink.copyFailed': 'Impossible de copier l’adresse.',
  'externalLink.copy': 'Copier l’adresse',
  'externalLink.stay': 'Rester ici',
  'externalLink.open': 'Ouvrir dans le navigateur',

  'matches.label': 'Occurrences dans cet article',
  'matches.find': 'Chercher dans l’article',
  'matches.finding': 'Recherche des occurrences…',
  'matches.unavailable': 'Occurrences indisponibles\u202f: {message}',
  'matches.none': 'Aucune occurrence',
  'matches.position': '{current, number} sur {total, number}',
  'matches.previous': 'Occurrence précédente',
  'matches.previous.title': 'Occurrence précédente ([ ou Maj+F3)',
  'matches.next': 'Occurrence suivante',
  'matches.next.title': 'Occurrence suivante (] ou F3)',
  'matches.clear': 'Effacer les occurrences',
  'highlight.color.yellow': 'Jaune',
  'highlight.color.green': 'Vert',
  'highlight.color.blue': 'Bleu',
  'highlight.color.pink': 'Rose',
  'highlight.color.contrast': 'Contraste élevé',
  'highlight.colour': 'Couleur',
  'highlight.deleted.bookmark': 'Signet supprimé.',
  'highlight.deleted.highlight': 'Surlignage supprimé.',
  'highlight.dismiss': 'Masquer',

  'annotation.kind':
    '{kind, select, bookmark {Signet} yellow {Surlignage jaune} green {Surlignage vert} blue {Surlignage bleu} pink {Surlignage rose} other {Surlignage contrasté}}',
  'annotation.kind.prefix': '{kind}\u202f:',
  'annotation.note': 'Note',
  'annotation.tags': 'Étiquettes <hint>(séparées par des virgules)</hint>',
  'annotation.saveNote': 'Enregistrer la note',
  'annotation.delete': 'Supprimer',

  'annotations.title': 'Annotations',
  'annotations.button.title': 'Surlignages, notes et signets',
  'annotations.close': 'Fermer les annotations',
  'annotations.empty':
    'Sélectionnez du texte pour le surligner, ou appuyez sur b pour marquer le paragraphe que vous lisez.',
  'annotations.unanchored.body':
    'L’article a changé et ces passages sont introuvables. Leur texte est conservé.',
  'annotations.export.markdown': 'Exporter en Markdown',
  'annotations.export.json': 'Exporter en JSON',

  'selection.label': 'Sélection',
  'selection.toolbar': 'Texte sélectionné',
  'selection.highlight': 'Surligner',
  'selection.highlight.title': 'Surligner (h)',
  'selection.colour': 'Couleur du surlignage',
  'selection.colour.title': '{colour} ({key, number})',
  'selection.copy': 'Copier avec la référence',
  'selection.copied': 'Passage copié avec sa référence.',
  'selection.copyFailed': 'Impossible de copier le passage dans le presse-papiers.',

  'notebook.filter.find': 'Chercher dans les notes',
  'notebook.filter.find.placeholder': 'Chercher dans les citations, notes et étiquettes',
  'notebook.filter.all': 'Toutes',
  'notebook.filter.bookmarks': 'Signets',
  'notebook.filter.tag': 'Étiquette',
  'notebook.filter.article': 'Article',
  'notebook.filter.allArticles': 'Tous les articles',
  'notebook.filter.sort': 'Tri',
  'notebook.sort.newest': 'Plus récentes',
  'notebook.sort.oldest': 'Plus anciennes',
  'notebook.sort.place': 'Article et position',
  'settings.readFailed':
    'Vos réglages n’ont pas pu être lus\u202f; les réglages par défaut s’appliquent\u202f: {message}',

  'notebook.export.webAnnotation': 'Exporter en JSON (Web Annotation)',
  'notebook.import': 'Importer un JSON…',
  'notebook.import.label': 'Importer des annotations',
  'notebook.import.done':
    '{file} importé\u202f: {added, plural, one {# ajoutée} other {# ajoutées}}, {updated, plural, one {# mise à jour} other {# mises à jour}}, {skipped, plural, one {# ignorée} other {# ignorées}}.',
  'notebook.import.failed': '{file} n’a pas pu être importé\u202f: {message}',
  'caret.on':
    'Navigation au curseur activée. Les flèches déplacent le curseur\u202f; maintenez Maj pour sélectionner. Appuyez sur F7 pour la désactiver.',
  'caret.off': 'Navigation au curseur désactivée.',
  'caret.badge.label': 'Navigation au curseur',
  'caret.badge.text': 'Navigation au curseur <kbd>F7</kbd>',
  'caret.badge.turnOff': 'Désactiver',
  'readAloud.start': 'Lecture à voix haute',
  'readAloud.pause': 'Mettre la lecture en pause',
  'readAloud.resume': 'Reprendre la lecture',
  'readAloud.withKey': '{label} ({key})',
  'readAloud.state.playing': 'Lecture en cours',
  'readAloud.state.paused': 'En pause',
  'readAloud.state.separator': '\u202f:',
  'readAloud.previousSection': 'Section précédente',
  'readAloud.previousSentence': 'Phrase précédente',
  'readAloud.bar.pause': 'Pause',
  'readAloud.bar.resume': 'Reprendre',
  'readAloud.nextSentence': 'Phrase suivante',
  'readAloud.nextSection': 'Section suivante',
  'readAloud.stop': 'Arrêter la lecture',

  'speech.speed': 'Vitesse',
  'speech.slower': 'Plus lent',
  'speech.faster': 'Plus rapide',
  'speech.resetSpeed': 'Vitesse par défaut',
  'speech.voice': 'Voix',
  'speech.voice.automatic': 'Automatique',
  'speech.voice.missing': 'La voix choisie (non installée)',
  'speech.voice.loading': 'Recherche des voix du système…',
  'speech.voice.hint':
    'Une voix lit les articles dans sa langue\u202f; «\u00a0Automatique\u00a0» et les autres langues utilisent la voix du système pour l’article.',

  'print.save': 'Enregistrer en PDF…',
  'print.untitled': 'Article',
  'print.saved': '«\u00a0{title}\u00a0» enregistré sous {path}',
  'print.failed': '«\u00a0{title}\u00a0» n’a pas pu être enregistré en PDF\u202f: {message}',
  'reader.progress': 'Progression de la lecture',

  'image.unavailable': 'Image indisponible',
  'image.unavailable.named': 'Image indisponible\u202f: {name}',
  'image.open': 'Agrandir l’image',
  'image.open.named': '{name} (agrandir)',
  'image.label': 'Image',

  'footnote.list': 'Notes de bas de page',
  'article.task.done': 'Tâche faite',
  'article.aside': 'Remarque',
  'footnote.title': 'Note {label}',
  'footnote.back': 'Retour à l’appel de note {label}',
  'footnote.close': 'Fermer la note',
  'annotation.failed.change': 'La modification n’a pas pu être enregistrée\u202f: {message}',
  'annotation.failed.delete': 'La suppression a échoué\u202f: {message}',
  'annotation.failed.undo': 'L’annulation a échoué\u202f: {message}',
  'highlight.failed.load': 'Vos surlignages n’ont pas pu être chargés\u202f: {message}',
  'highlight.failed.check': 'Vos surlignages n’ont pas pu être vérifiés\u202f: {message}',
  'highlight.failed.save': 'Le surlignage n’a pas pu être enregistré\u202f: {message}',
  'bookmark.failed.save': 'Le signet n’a pas pu être enregistré\u202f: {message}',
  'notebook.failed.load': 'Le carnet n’a pas pu être chargé\u202f: {message}',
  'notebook.failed.status': 'L’état du carnet n’a pas pu être lu\u202f: {message}',
  'annotations.export.failed': 'L’export a échoué\u202f: {message}',
  'reader.failed.update':
    'La nouvelle version de l’article n’a pas pu être ouverte\u202f: {message}',
  'reader.failed.positions': 'Vos positions de lecture n’ont pas pu être lues\u202f: {message}',
  'library.failed.page': 'Une partie de la bibliothèque n’a pas pu être chargée\u202f: {message}',
  'settings.saveFailed': 'Votre réglage n’a pas pu être enregistré\u202f: {message}',

  'shortcuts.title': 'Raccourcis clavier',
  'shortcuts.or': 'ou',
  'shortcuts.then': 'puis',
  'shortcuts.scope.everywhere': 'Partout',
  'shortcuts.scope.library': 'Bibliothèque',
  'shortcuts.scope.reader': 'Lecture',
  'shortcuts.scope.caret':
    'Navigation au curseur (F7)\u202f: se déplacer et sélectionner au clavier',
  'shortcuts.scope.highlights': 'Surlignages et signets',
  'shortcuts.scope.notebook': 'Carnet',
  'key.mod': 'Ctrl',
  'key.alt': 'Alt',
  'key.shift': 'Maj',
  'key.escape': 'Échap',
  'key.home': 'Début',
  'key.end': 'Fin',
  'key.enter': 'Entrée',
  'shortcut.leave-notebook': 'Fermer l’éditeur ouvert, sinon revenir à la bibliothèque',
  'shortcut.show-shortcuts': 'Afficher les raccourcis clavier',
  'shortcut.history-back': 'Revenir là où vous étiez (aussi le bouton Précédent de la souris)',
  'shortcut.history-forward': 'Avancer de nouveau (aussi le bouton Suivant de la souris)',
  'shortcut.cycle-theme': 'Changer de thème\u202f: clair, sombre, sépia, système',
  'shortcut.focus-search': 'Rechercher',
  'shortcut.focus-filter': 'Filtrer les articles',
  'shortcut.next-article': 'Article suivant',
  'shortcut.previous-article': 'Article précédent',
  'shortcut.first-article': 'Premier article',
  'shortcut.last-article': 'Dernier article',
  'shortcut.open-article': 'Ouvrir l’article',
  'shortcut.cycle-sort': 'Changer l’ordre de tri',
  'shortcut.search-library': 'Rechercher dans la bibliothèque',
  'shortcut.find-in-article': 'Chercher dans cet article',
  'shortcut.next-match': 'Occurrence suivante (quand des occurrences sont marquées)',
  'shortcut.previous-match': 'Occurrence précédente (quand des occurrences sont marquées)',
  'shortcut.clear-matches': 'Effacer les occurrences marquées',
  'shortcut.read-aloud':
    'Lire à voix haute à partir d’ici ou la sélection, mettre en pause, reprendre',
  'shortcut.read-aloud-next-sentence': 'Phrase suivante (pendant la lecture à voix haute)',
  'shortcut.read-aloud-previous-sentence': 'Phrase précédente (pendant la lecture à voix haute)',
  'shortcut.read-aloud-next-section': 'Lire la section suivante (pendant la lecture à voix haute)',
  'shortcut.read-aloud-previous-section':
    'Relire cette section, ou la précédente (pendant la lecture à voix haute)',
  'shortcut.back-to-library':
    'Fermer ce qui est ouvert ou arrêter la lecture, sinon revenir à la bibliothèque',
  'shortcut.print-article': 'Imprimer cet article',
  'shortcut.toggle-contents': 'Afficher ou masquer le sommaire',
  'shortcut.scroll-down': 'Faire défiler vers le bas',
  'shortcut.scroll-up': 'Faire défiler vers le haut',
  'shortcut.next-section': 'Section suivante',
  'shortcut.previous-section': 'Section précédente',
  'shortcut.go-to-top': 'Aller au début',
  'shortcut.go-to-end': 'Aller à la fin',
  'shortcut.larger-text': 'Texte plus grand',
  'shortcut.smaller-text': 'Texte plus petit',
  'shortcut.reset-text-size': 'Taille du texte par défaut',
  'shortcut.cycle-line-width': 'Changer la largeur des lignes',
  'shortcut.toggle-caret-mode':
    'Navigation au curseur\u202f: se déplacer et sélectionner au clavier',
  'shortcut.caret-character': 'Par caractère (avec Maj\u202f: sélectionner)',
  'shortcut.caret-word': 'Par mot (avec Maj\u202f: sélectionner)',
  'shortcut.caret-line': 'Par ligne (avec Maj\u202f: sélectionner)',
  'shortcut.caret-line-boundary': 'Au début ou à la fin de la ligne (avec Maj\u202f: sélectionner)',
  'shortcut.caret-paragraph': 'Par paragraphe (avec Maj\u202f: sélectionner)',
  'shortcut.caret-article-boundary':
    'Au début ou à la fin de l’article (avec Maj\u202f: sélectionner)',
  'shortcut.select-sentence': 'Sélectionner la phrase (de nouveau\u202f: ajouter la suivante)',
  'shortcut.select-paragraph': 'Sélectionner le paragraphe (de nouveau\u202f: ajouter le suivant)',
  'shortcut.highlight-selection': 'Surligner le texte sélectionné',
  'shortcut.open-selection-toolbar':
    'Aller à la barre d’outils du texte sélectionné (note, copie, couleurs)',
  'shortcut.toggle-bookmark':
    'Poser un signet sur le paragraphe que vous lisez (de nouveau pour l’enlever)',
  'shortcut.colour-1': 'Surligner ou changer la couleur\u202f: jaune',
  'shortcut.colour-2': 'Surligner ou changer la couleur\u202f: vert',
  'shortcut.colour-3': 'Surligner ou changer la couleur\u202f: bleu',
  'shortcut.colour-4': 'Surligner ou changer la couleur\u202f: rose',
  'shortcut.colour-5': 'Surligner ou changer la couleur\u202f: contraste élevé',

  'speech.unavailable.noSpeech':
    'La lecture à voix haute n’est pas disponible\u202f: cette fenêtre n’a pas de synthèse vocale (l’API Web Speech).',
  'speech.unavailable.noVoice':
    'Aucune voix n’est installée pour la lecture à voix haute. {platform, select, linux {Sous Linux, installez speech-dispatcher avec une voix (par exemple le paquet speech-dispatcher-espeak-ng), puis relancez l’application.} windows {Ajoutez une voix dans Paramètres Windows › Heure et langue › Voix, puis relancez l’application.} mac {Ajoutez une voix dans Réglages Système › Accessibilité › Contenu énoncé, puis relancez l’application.} other {Installez une voix pour la synthèse vocale de votre système, puis relancez l’application.}}',
  'speech.voice.otherLanguages': 'Autres',
  'readAloud.noText': 'Cet article n’a pas de texte à lire à voix haute.',
  'readAloud.otherVoice':
    'Aucune voix en {language} n’est installée\u202f: {voice} lit cet article.',
  'readAloud.finished': 'Lecture à voix haute terminée\u202f: c’est la fin de l’article.',
  'readAloud.stopped':
    'Lecture à voix haute interrompue\u202f: {reason, select, audioBusy {la sortie audio est utilisée par un autre programme} audioHardware {aucune sortie audio n’a été trouvée} synthesisUnavailable {le moteur de synthèse vocale ne fonctionne pas} synthesisFailed {le moteur de synthèse vocale a échoué} languageUnavailable {aucune voix ne sait lire cette langue} voiceUnavailable {la voix choisie n’est pas disponible} textTooLong {une phrase était trop longue pour la voix} notAllowed {le système n’a pas permis de lancer la synthèse vocale} interrupted {autre chose a interrompu la lecture} canceled {autre chose a annulé la lecture} other {le moteur de synthèse vocale a signalé «\u00a0{code}\u00a0»}}.',

  'anchoring.moved': 'déplacé avec son texte quand l’article a changé',
  'anchoring.approximate': 'l’article a changé\u202f; placé sur le passage le plus proche',
  'anchoring.orphan':
    '{cause, select, articleGone {L’article ne fait plus partie de la collection.} emptyQuote {La citation enregistrée est vide.} shortQuote {La citation fait moins de {min, number} caractères et n’apparaît plus telle quelle.} longQuote {La citation est trop longue pour une recherche approchée.} noMatchNearby {Aucun passage assez proche de la citation n’a été trouvé près de son ancienne place.} noMatch {Aucun passage assez proche de la citation n’a été trouvé.} emptyMatch {La correspondance la plus proche est vide.} other {Le passage est introuvable.}}',

  'article.table': 'Tableau',
  'article.table.numbered': 'Tableau {number, number}',
  'article.link.titled': '{title}\u202f: {url}',
  'article.link.web': '{title} (s’ouvre dans votre navigateur)',
  'library.reloaded':
    'La collection a été reconstruite et elle est à jour\u202f: {count, plural, one {# article} many {# d’articles} other {# articles}}.',
  'reader.failed.savePlace':
    'Votre position dans «\u00a0{title}\u00a0» n’a pas pu être enregistrée\u202f: {message}',
  'matches.query': 'Recherche\u202f: <q>{query}</q>',

  'settings.language': 'Langue',
  'settings.language.system': 'Langue du système',

  // Messages the main process sends (common/errors.ts READER_ERROR_TEXT_IDS).
  'error.storage': '{lead} : {reason}.',
  'error.storage.lead.highlights': 'Les surlignages ne peuvent pas être enregistrés',
  'error.storage.lead.change': 'Cette modification n’a pas été enregistrée',
  'error.storage.lead.settings': 'Vos réglages n’ont pas pu être enregistrés',
  'error.storage.lead.readingPlace': 'Votre position de lecture n’a pas pu être enregistrée',
  'error.storage.lead.pdf': 'Le PDF n’a pas pu être enregistré',
  'error.storage.reason.full': 'le disque est plein ({dir}) ; libérez de la place, puis réessayez',
  'error.storage.reason.quota':
    'le disque est plein : votre quota est atteint ({dir}) ; libérez de la place, puis réessayez',
  'error.storage.reason.readOnly': 'le dossier {dir} est en lecture seule',
  'error.storage.reason.forbidden': 'l’app n’a pas le droit d’écrire dans {dir}',
  'error.storage.reason.fileInTheWay': 'un fichier se trouve là où devrait être le dossier {dir}',
  'error.storage.reason.folderInTheWay': '{path} est un dossier là où devrait être un fichier',
  'error.storage.reason.io': 'le disque a signalé une erreur de lecture ou d’écriture ({path})',
  'error.storage.reason.other': '{path} n’a pas pu être écrit ({detail})',
  'error.search.notReady': 'La recherche se prépare ; réessayez dans un instant.',
  'error.search.indexing':
    'La bibliothèque est en cours d’indexation ({percent, number} %) ; la recherche sera prête dans un instant.',
  'error.article.notFound': 'Cette collection ne contient aucun article « {id} ».',
  'error.collection.missing':
    'Aucune collection compilée n’a été trouvée dans {dir}. Reconstruisez-la avec `npm run content:build`.',
  'error.collection.damaged':
    'La collection de {dir} est endommagée ou d’une autre version ({path} : {detail}). Reconstruisez-la avec `npm run content:build`.',
  'error.collection.articleMissing':
    'Le fichier d’article {path} est manquant. Reconstruisez la collection avec `npm run content:build`.',
  'error.collection.articleDamaged':
    'Le fichier d’article {path} est endommagé. Reconstruisez la collection avec `npm run content:build`.',
  'error.collection.unreadable': 'Impossible de lire {path} : {detail}',
  'error.collection.notJson':
    '{path} n’est pas du JSON valide ({detail}). Reconstruisez la collection avec `npm run content:build`.',
  'error.storage.lock.otherCopy':
    'Les surlignages ne peuvent pas être enregistrés : une autre copie de l’app (processus {pid}) utilise {dir}. Fermez-la, puis relancez celle-ci ; si aucune autre copie ne tourne, supprimez {path}.',
  'error.storage.lock.contended':
    'Les surlignages ne peuvent pas être enregistrés : le verrou {path} est sans cesse repris par une autre copie de l’app.',
  'error.import.tooLarge':
    'Le fichier compte {chars, number} caractères ; on ne peut en importer que {max, number} à la fois.',
};
