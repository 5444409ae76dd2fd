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
  'history.backTo': 'Revenir à {name} ({key})',
  'history.forward': 'Suivant',
  'history.forwardTo': 'Aller à {name} ({key})',
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
};
