// El catálogo español: neutro, con imperativos de tú como en las aplicaciones
// de escritorio; comillas angulares «…» y teclas como en los teclados españoles.
import type { Catalogue } from '../catalogues';

export const es: Catalogue = {
  'format.readingTime': '{minutes, number} min de lectura',
  'format.progress.finished': 'Terminado',
  'format.progress.read': 'Leído: {progress, number, ::percent}',
  'format.words': '{words, plural, one {# palabra} many {# de palabras} other {# palabras}}',
  'format.words.compact': '{words, number, ::compact-short .#} palabras',

  'screen.bridgeMissing.title': 'Esta ventana no está conectada a la aplicación',
  'screen.bridgeMissing.body':
    'La página no encuentra la conexión del lector con la aplicación (<code>window.reader</code>), así que no puede cargar artículos.',
  'screen.bridgeMissing.fix':
    'Inicia la aplicación con <code>npm start</code> en lugar de abrir <code>index.html</code> en un navegador.',
  'screen.collectionUnavailable.title': 'La colección de artículos falta o está dañada',
  'screen.collectionUnavailable.body':
    'La aplicación no pudo abrir su colección compilada de artículos:',
  'screen.collectionUnavailable.fix':
    'Vuelve a generarla a partir de los artículos de <code>content/</code> con <code>npm run content:build</code> y reinicia la aplicación.',

  'library.stats.updated': 'actualizada el {date}',
  'library.count.all':
    '{count, plural, one {# artículo} many {# de artículos} other {# artículos}}',
  'library.count.filtered':
    '{shown, number} de {count, plural, one {# artículo} many {# de artículos} other {# artículos}}',
  'library.empty.title': 'Esta colección aún no tiene artículos',
  'library.empty.body':
    'Coloca archivos Markdown, de texto o HTML en <code>content/articles</code>, ejecuta <code>npm run content:build</code> y reinicia la aplicación.',
  'library.noMatch.text': 'Ningún artículo coincide con «{filter}»',
  'library.noMatch.tag': 'Ningún artículo tiene esta etiqueta',
  'library.noMatch.language': 'No hay artículos en este idioma',
  'library.noMatch.clear': 'Borrar filtro',
  'library.card.loading': 'Cargando…',

  'article.byline': 'Por {author}',

  'search.results.none': 'Nada coincide con <q>{query}</q>.',
  'search.results.summary':
    '{lowerBound, select, true {Al menos {total, plural, one {# artículo} many {# de artículos} other {# artículos}}} other {{total, plural, one {# artículo} many {# de artículos} other {# artículos}}}}',
  'search.results.summaryShown':
    '{lowerBound, select, true {Al menos {total, plural, one {# artículo} many {# de artículos} other {# artículos}}} other {{total, plural, one {# artículo} many {# de artículos} other {# artículos}}}}; se muestran los {shown, number} mejores',
  'search.results.closeSpellings': 'No hay coincidencias exactas; estas son grafías parecidas.',
  'search.results.label': 'Resultados de la búsqueda',
  'search.results.yourNote': 'Tu nota',
  'search.results.more': 'Más resultados',

  'appBar.backToLibrary': 'Volver a la biblioteca',
  'appBar.library': 'Biblioteca',

  'notebook.title': 'Cuaderno',
  'notebook.deleted': 'Eliminado.',
  'notebook.undo': 'Deshacer',
  'notebook.empty.title': 'Aún no has guardado nada.',
  'notebook.empty.body':
    'Selecciona texto en un artículo y elige Resaltar (o pulsa h), o pulsa b para añadir un marcador al párrafo que estás leyendo. Todo lo que marques se reúne aquí.',
  'notebook.empty.openLibrary': 'Abrir la biblioteca',
  'notebook.count.all':
    '{count, plural, one {# fragmento} many {# de fragmentos} other {# fragmentos}}',
  'notebook.count.filtered':
    '{shown, plural, one {# fragmento} many {# de fragmentos} other {# fragmentos}} de {count, number}',
  'notebook.noMatch': 'Nada coincide con estos filtros.',
  'notebook.noMatch.clear': 'Mostrar todo',
  'notebook.unanchored.title': 'Sin ubicar',
  'notebook.unanchored.body':
    'Su artículo ya no existe o su texto cambió demasiado para volver a encontrar estos fragmentos. Las citas guardadas se conservan aquí.',
  'notebook.item.goTo': 'Ir al fragmento',
  'notebook.item.edit': 'Editar',
  'notebook.item.meta':
    '{kind, select, bookmark {Marcador} yellow {Resaltado amarillo} green {Resaltado verde} blue {Resaltado azul} pink {Resaltado rosa} other {Resaltado de alto contraste}} en <cite>{title}</cite>, {date}',

  'appBar.shortcuts': 'Atajos de teclado',
  'appBar.shortcuts.title': 'Atajos de teclado (?)',

  'settings.title': 'Ajustes de lectura',
  'settings.theme': 'Tema',
  'settings.theme.system': 'Sistema',
  'settings.theme.light': 'Claro',
  'settings.theme.dark': 'Oscuro',
  'settings.theme.sepia': 'Sepia',
  'settings.textSize': 'Tamaño del texto',
  'settings.textSize.smaller': 'Texto más pequeño',
  'settings.textSize.larger': 'Texto más grande',
  'settings.textSize.value': '{size, number} px',
  'settings.textSize.reset': 'Restablecer tamaño del texto',
  'settings.lineWidth': 'Ancho de línea',
  'settings.lineWidth.narrow': 'Estrecho',
  'settings.lineWidth.medium': 'Medio',
  'settings.lineWidth.wide': 'Ancho',

  'library.loading': 'Abriendo la biblioteca…',
  'library.failed.title': 'No se pudo abrir la biblioteca',
  'library.failed.fix': 'Reinicia la aplicación para volver a intentarlo.',
  'library.filter.label': 'Filtrar artículos',
  'library.filter.placeholder': 'Filtrar por título, autor, etiqueta…',
  'library.filter.clear': 'Borrar filtro',
  'library.filter.tag': 'Filtrar por etiqueta',
  'library.filter.allTags': 'Todas las etiquetas',
  'library.filter.language': 'Filtrar por idioma',
  'library.filter.allLanguages': 'Todos los idiomas',
  'library.filter.option': '{name} ({count, number})',
  'library.sort': 'Ordenar por',
  'library.sort.title': 'Título',
  'library.sort.published': 'Más recientes primero',
  'library.sort.readingTime': 'Más cortos primero',
  'library.sort.recent': 'Leídos recientemente',

  'article.source.title': 'Abre {href} en tu navegador',
  'article.source.link': 'Original en {host}',

  'tags.label': 'Etiquetas:',
  'tags.separator': ',',

  'appBar.backToLibrary.title': 'Volver a la biblioteca (Esc)',

  'reader.contents': 'Índice',
  'reader.contents.title': 'Índice (t)',
  'reader.contents.label': 'Tabla de contenido',
  'reader.contents.close': 'Cerrar índice',
  'reader.removed.title': 'Este artículo ya no está en la colección',
  'reader.removed.body':
    'La colección se volvió a generar sin él. Los resaltados y notas que hiciste en él se conservan en el Cuaderno.',
  'reader.backToLibrary': 'Volver a la biblioteca',
  'reader.notFound.title': 'Este artículo no está en la colección',
  'reader.failed.title': 'No se pudo abrir este artículo',

  'library.list.label': 'Artículos',

  'search.label': 'Buscar',
  'search.indexing': 'Indexando la biblioteca…',
  'search.indexing.progress': 'Progreso de la indexación',
  'search.gettingReady': 'Preparando la búsqueda…',
  'search.unavailable': 'La búsqueda no está disponible: {message}',
  'search.searching': 'Buscando…',
  'search.failed': 'La búsqueda falló: {message}',

  'history.label': 'Historial',
  'history.back': 'Atrás',
  'history.backTo':
    'Volver {place, select, library {a la biblioteca} notebook {al cuaderno} here {a otro lugar de este artículo} article {a «{title}»} other {al artículo anterior}} ({key})',
  'history.forward': 'Adelante',
  'history.forwardTo':
    'Avanzar {place, select, library {a la biblioteca} notebook {al cuaderno} here {a otro lugar de este artículo} article {a «{title}»} other {al artículo siguiente}} ({key})',

  'dialog.close': 'Cerrar',

  'externalLink.title': '¿Abrir {host} en tu navegador?',
  'externalLink.lead': 'Este enlace sale del lector. Tu navegador abrirá esta dirección:',
  'externalLink.copied': 'Dirección copiada.',
  'externalLink.copyFailed': 'No se pudo copiar la dirección.',
  'externalLink.copy': 'Copiar dirección',
  'externalLink.stay': 'Quedarse aquí',
  'externalLink.open': 'Abrir en el navegador',

  'matches.label': 'Coincidencias en este artículo',
  'matches.find': 'Buscar en el artículo',
  'matches.finding': 'Buscando coincidencias…',
  'matches.unavailable': 'Coincidencias no disponibles: {message}',
  'matches.none': 'Sin coincidencias',
  'matches.position': '{current, number} de {total, number}',
  'matches.previous': 'Coincidencia anterior',
  'matches.previous.title': 'Coincidencia anterior ([ o Mayús+F3)',
  'matches.next': 'Coincidencia siguiente',
  'matches.next.title': 'Coincidencia siguiente (] o F3)',
  'matches.clear': 'Borrar coincidencias',

  'highlight.color.yellow': 'Amarillo',
  'highlight.color.green': 'Verde',
  'highlight.color.blue': 'Azul',
  'highlight.color.pink': 'Rosa',
  'highlight.color.contrast': 'Alto contraste',
  'highlight.colour': 'Color',
  'highlight.deleted.bookmark': 'Marcador eliminado.',
  'highlight.deleted.highlight': 'Resaltado eliminado.',
  'highlight.dismiss': 'Descartar',

  'annotation.kind':
    '{kind, select, bookmark {Marcador} yellow {Resaltado amarillo} green {Resaltado verde} blue {Resaltado azul} pink {Resaltado rosa} other {Resaltado de alto contraste}}',
  'annotation.kind.prefix': '{kind}:',
  'annotation.note': 'Nota',
  'annotation.tags': 'Etiquetas <hint>(separadas por comas)</hint>',
  'annotation.saveNote': 'Guardar nota',
  'annotation.delete': 'Eliminar',

  'annotations.title': 'Anotaciones',
  'annotations.button.title': 'Resaltados, notas y marcadores',
  'annotations.close': 'Cerrar anotaciones',
  'annotations.empty':
    'Selecciona texto para resaltarlo, o pulsa b para añadir un marcador al párrafo que estás leyendo.',
  'annotations.unanchored.body':
    'El artículo cambió y no se pudieron volver a encontrar estos fragmentos. Su texto se conserva.',
  'annotations.export.markdown': 'Exportar Markdown',
  'annotations.export.json': 'Exportar JSON',

  'selection.label': 'Selección',
  'selection.toolbar': 'Texto seleccionado',
  'selection.highlight': 'Resaltar',
  'selection.highlight.title': 'Resaltar (h)',
  'selection.colour': 'Color de resaltado',
  'selection.colour.title': '{colour} ({key, number})',
  'selection.copy': 'Copiar con cita',
  'selection.copied': 'Fragmento copiado con su cita.',
  'selection.copyFailed': 'No se pudo copiar el fragmento al portapapeles.',

  'notebook.filter.find': 'Buscar en las notas',
  'notebook.filter.find.placeholder': 'Buscar en citas, notas y etiquetas',
  'notebook.filter.all': 'Todo',
  'notebook.filter.bookmarks': 'Marcadores',
  'notebook.filter.tag': 'Etiqueta',
  'notebook.filter.article': 'Artículo',
  'notebook.filter.allArticles': 'Todos los artículos',
  'notebook.filter.sort': 'Ordenar',
  'notebook.sort.newest': 'Más recientes primero',
  'notebook.sort.oldest': 'Más antiguos primero',
  'notebook.sort.place': 'Artículo y posición',

  'settings.readFailed':
    'No se pudieron leer tus ajustes, así que se usan los predeterminados: {message}',

  'notebook.export.webAnnotation': 'Exportar JSON (Web Annotation)',
  'notebook.import': 'Importar JSON…',
  'notebook.import.label': 'Importar anotaciones',
  'notebook.import.done':
    '{file} importado: {added, plural, one {# añadida} other {# añadidas}}, {updated, plural, one {# actualizada} other {# actualizadas}}, {skipped, plural, one {# omitida} other {# omitidas}}.',
  'notebook.import.failed': 'No se pudo importar {file}: {message}',

  'caret.on':
    'Modo cursor activado. Las flechas mueven el cursor; mantén Mayús para seleccionar. Pulsa F7 para desactivarlo.',
  'caret.off': 'Modo cursor desactivado.',
  'caret.badge.label': 'Modo cursor',
  'caret.badge.text': 'Modo cursor <kbd>F7</kbd>',
  'caret.badge.turnOff': 'Desactivar',
  'readAloud.start': 'Leer en voz alta',
  'readAloud.pause': 'Pausar la lectura en voz alta',
  'readAloud.resume': 'Reanudar la lectura en voz alta',
  'readAloud.withKey': '{label} ({key})',
  'readAloud.state.playing': 'Leyendo en voz alta',
  'readAloud.state.paused': 'En pausa',
  'readAloud.state.separator': ':',
  'readAloud.previousSection': 'Sección anterior',
  'readAloud.previousSentence': 'Frase anterior',
  'readAloud.bar.pause': 'Pausar',
  'readAloud.bar.resume': 'Reanudar',
  'readAloud.nextSentence': 'Frase siguiente',
  'readAloud.nextSection': 'Sección siguiente',
  'readAloud.stop': 'Detener la lectura en voz alta',

  'speech.speed': 'Velocidad',
  'speech.slower': 'Más lento',
  'speech.faster': 'Más rápido',
  'speech.resetSpeed': 'Restablecer velocidad',
  'speech.voice': 'Voz',
  'speech.voice.automatic': 'Automática',
  'speech.voice.missing': 'La voz elegida (no instalada)',
  'speech.voice.loading': 'Buscando las voces del sistema…',
  'speech.voice.hint':
    'Una voz lee los artículos en su idioma; «Automática» y los demás idiomas usan la voz del sistema para el artículo.',

  'print.save': 'Guardar como PDF…',
  'print.untitled': 'Artículo',
  'print.saved': '«{title}» guardado como {path}',
  'print.failed': 'No se pudo guardar «{title}» como PDF: {message}',

  'reader.progress': 'Progreso de lectura',

  'image.unavailable': 'Imagen no disponible',
  'image.unavailable.named': 'Imagen no disponible: {name}',
  'image.open': 'Abrir la imagen más grande',
  'image.open.named': '{name} (abrir más grande)',
  'image.label': 'Imagen',

  'footnote.list': 'Notas al pie',
  'article.task.done': 'Tarea hecha',
  'article.aside': 'Nota',
  'footnote.title': 'Nota al pie {label}',
  'footnote.back': 'Volver a la referencia {label}',
  'footnote.close': 'Cerrar nota al pie',

  'annotation.failed.change': 'No se pudo guardar el cambio: {message}',
  'annotation.failed.delete': 'No se pudo eliminar: {message}',
  'annotation.failed.undo': 'No se pudo deshacer: {message}',
  'highlight.failed.load': 'No se pudieron cargar tus resaltados: {message}',
  'highlight.failed.check': 'No se pudieron comprobar tus resaltados: {message}',
  'highlight.failed.save': 'No se pudo guardar el resaltado: {message}',
  'bookmark.failed.save': 'No se pudo guardar el marcador: {message}',
  'notebook.failed.load': 'No se pudo cargar el cuaderno: {message}',
  'notebook.failed.status': 'No se pudo leer el estado del cuaderno: {message}',
  'annotations.export.failed': 'La exportación falló: {message}',
  'reader.failed.update': 'No se pudo abrir el artículo actualizado: {message}',
  'reader.failed.positions': 'No se pudieron leer tus posiciones de lectura: {message}',
  'library.failed.page': 'No se pudo cargar parte de la biblioteca: {message}',
  'settings.saveFailed': 'No se pudo guardar tu ajuste: {message}',

  'shortcuts.title': 'Atajos de teclado',
  'shortcuts.or': 'o',
  'shortcuts.then': 'después',
  'shortcuts.scope.everywhere': 'En todas partes',
  'shortcuts.scope.library': 'Biblioteca',
  'shortcuts.scope.reader': 'Lectura',
  'shortcuts.scope.caret': 'Modo cursor (F7): moverse y seleccionar con el teclado',
  'shortcuts.scope.highlights': 'Resaltados y marcadores',
  'shortcuts.scope.notebook': 'Cuaderno',
  'key.mod': 'Ctrl',
  'key.alt': 'Alt',
  'key.shift': 'Mayús',
  'key.escape': 'Esc',
  'key.home': 'Inicio',
  'key.end': 'Fin',
  'key.enter': 'Intro',
  'shortcut.leave-notebook': 'Cerrar el editor abierto; si no, volver a la biblioteca',
  'shortcut.show-shortcuts': 'Mostrar los atajos de teclado',
  'shortcut.history-back': 'Volver a donde estabas (también el botón Atrás del ratón)',
  'shortcut.history-forward': 'Avanzar de nuevo (también el botón Adelante del ratón)',
  'shortcut.cycle-theme': 'Cambiar de tema: claro, oscuro, sepia, sistema',
  'shortcut.focus-search': 'Buscar',
  'shortcut.focus-filter': 'Filtrar artículos',
  'shortcut.next-article': 'Artículo siguiente',
  'shortcut.previous-article': 'Artículo anterior',
  'shortcut.first-article': 'Primer artículo',
  'shortcut.last-article': 'Último artículo',
  'shortcut.open-article': 'Abrir artículo',
  'shortcut.cycle-sort': 'Cambiar el orden',
  'shortcut.search-library': 'Buscar en la biblioteca',
  'shortcut.find-in-article': 'Buscar en este artículo',
  'shortcut.next-match': 'Coincidencia siguiente (con coincidencias marcadas)',
  'shortcut.previous-match': 'Coincidencia anterior (con coincidencias marcadas)',
  'shortcut.clear-matches': 'Borrar las coincidencias marcadas',
  'shortcut.read-aloud': 'Leer en voz alta desde aquí o la selección, pausar, reanudar',
  'shortcut.read-aloud-next-sentence': 'Frase siguiente (al leer en voz alta)',
  'shortcut.read-aloud-previous-sentence': 'Frase anterior (al leer en voz alta)',
  'shortcut.read-aloud-next-section': 'Leer la sección siguiente (al leer en voz alta)',
  'shortcut.read-aloud-previous-section':
    'Volver a leer esta sección o la anterior (al leer en voz alta)',
  'shortcut.back-to-library':
    'Cerrar lo abierto o detener la lectura en voz alta; si no, volver a la biblioteca',
  'shortcut.print-article': 'Imprimir este artículo',
  'shortcut.toggle-contents': 'Mostrar u ocultar el índice',
  'shortcut.scroll-down': 'Desplazarse hacia abajo',
  'shortcut.scroll-up': 'Desplazarse hacia arriba',
  'shortcut.next-section': 'Sección siguiente',
  'shortcut.previous-section': 'Sección anterior',
  'shortcut.go-to-top': 'Ir al principio',
  'shortcut.go-to-end': 'Ir al final',
  'shortcut.larger-text': 'Texto más grande',
  'shortcut.smaller-text': 'Texto más pequeño',
  'shortcut.reset-text-size': 'Restablecer tamaño del texto',
  'shortcut.cycle-line-width': 'Cambiar el ancho de línea',
  'shortcut.toggle-caret-mode': 'Modo cursor: moverse y seleccionar con el teclado',
  'shortcut.caret-character': 'Por carácter (con Mayús: seleccionar)',
  'shortcut.caret-word': 'Por palabra (con Mayús: seleccionar)',
  'shortcut.caret-line': 'Por línea (con Mayús: seleccionar)',
  'shortcut.caret-line-boundary': 'Al principio o final de la línea (con Mayús: seleccionar)',
  'shortcut.caret-paragraph': 'Por párrafo (con Mayús: seleccionar)',
  'shortcut.caret-article-boundary': 'Al principio o final del artículo (con Mayús: seleccionar)',
  'shortcut.select-sentence': 'Seleccionar la frase (otra vez: añadir la siguiente)',
  'shortcut.select-paragraph': 'Seleccionar el párrafo (otra vez: añadir el siguiente)',
  'shortcut.highlight-selection': 'Resaltar el texto seleccionado',
  'shortcut.open-selection-toolbar': 'Ir a la barra del texto seleccionado (Nota, Copiar, colores)',
  'shortcut.toggle-bookmark':
    'Añadir un marcador al párrafo que estás leyendo (otra vez: quitarlo)',
  'shortcut.colour-1': 'Resaltar o cambiar el color: amarillo',
  'shortcut.colour-2': 'Resaltar o cambiar el color: verde',
  'shortcut.colour-3': 'Resaltar o cambiar el color: azul',
  'shortcut.colour-4': 'Resaltar o cambiar el color: rosa',
  'shortcut.colour-5': 'Resaltar o cambiar el color: alto contraste',

  'speech.unavailable.noSpeech':
    'La lectura en voz alta no está disponible: esta ventana no tiene síntesis de voz (la Web Speech API).',
  'speech.unavailable.noVoice':
    'No hay ninguna voz instalada para leer en voz alta. {platform, select, linux {En Linux, instala speech-dispatcher con una voz (por ejemplo, el paquete speech-dispatcher-espeak-ng) y reinicia la aplicación.} windows {Añade una voz en Configuración de Windows › Hora e idioma › Voz y reinicia la aplicación.} mac {Añade una voz en Ajustes del Sistema › Accesibilidad › Contenido leído y reinicia la aplicación.} other {Instala una voz para la síntesis de voz de tu sistema y reinicia la aplicación.}}',
  'speech.voice.otherLanguages': 'Otros',
  'readAloud.noText': 'Este artículo no tiene texto que leer en voz alta.',
  'readAloud.otherVoice':
    'No hay ninguna voz instalada para {language}: {voice} lee este artículo.',
  'readAloud.finished': 'Lectura en voz alta terminada: fin del artículo.',
  'readAloud.stopped':
    'La lectura en voz alta se detuvo: {reason, select, audioBusy {otro programa está usando la salida de sonido} audioHardware {no se encontró ninguna salida de sonido} synthesisUnavailable {el motor de voz no está en marcha} synthesisFailed {el motor de voz falló} languageUnavailable {ninguna voz puede leer este idioma} voiceUnavailable {la voz elegida no está disponible} textTooLong {una frase era demasiado larga para la voz} notAllowed {el sistema no permitió iniciar la voz} interrupted {algo interrumpió la voz} canceled {algo canceló la voz} other {el motor de voz informó «{code}»}}.',

  'anchoring.moved': 'se movió con su texto cuando cambió el artículo',
  'anchoring.approximate': 'el artículo cambió; se colocó en el fragmento más parecido',
  'anchoring.orphan':
    '{cause, select, articleGone {El artículo ya no está en la colección.} emptyQuote {La cita guardada está vacía.} shortQuote {La cita tiene menos de {min, number} caracteres y ya no aparece tal cual.} longQuote {La cita es demasiado larga para buscarla de forma aproximada.} noMatchNearby {No se encontró ningún fragmento lo bastante parecido a la cita cerca de su antigua posición.} noMatch {No se encontró ningún fragmento lo bastante parecido a la cita.} emptyMatch {La coincidencia más cercana está vacía.} other {No se pudo volver a encontrar el fragmento.}}',

  'article.table': 'Tabla',
  'article.table.numbered': 'Tabla {number, number}',
  'article.link.titled': '{title}: {url}',
  'article.link.web': '{title} (se abre en tu navegador)',
  'library.reloaded':
    'La colección se volvió a generar y está al día: {count, plural, one {# artículo} many {# de artículos} other {# artículos}}.',
  'reader.failed.savePlace': 'No se pudo guardar tu posición en «{title}»: {message}',
  'matches.query': 'Búsqueda: <q>{query}</q>',

  'settings.language': 'Idioma',
  'settings.language.system': 'El del sistema',

  // Messages the main process sends (common/errors.ts READER_ERROR_TEXT_IDS).
  'error.storage': '{lead}: {reason}.',
  'error.storage.lead.highlights': 'No se pueden guardar los resaltados',
  'error.storage.lead.change': 'Este cambio no se ha guardado',
  'error.storage.lead.settings': 'No se han podido guardar tus ajustes',
  'error.storage.lead.readingPlace': 'No se ha podido guardar tu posición de lectura',
  'error.storage.lead.pdf': 'No se ha podido guardar el PDF',
  'error.storage.reason.full': 'el disco está lleno ({dir}); libera espacio y vuelve a intentarlo',
  'error.storage.reason.quota':
    'el disco está lleno: se ha agotado tu cuota de disco ({dir}); libera espacio y vuelve a intentarlo',
  'error.storage.reason.readOnly': 'la carpeta {dir} es de solo lectura',
  'error.storage.reason.forbidden': 'la app no tiene permiso para escribir en {dir}',
  'error.storage.reason.fileInTheWay': 'hay un archivo donde debería estar la carpeta {dir}',
  'error.storage.reason.folderInTheWay': '{path} es una carpeta donde debería haber un archivo',
  'error.storage.reason.io': 'el disco informó de un error de lectura o escritura ({path})',
  'error.storage.reason.other': 'no se ha podido escribir {path} ({detail})',
  'error.search.notReady': 'La búsqueda se está preparando; inténtalo de nuevo en un momento.',
  'error.search.indexing':
    'Se está indexando la biblioteca ({percent, number} %); la búsqueda estará lista en un momento.',
  'error.article.notFound': 'Esta colección no tiene ningún artículo «{id}».',
  'error.collection.missing':
    'No se ha encontrado ninguna colección compilada en {dir}. Vuelve a generarla con `npm run content:build`.',
  'error.collection.damaged':
    'La colección de {dir} está dañada o es de otra versión ({path}: {detail}). Vuelve a generarla con `npm run content:build`.',
  'error.collection.articleMissing':
    'Falta el archivo del artículo {path}. Vuelve a generar la colección con `npm run content:build`.',
  'error.collection.articleDamaged':
    'El archivo del artículo {path} está dañado. Vuelve a generar la colección con `npm run content:build`.',
  'error.collection.unreadable': 'No se puede leer {path}: {detail}',
  'error.collection.notJson':
    '{path} no es JSON válido ({detail}). Vuelve a generar la colección con `npm run content:build`.',
  'error.storage.lock.otherCopy':
    'No se pueden guardar los resaltados: otra copia de la app (proceso {pid}) está usando {dir}. Ciérrala y vuelve a abrir esta; si no hay otra copia abierta, elimina {path}.',
  'error.storage.lock.contended':
    'No se pueden guardar los resaltados: otra copia de la app sigue tomando el bloqueo {path}.',
  'error.import.tooLarge':
    'El archivo tiene {chars, number} caracteres; como máximo se pueden importar {max, number} a la vez.',
};
