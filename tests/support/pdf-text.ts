// The text a reader would see in a PDF, page by page, read with Mozilla's
// PDF.js: Chromium's PDFs compress their content and address glyphs by
// font-subset ids, so their text is not findable in the raw bytes.
// Text only: PDF.js warns at load that it cannot draw without a canvas
// package, which reading text never needs. Loaded on first use, so only a
// test that reads a PDF loads it.
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const document = await getDocument({ data: bytes, isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const content = await (await document.getPage(number)).getTextContent();
      pages.push(
        content.items
          .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
          .join(''),
      );
    }
    return { pages: document.numPages, text: pages.join('\n') };
  } finally {
    await document.destroy();
  }
}
