package id.linimasa.index;

import id.linimasa.text.IndonesianStems;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Title and body analysis: standard tokens, lower-cased, accents folded, Lucene's Indonesian stop words
 * removed, then every plausible stem stacked at the word's position ({@link IndonesianStems}), so that
 * "tandatangan" finds "menandatangani" and "temu" finds "bertemu". Lucene's own IndonesianStemFilter picks
 * one stem and gets both of those wrong ("andatangan", "berte").
 */
final class SearchAnalyzer extends Analyzer {

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream ts = new LowerCaseFilter(source);
        ts = new ASCIIFoldingFilter(ts);
        ts = new StopFilter(ts, IndonesianAnalyzer.getDefaultStopSet());
        return new TokenStreamComponents(source, new StemCandidatesFilter(ts));
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** Emits each word, then its other stem candidates at the same position. */
    private static final class StemCandidatesFilter extends TokenFilter {
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
        private final Deque<String> pending = new ArrayDeque<>();
        private State state;

        StemCandidatesFilter(TokenStream in) {
            super(in);
        }

        @Override
        public boolean incrementToken() throws IOException {
            if (!pending.isEmpty()) {
                restoreState(state);
                term.setEmpty().append(pending.poll());
                posInc.setPositionIncrement(0);
                return true;
            }
            if (!input.incrementToken()) return false;
            var candidates = IndonesianStems.candidates(term.toString());
            if (candidates.size() > 1) {
                pending.addAll(candidates);
                pending.poll(); // the word itself is emitted now
                state = captureState();
            }
            return true;
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            pending.clear();
            state = null;
        }
    }
}
