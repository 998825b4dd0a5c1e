package id.linimasa.app;

import id.linimasa.Analysis;
import id.linimasa.extract.UnreadablePageException;
import id.linimasa.page.Page;

/** Page to analysis: extraction, then the standard analysis chain. */
final class PageAnalysis {

    private PageAnalysis() {
    }

    static Analysis analyse(Page page) {
        throw new UnreadablePageException("no article extractor in this build yet");
    }
}
